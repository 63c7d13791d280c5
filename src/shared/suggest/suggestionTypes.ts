import type { SourceType } from '../domain/annotation';

/** The three kinds the engine suggests; they match annotation kinds one to one. */
export type SuggestionKind = 'quote' | 'source' | 'claim';

/** A character range in the text the engine was given (UTF-16 code units, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * One suggestion: a span of the text the engine thinks deserves an annotation.
 * Plain data, so it crosses workers, IPC and JSON lines unchanged.
 */
export interface Suggestion extends TextSpan {
  kind: SuggestionKind;
  /** text.slice(start, end) */
  exact: string;
  /** Quotes: who said it, resolved to the fullest name the story uses (pronouns and short names resolved). */
  speaker?: string;
  /** Quotes: where the attribution names the speaker (the name or the pronoun next to the cue). */
  speakerSpan?: TextSpan;
  /** Sources: whom the information is attributed to ("Police", "Tasnim News Agency"). */
  source?: string;
  sourceType?: SourceType;
  /** 0..1, higher is more confident (quotes, sources) or more check-worthy (claims). */
  score: number;
  /** Short human-readable reason shown in the UI ("number, superlative"). */
  reason: string;
}

export interface SuggestOptions {
  /** Which kinds to produce; all three when omitted. */
  kinds?: readonly SuggestionKind[];
  /** Claims scoring below this are dropped (default chosen by the engine). */
  minClaimScore?: number;
}
