/**
 * Runs the suggestion engine off the interface thread: one message in ({ id, text }), one out
 * ({ id, suggestions } or { id, error }).
 */
import { suggest } from '../../shared/suggest/suggest';
import type { SuggestRequest, SuggestResponse } from './suggestMessages';

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { id, text } = event.data;
  let response: SuggestResponse;
  try {
    response = { id, suggestions: suggest(text) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
