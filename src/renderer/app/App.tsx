/**
 * The application shell: the library or one open article, toasts, and what to reopen on start.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RendererApi } from '../api/createApi';
import { ApiContext } from './ApiContext';
import { ToastStore } from '../ui/toastStore';
import { Toasts } from '../ui/Toasts';
import { LibraryView } from '../library/LibraryView';
import { ArticleView } from '../article/ArticleView';
import { ImporterContext, type Importer } from './ImporterContext';
import { importFiles, type ImportProgress, type OpenArticle } from '../files/fileImporter';
import { ImportProgressPanel } from '../files/ImportProgressPanel';
import { useFileDrop } from '../files/useFileDrop';
import { SettingsContext, type SettingsHandle } from '../settings/SettingsContext';
import type { Settings } from '../../shared/domain/settings';
import { CommandContext, useCommandKeys } from '../commands/CommandContext';
import { CommandRegistry } from '../commands/commandRegistry';
import { AppCommands } from './AppCommands';
import { ThemeController } from './useTheme';

type Route = { name: 'loading' } | { name: 'library' } | { name: 'article'; id: string };

export function App({ api }: { api: RendererApi }) {
  const toasts = useMemo(() => new ToastStore(), []);
  const commands = useMemo(() => new CommandRegistry(), []);
  useCommandKeys(commands);
  const [route, setRoute] = useState<Route>({ name: 'loading' });
  const [startupError, setStartupError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    api.client.call('settings.get', {}).then(
      (loaded) => {
        setSettings(loaded);
        setRoute(loaded.lastDocumentId ? { name: 'article', id: loaded.lastDocumentId } : { name: 'library' });
      },
      (error: Error) => setStartupError(error.message),
    );
  }, [api]);

  const settingsHandle = useMemo<SettingsHandle | null>(
    () =>
      settings && {
        settings,
        update: async (changes) => setSettings(await api.client.call('settings.update', { changes })),
        editScale: async (edit) => setSettings(await api.client.call('settings.editVerdictScale', { edit })),
      },
    [api, settings],
  );

  const openDocument = useCallback(
    (id: string) => {
      setRoute({ name: 'article', id });
      // The answer carries the recent documents, now led by this one.
      api.client
        .call('settings.update', { changes: { lastDocumentId: id } })
        .then(setSettings, (error: Error) => toasts.show(error.message));
    },
    [api, toasts],
  );

  const openLibrary = useCallback(() => {
    setRoute({ name: 'library' });
    api.client
      .call('settings.update', { changes: { lastDocumentId: null } })
      .then(setSettings, (error: Error) => toasts.show(error.message));
  }, [api, toasts]);

  /** File → New from Pasted Text, from any screen: the library with its "new" dialog open. */
  const [newRequest, setNewRequest] = useState(0);
  const newFromText = useCallback(() => {
    openLibrary();
    setNewRequest((n) => n + 1);
  }, [openLibrary]);

  // Imports: from "Open file…", from drag and drop anywhere, one file after another with progress.
  const openArticle = useRef<OpenArticle | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const importer = useMemo<Importer>(
    () => ({
      setOpenArticle: (article) => {
        openArticle.current = article;
      },
      importFiles: (files) => {
        void importFiles(api.client, files, openArticle.current, setProgress).then((outcome) => {
          setProgress(null);
          outcome.failures.forEach((failure) => toasts.show(failure));
          outcome.messages.forEach((message) => toasts.show(message));
          if (outcome.documentIds.length === 1) openDocument(outcome.documentIds[0] as string);
          else if (outcome.documentIds.length > 1) {
            toasts.show(`Imported ${outcome.documentIds.length} documents.`);
            setLibraryVersion((v) => v + 1);
            openLibrary();
          }
        });
      },
    }),
    [api, toasts, openDocument, openLibrary],
  );
  const dropping = useFileDrop(importer.importFiles);

  return (
    <ApiContext.Provider value={api.client}>
      <CommandContext.Provider value={commands}>
        <SettingsContext.Provider value={settingsHandle}>
          <ThemeController toasts={toasts} />
          <ImporterContext.Provider value={importer}>
            <div className="app">
              <AppCommands api={api} toasts={toasts} onOpenDocument={openDocument} onNewFromText={newFromText} />
              {startupError ? (
                <main className="fatal">
                  <h1>Pressmark could not start</h1>
                  <p role="alert">{startupError}</p>
                </main>
              ) : route.name === 'loading' ? (
                <main className="loading" aria-busy="true">
                  Opening Pressmark…
                </main>
              ) : route.name === 'library' ? (
                <LibraryView key={libraryVersion} onOpen={openDocument} toasts={toasts} newRequest={newRequest} />
              ) : (
                <ArticleView key={route.id} documentId={route.id} onClose={openLibrary} toasts={toasts} />
              )}
              {progress && <ImportProgressPanel progress={progress} />}
              {dropping && (
                <div className="drop-overlay" aria-hidden="true">
                  Drop articles (.txt, .md, .html, .docx) to import them, or W3C annotation files (.jsonld) to add them to the open article
                </div>
              )}
              <Toasts store={toasts} />
            </div>
          </ImporterContext.Provider>
        </SettingsContext.Provider>
      </CommandContext.Provider>
    </ApiContext.Provider>
  );
}
