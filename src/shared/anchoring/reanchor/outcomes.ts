/**
 * What re-anchoring says about one annotation: on its words unchanged (exact), on its words
 * somewhere else (moved), on words that changed a little (fuzzy), or nowhere (orphaned), with a
 * confidence. Confidence 1 is a promise: the range holds exactly the stored quote and no other
 * place was about as plausible. Anything less asks a person to look (needsReview).
 */
import type { TextRange } from '../textQuote';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';
export type AnchorMethod = 'diff' | 'quote' | 'fuzzy';

export type AnchorOutcome =
  | { status: 'exact'; range: TextRange; confidence: 1; method: 'diff' }
  | { status: 'moved'; range: TextRange; confidence: number; method: 'quote' }
  | { status: 'fuzzy'; range: TextRange; confidence: number; method: 'fuzzy' }
  | { status: 'orphaned'; range: null; confidence: 0; method: null };

export interface OutcomeCounts {
  exact: number;
  moved: number;
  fuzzy: number;
  /** Outcomes that needsReview, counted again here (they are also exact, moved or fuzzy). */
  review: number;
  orphaned: number;
}

/** The annotation lost its words: kept, but on no text. */
export function orphanedOutcome(): AnchorOutcome {
  return { status: 'orphaned', range: null, confidence: 0, method: null };
}

export function exactOutcome(range: TextRange): AnchorOutcome {
  return { status: 'exact', range: { start: range.start, end: range.end }, confidence: 1, method: 'diff' };
}

/** The quote's exact words found by searching; confidence 1 only when the choice was unambiguous. */
export function movedOutcome(range: TextRange, confidence: number): AnchorOutcome {
  const sure = confidence >= 1;
  return { status: 'moved', range: { start: range.start, end: range.end }, confidence: sure ? 1 : belowOne(confidence), method: 'quote' };
}

/** Changed words found by approximate matching: never confidence 1, since the text is not the quote. */
export function fuzzyOutcome(range: TextRange, confidence: number): AnchorOutcome {
  return { status: 'fuzzy', range: { start: range.start, end: range.end }, confidence: belowOne(confidence), method: 'fuzzy' };
}

/** True when a person should look at the result: fuzzy, or moved/exact with confidence < 1. */
export function needsReview(outcome: AnchorOutcome): boolean {
  switch (outcome.status) {
    case 'fuzzy':
      return true;
    case 'exact':
    case 'moved':
      return outcome.confidence < 1;
    case 'orphaned':
      return false;
  }
}

/** Counts for reports and the command line; review overlaps the other counts. */
export function countOutcomes(outcomes: readonly AnchorOutcome[]): OutcomeCounts {
  const counts: OutcomeCounts = { exact: 0, moved: 0, fuzzy: 0, review: 0, orphaned: 0 };
  for (const outcome of outcomes) {
    counts[outcome.status]++;
    if (needsReview(outcome)) counts.review++;
  }
  return counts;
}

/** A confidence strictly between 0 and 1, rounded to three places for display and comparison. */
function belowOne(value: number): number {
  const finite = Number.isFinite(value) ? value : 0;
  return Math.min(0.99, Math.max(0.01, Math.round(finite * 1000) / 1000));
}
