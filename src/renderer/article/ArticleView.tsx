/**
 * One open article: header, tag toolbar, the editor and the annotation sidebar.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../app/ApiContext';
import { useSessionSnapshot } from '../app/useSession';
import { DocumentSession } from './documentSession';
import { Toolbar } from './Toolbar';
import { SaveStatus } from './SaveStatus';
import { DocumentDetails } from './DocumentDetails';
import { ArticleEditor } from '../editor/ArticleEditor';
import { Sidebar } from '../sidebar/Sidebar';
import type { ToastStore } from '../ui/toastStore';

export function ArticleView({ documentId, onClose, toasts }: { documentId: string; onClose: () => void; toasts: ToastStore }) {
  const api = useApi();
  const [session, setSession] = useState<DocumentSession | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    DocumentSession.open(api, documentId, { toast: toasts.show }).then(
      (opened) => !cancelled && setSession(opened),
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [api, documentId, toasts]);

  useEffect(() => {
    if (!session) return;
    // Closing the window with writes still queued: hold the close, finish saving, then close
    // (Electron honours the hold silently; a browser asks the user).
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.hasUnsavedWork()) return;
      event.preventDefault();
      void session.flush().then(() => window.close());
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void session.flush();
    };
  }, [session]);

  if (error) {
    return (
      <main className="article-missing">
        <p role="alert">{error}</p>
        <button type="button" onClick={onClose}>
          Back to the library
        </button>
      </main>
    );
  }
  if (!session)
    return (
      <main className="loading" aria-busy="true">
        Opening the article…
      </main>
    );
  return <OpenArticle session={session} onClose={onClose} />;
}

function OpenArticle({ session, onClose }: { session: DocumentSession; onClose: () => void }) {
  const snapshot = useSessionSnapshot(session);
  return (
    <div className="article-view">
      <header className="app-bar">
        <button type="button" className="back" onClick={onClose}>
          ← Library
        </button>
        <span className="app-bar-title">{snapshot.document.title}</span>
        <SaveStatus snapshot={snapshot} />
      </header>
      <Toolbar onTag={(kind) => session.tag(kind)} />
      <div className="article-layout">
        <main className="article-main">
          <DocumentDetails session={session} snapshot={snapshot} />
          <ArticleEditor session={session} language={snapshot.document.language} />
        </main>
        <Sidebar session={session} snapshot={snapshot} />
      </div>
    </div>
  );
}
