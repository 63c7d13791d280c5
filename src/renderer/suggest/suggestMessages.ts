import type { Suggestion } from '../../shared/suggest/suggestionTypes';

/** What the page sends the suggestion worker. */
export interface SuggestRequest {
  id: number;
  text: string;
}

/** What the suggestion worker answers. */
export type SuggestResponse = { id: number; suggestions: Suggestion[] } | { id: number; error: string };
