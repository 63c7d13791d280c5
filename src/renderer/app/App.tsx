/**
 * The application shell: the library or one open article, toasts, and what to reopen on start.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RendererApi } from '../api/createApi';
import { ApiContext } from './ApiContext';
import { ToastStore } from '../ui/toastStore';
import { Toasts } from '../ui/Toasts';
import { LibraryView } from '../library/LibraryView';
import { ArticleView } from '../article/ArticleView';

type Route = { name: 'loading' } | { name: 'library' } | { name: 'article'; id: string };

export function App({ api }: { api: RendererApi }) {
  const toasts = useMemo(() => new ToastStore(), []);
  const [route, setRoute] = useState<Route>({ name: 'loading' });
  const [startupError, setStartupError] = useState<string | null>(null);

  useEffect(() => {
    api.client.call('settings.get', {}).then(
      (settings) => setRoute(settings.lastDocumentId ? { name: 'article', id: settings.lastDocumentId } : { name: 'library' }),
      (error: Error) => setStartupError(error.message),
    );
  }, [api]);

  const openDocument = useCallback(
    (id: string) => {
      setRoute({ name: 'article', id });
      api.client.call('settings.update', { changes: { lastDocumentId: id } }).catch((error: Error) => toasts.show(error.message));
    },
    [api, toasts],
  );

  const openLibrary = useCallback(() => {
    setRoute({ name: 'library' });
    api.client.call('settings.update', { changes: { lastDocumentId: null } }).catch((error: Error) => toasts.show(error.message));
  }, [api, toasts]);

  return (
    <ApiContext.Provider value={api.client}>
      <div className="app">
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
          <LibraryView onOpen={openDocument} toasts={toasts} />
        ) : (
          <ArticleView key={route.id} documentId={route.id} onClose={openLibrary} toasts={toasts} />
        )}
        <Toasts store={toasts} />
      </div>
    </ApiContext.Provider>
  );
}
