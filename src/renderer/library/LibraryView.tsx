/**
 * The document library: every article, newest first; new from pasted text, open a file,
 * delete (with undo).
 */
import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../shared/domain/document';
import { useApi } from '../app/ApiContext';
import type { ToastStore } from '../ui/toastStore';
import { NewDocumentDialog } from './NewDocumentDialog';
import { ARTICLE_EXTENSIONS } from '../../shared/import/fileTypes';
import { ImportFilesButton } from '../files/ImportFilesButton';
import { useCommand, useCommands } from '../commands/CommandContext';

export function LibraryView({
  onOpen,
  toasts,
  newRequest = 0,
}: {
  onOpen: (id: string) => void;
  toasts: ToastStore;
  /** Counts File → New from Pasted Text given elsewhere: the dialog opens when it changes. */
  newRequest?: number;
}) {
  const api = useApi();
  const commands = useCommands();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(newRequest > 0);
  useCommand('file.newFromText', () => setCreating(true));
  useEffect(() => {
    if (newRequest > 0) setCreating(true);
  }, [newRequest]);

  const refresh = useCallback(() => {
    api.call('documents.list', {}).then(setDocuments, (e: Error) => setError(e.message));
  }, [api]);

  useEffect(refresh, [refresh]);

  async function remove(document: DocumentSummary) {
    try {
      await api.call('documents.delete', { id: document.id });
      refresh();
      toasts.show(`Deleted “${document.title}”.`, {
        label: 'Undo',
        run: () => void api.call('documents.restore', { id: document.id }).then(refresh, (e: Error) => toasts.show(e.message)),
      });
    } catch (e) {
      toasts.show((e as Error).message);
    }
  }

  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <h1 id="library-heading">
          <span className="brand">Pressmark</span> Library
        </h1>
        <div className="library-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New from pasted text
          </button>
          <ImportFilesButton label="Open file…" pickerLabel="Open article files" accept={ARTICLE_EXTENSIONS} />
          <button type="button" onClick={() => commands.run('file.settings')}>
            Settings
          </button>
        </div>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {documents === null ? (
        <p aria-busy="true">Loading documents…</p>
      ) : documents.length === 0 ? (
        <p className="empty">
          No documents yet. Paste an article, open a file (.txt, .md, .html, .docx) or drop files here to start tagging quotes, sources and
          claims.
        </p>
      ) : (
        <ul className="document-list" aria-label="Documents">
          {documents.map((document) => (
            <li key={document.id} className="document-row">
              <button type="button" className="document-open" onClick={() => onOpen(document.id)}>
                <span className="document-title">{document.title}</span>
                <span className="document-meta">
                  {document.annotationCount} {document.annotationCount === 1 ? 'annotation' : 'annotations'} ·{' '}
                  {formatCount(document.charCount)} characters · updated {formatDate(document.updatedAt)}
                </span>
              </button>
              <button type="button" className="danger" aria-label={`Delete “${document.title}”`} onClick={() => void remove(document)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewDocumentDialog
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
    </main>
  );
}

function formatCount(n: number): string {
  return n.toLocaleString();
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
