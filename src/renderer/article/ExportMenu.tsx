/**
 * The Export menu of an open article: the annotated report (HTML, PDF, Word, Markdown) and the
 * data (CSV, W3C JSON-LD). Pending edits are saved first, so the export holds what is on screen.
 * A menu button in the WAI-ARIA pattern: arrow keys move, Escape closes, focus returns.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat } from '../../shared/export/exportFormats';
import { useApi } from '../app/ApiContext';
import { saveFile } from '../files/saveFile';
import type { DocumentSession } from './documentSession';
import type { ToastStore } from '../ui/toastStore';

export function ExportMenu({ session, toasts }: { session: DocumentSession; toasts: ToastStore }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  async function run(format: ExportFormat) {
    setOpen(false);
    setBusy(format);
    try {
      await session.flush();
      const file = await api.call('documents.export', { id: session.documentId, format });
      saveFile(file.fileName, file.mimeType, file.dataBase64);
      toasts.show(`Exported “${file.fileName}”.`);
    } catch (error) {
      toasts.show(`Could not export: ${(error as Error).message}`);
    } finally {
      setBusy(null);
      button.current?.focus();
    }
  }

  function onMenuKey(event: KeyboardEvent) {
    const index = items.current.findIndex((item) => item === document.activeElement);
    const move = (to: number) => items.current[(to + EXPORT_FORMAT_NAMES.length) % EXPORT_FORMAT_NAMES.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(EXPORT_FORMAT_NAMES.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      button.current?.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <div className="menu-anchor">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy !== null} onClick={() => setOpen(!open)}>
        {busy ? `Exporting ${busy.toUpperCase()}…` : 'Export ▾'}
      </button>
      {open && (
        <div
          className="menu"
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKey}
          onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setOpen(false)}
        >
          {EXPORT_FORMAT_NAMES.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void run(format)}
            >
              {EXPORT_FORMATS[format].label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
