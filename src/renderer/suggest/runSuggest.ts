/**
 * Asks the suggestion worker for an article's suggestions. One worker for the page, started on
 * first use; answers are matched to requests by id. Where a worker cannot start, the engine runs
 * here instead (it is fast, but would hold up the page on a very long article).
 */
import type { Suggestion } from '../../shared/suggest/suggestionTypes';
import type { SuggestRequest, SuggestResponse } from './suggestMessages';

type Pending = { resolve: (suggestions: Suggestion[]) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  try {
    const started = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'suggestions' });
    started.onmessage = (event: MessageEvent<SuggestResponse>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if ('error' in event.data) waiting.reject(new Error(event.data.error));
      else waiting.resolve(event.data.suggestions);
    };
    started.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'The suggestion engine stopped.');
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      started.terminate();
      worker = null;
    };
    return started;
  } catch {
    return null;
  }
}

export function runSuggest(text: string): Promise<Suggestion[]> {
  if (worker === undefined) worker = startWorker();
  if (!worker) return import('../../shared/suggest/suggest').then(({ suggest }) => suggest(text));
  const id = nextId++;
  const request: SuggestRequest = { id, text };
  const target = worker;
  return new Promise<Suggestion[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage(request);
  });
}
