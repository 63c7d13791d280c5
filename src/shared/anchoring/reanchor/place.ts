/**
 * One candidate place for a quote, scored: how alike its words are to the quote, how its
 * surroundings agree with the stored context, how close it is to the expected place, and (with a
 * diff) where its characters came from. Also the thresholds that the exact and fuzzy searches
 * share, so "near", "agrees" and "about equally plausible" mean the same everywhere.
 */
import type { TextRange } from '../textQuote';
import type { Origin } from './offsetMapping';
import { originIn, type SearchScope } from './searchScope';
import { contextAgreement, meanAgreement, placeScore, positionScore, type ContextAgreement } from './similarity';

/** Position score at or above which a place counts as at the expected place (about 0.7 × (64 + quote length) characters). */
export const NEAR = 0.5;
/** Mean context agreement at or above which the surroundings count as agreeing (about one side matching). */
export const AGREES = 0.5;
/** Two places whose scores differ by less than this are about equally plausible. */
export const MARGIN = 0.05;
/** A quote at least this long (and of at least DISTINCTIVE_WORDS words) identifies its passage by its words alone. */
const DISTINCTIVE_LENGTH = 40;
const DISTINCTIVE_WORDS = 6;

export interface Place {
  range: TextRange;
  /** Edits between the quote and the words here (0 for the exact words). */
  errors: number;
  similarity: number;
  context: ContextAgreement;
  /** Mean context agreement, null when there was nothing to compare. */
  agreement: number | null;
  /** Closeness to the expected place as evidence; null without an expected place or when it is only an estimate. */
  position: number | null;
  /** Closeness to the expected place (estimate or not), for ordering and tie-breaking only. */
  closeness: number;
  origin: Origin | null;
  score: number;
}

export function assessPlace(scope: SearchScope, range: TextRange, errors: number): Place {
  const length = scope.quote.exact.length;
  const similarity = Math.max(0, 1 - errors / length);
  const context = contextAgreement(scope.text, range, scope.quote);
  const closeness = positionScore(range, scope.expected, length);
  const position = scope.expectedIsEstimate ? null : closeness;
  return {
    range,
    errors,
    similarity,
    context,
    agreement: meanAgreement(context),
    position,
    closeness: closeness ?? 0,
    origin: originIn(scope, range),
    score: placeScore(similarity, context, position),
  };
}

export function isNear(place: Place): boolean {
  return place.position !== null && place.position >= NEAR;
}

export function contextAgrees(place: Place): boolean {
  return place.agreement !== null && place.agreement >= AGREES;
}

/** More than half of the place is old text from outside the annotation's old range: another passage's words. */
export function isOtherPassage(place: Place): boolean {
  return place.origin !== null && place.origin.other * 2 > place.range.end - place.range.start;
}

/** At least half of the place is the annotation's own old text. */
export function isOwnPassage(place: Place): boolean {
  return place.origin !== null && place.origin.own * 2 >= place.range.end - place.range.start;
}

export function isDistinctive(exact: string): boolean {
  return exact.length >= DISTINCTIVE_LENGTH && (exact.match(/\S+/g)?.length ?? 0) >= DISTINCTIVE_WORDS;
}

/** Best first: higher score, then nearer the expected place, then earlier in the text. */
export function byPlausibility(a: Place, b: Place): number {
  return b.score - a.score || b.closeness - a.closeness || a.range.start - b.range.start;
}
