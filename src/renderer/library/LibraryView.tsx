/**
 * The document library: every article, newest first; new from pasted text, open a file,
 * delete (with undo).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../shared/domain/document';
import { articleFromFile, ImportError, OPENABLE_EXTENSIONS } from '../../shared/import/articleFromFile';
import { useApi } from '../app/ApiContext';
import type { ToastStore } from '../ui/toastStore';
import { NewDocumentDialog } from './NewDocumentDialog';

export function LibraryView({ onOpen, toasts }: { onOpen: (id: string) => void; toasts: ToastStore }) {
  const api = useApi();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    api.call('documents.list', {}).then(setDocuments, (e: Error) => setError(e.message));
  }, [api]);

  useEffect(refresh, [refresh]);

  async function openFile(file: File) {
    try {
      const article = articleFromFile(file.name, new Uint8Array(await file.arrayBuffer()));
      const created = await api.call('documents.create', article);
      onOpen(created.id);
    } catch (e) {
      toasts.show(e instanceof ImportError ? e.message : `Could not open "${file.name}": ${(e as Error).message}`);
    }
  }

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
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open file…
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label="Open a text or Markdown file"
            accept={OPENABLE_EXTENSIONS.join(',')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void openFile(file);
            }}
          />
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
        <p className="empty">No documents yet. Paste an article or open a .txt or .md file to start tagging quotes, sources and claims.</p>
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
