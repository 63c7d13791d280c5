/**
 * The Export menu of an open article: the annotated report (HTML, PDF, Word, Markdown) and the
 * data (CSV, W3C JSON-LD, ClaimReview). Pending edits are saved first, so the export holds what
 * is on screen; what the export left out (ClaimReview) is said in a notification.
 */
import { useState } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat } from '../../shared/export/exportFormats';
import { useApi } from '../app/ApiContext';
import { saveFile } from '../files/saveFile';
import { MenuButton } from '../ui/MenuButton';
import { useCommand } from '../commands/CommandContext';
import type { DocumentSession } from './documentSession';
import type { ToastStore } from '../ui/toastStore';

export function ExportMenu({ session, toasts }: { session: DocumentSession; toasts: ToastStore }) {
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function run(format: ExportFormat) {
    setBusy(format);
    try {
      await session.flush();
      const file = await api.call('documents.export', { id: session.documentId, format });
      saveFile(file.fileName, file.mimeType, file.dataBase64);
      toasts.show(`Exported “${file.fileName}”.${file.notes.length ? ` ${file.notes.join(' ')}` : ''}`);
    } catch (error) {
      toasts.show(`Could not export: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  }

  // File → Export ▸ each format (one command per format, all in the command table).
  useCommand('file.export.html', () => void run('html'), busy === null);
  useCommand('file.export.pdf', () => void run('pdf'), busy === null);
  useCommand('file.export.docx', () => void run('docx'), busy === null);
  useCommand('file.export.md', () => void run('md'), busy === null);
  useCommand('file.export.csv', () => void run('csv'), busy === null);
  useCommand('file.export.jsonld', () => void run('jsonld'), busy === null);
  useCommand('file.export.claimreview', () => void run('claimreview'), busy === null);

  return (
    <MenuButton
      label={busy ? `Exporting ${busy.toUpperCase()}…` : 'Export ▾'}
      menuLabel="Export"
      disabled={busy !== null}
      items={EXPORT_FORMAT_NAMES.map((format) => ({ label: EXPORT_FORMATS[format].label, onSelect: () => void run(format) }))}
    />
  );
}
