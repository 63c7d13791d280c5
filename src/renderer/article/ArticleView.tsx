/**
 * One open article: header, tag toolbar, the editor and the annotation sidebar.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../app/ApiContext';
import { useSessionSnapshot } from '../app/useSession';
import { DocumentSession } from './documentSession';
import { Toolbar } from './Toolbar';
import { SaveStatus } from './SaveStatus';
import { DocumentDetails } from './DocumentDetails';
import { ArticleEditor } from '../editor/ArticleEditor';
import { Sidebar } from '../sidebar/Sidebar';
import type { ToastStore } from '../ui/toastStore';
import { ExportMenu } from './ExportMenu';
import { useImporter } from '../app/ImporterContext';
import { ANNOTATION_EXTENSIONS } from '../../shared/import/fileTypes';
import { useFilePicker } from '../files/ImportFilesButton';
import { MenuButton } from '../ui/MenuButton';
import { UpdateArticleDialog, describeRevision } from '../versions/UpdateArticleDialog';
import { VersionsDialog } from '../versions/VersionsDialog';
import { FactCheckPanel } from '../factcheck/FactCheckPanel';
import { SuggestionsPanel } from '../suggest/SuggestionsPanel';
import { SuggestionReview } from '../suggest/suggestionReview';
import { SUGGEST_SHORTCUT, ariaKeyShortcuts, formatShortcut } from '../../shared/commands/shortcuts';
import { useCommand, useCommands } from '../commands/CommandContext';
import { isMac } from '../app/platform';
import { FindBar } from '../find/FindBar';

export function ArticleView({ documentId, onClose, toasts }: { documentId: string; onClose: () => void; toasts: ToastStore }) {
  const api = useApi();
  const importer = useImporter();
  const [session, setSession] = useState<DocumentSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    DocumentSession.open(api, documentId, { toast: toasts.show }).then(
      (opened) => !cancelled && setSession(opened),
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [api, documentId, toasts, version]);

  // Annotation files dropped or chosen while this article is open go into it; then it reloads.
  useEffect(() => {
    if (!session) return;
    importer.setOpenArticle({ documentId, flush: () => session.flush(), reload: () => setVersion((v) => v + 1) });
    return () => importer.setOpenArticle(null);
  }, [importer, session, documentId]);

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
  return <OpenArticle key={version} session={session} onClose={onClose} toasts={toasts} onReload={() => setVersion((v) => v + 1)} />;
}

function OpenArticle({
  session,
  onClose,
  toasts,
  onReload,
}: {
  session: DocumentSession;
  onClose: () => void;
  toasts: ToastStore;
  onReload: () => void;
}) {
  const api = useApi();
  const snapshot = useSessionSnapshot(session);
  const [dialog, setDialog] = useState<'update' | 'versions' | null>(null);
  /** What the column beside the article shows. */
  const [panel, setPanel] = useState<'annotations' | 'factcheck' | 'suggestions'>('annotations');
  const review = useMemo(
    () => (panel === 'suggestions' ? new SuggestionReview(session, api, { toast: toasts.show }) : null),
    [panel, session, api, toasts],
  );
  const togglePanel = useCallback(
    (which: 'factcheck' | 'suggestions') => setPanel((shown) => (shown === which ? 'annotations' : which)),
    [],
  );
  const endReview = useCallback(() => {
    setPanel('annotations');
    session.focusEditor();
  }, [session]);

  useEffect(() => {
    if (!review) return;
    void review.start();
    return () => review.stop();
  }, [review]);

  const annotationPicker = useFilePicker('Import W3C annotation files', ANNOTATION_EXTENSIONS);
  const [sidebarHidden, setSidebarHidden] = useState(false);
  const commands = useCommands();
  useCommand('suggest.toggle', () => togglePanel('suggestions'));
  useCommand('check.session', () => togglePanel('factcheck'));
  useCommand('view.sidebar', () => setSidebarHidden((hidden) => !hidden));
  useCommand('file.close', onClose);
  useCommand('file.importAnnotations', annotationPicker.open);
  useCommand('tag.quote', () => session.tag('quote'));
  useCommand('tag.source', () => session.tag('source'));
  useCommand('tag.claim', () => session.tag('claim'));
  useCommand('edit.undo', () => session.undo());
  useCommand('edit.redo', () => session.redo());
  useCommand('edit.selectAll', () => session.selectAll());
  useCommand('annotation.delete', () => snapshot.activeId && session.deleteAnnotation(snapshot.activeId), snapshot.activeId !== null);

  return (
    <div className="article-view">
      <header className="app-bar">
        <button type="button" className="back" onClick={onClose}>
          ← Library
        </button>
        <span className="app-bar-title">{snapshot.document.title}</span>
        <SaveStatus snapshot={snapshot} />
        <button
          type="button"
          aria-pressed={panel === 'suggestions'}
          title={`${SUGGEST_SHORTCUT.label} (${formatShortcut(SUGGEST_SHORTCUT.keys, isMac)})`}
          aria-keyshortcuts={ariaKeyShortcuts(SUGGEST_SHORTCUT.keys, isMac)}
          onClick={() => togglePanel('suggestions')}
        >
          Suggest
        </button>
        <button type="button" aria-pressed={panel === 'factcheck'} onClick={() => togglePanel('factcheck')}>
          Fact-check
        </button>
        <MenuButton
          label="Article ▾"
          menuLabel="Article"
          items={[
            { label: 'Update article…', onSelect: () => setDialog('update') },
            { label: 'Versions…', onSelect: () => setDialog('versions') },
            { label: 'Import annotations (W3C JSON-LD)…', onSelect: annotationPicker.open },
          ]}
        />
        {annotationPicker.input}
        <ExportMenu session={session} toasts={toasts} />
        <button type="button" onClick={() => commands.run('file.settings')}>
          Settings
        </button>
      </header>
      {dialog === 'update' && (
        <UpdateArticleDialog
          documentId={session.documentId}
          beforeUpdate={() => session.flush()}
          onCancel={() => setDialog(null)}
          onUpdated={(result) => {
            setDialog(null);
            toasts.show(describeRevision(result));
            onReload();
          }}
        />
      )}
      {dialog === 'versions' && <VersionsDialog documentId={session.documentId} onClose={() => setDialog(null)} />}
      <Toolbar onTag={(kind) => session.tag(kind)} />
      <div className={sidebarHidden && !review ? 'article-layout sidebar-hidden' : 'article-layout'}>
        <main className="article-main">
          <FindBar session={session} />
          <DocumentDetails session={session} snapshot={snapshot} />
          <ArticleEditor session={session} language={snapshot.document.language} />
        </main>
        {review ? (
          <SuggestionsPanel review={review} onDone={endReview} />
        ) : sidebarHidden ? null : panel === 'factcheck' ? (
          <FactCheckPanel session={session} snapshot={snapshot} toasts={toasts} />
        ) : (
          <Sidebar session={session} snapshot={snapshot} />
        )}
      </div>
    </div>
  );
}
