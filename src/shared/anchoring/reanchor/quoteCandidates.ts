/**
 * Step 2 of re-anchoring: the quote's exact words, found at the expected place or elsewhere, and
 * the choice between several occurrences. Each occurrence is scored on context and position
 * (findQuote's idea, with similarity instead of character-by-character agreement); with a diff,
 * an occurrence that is another passage's unchanged old text is refused. The choice is "sure" only
 * when no other occurrence is about as plausible and the winner has evidence beyond its words.
 */
import type { TextQuote, TextRange } from '../textQuote';
import {
  assessPlace,
  byPlausibility,
  contextAgrees,
  isDistinctive,
  isNear,
  isOtherPassage,
  isOwnPassage,
  MARGIN,
  type Place,
} from './place';
import { regionsHold, spend, wideRegionsFree, windowAround, type SearchScope } from './searchScope';
import { GRAM } from './substringIndex';
import { bestScoreAtDistance, positionScale } from './similarity';

/** The exact search first looks this many position scales (64 + quote length) either side of the expected place. */
const WINDOW_SCALES = 4;
/** Occurrences scored in full, at most: the best by a quick score, and (of these) the nearest. */
const MAX_SCORED = 8;
const NEAREST_SCORED = 3;
/** An exact scan costs this much budget per character, relative to approximate matching. */
const SCAN_COST = 1 / 32;
/** Wide regions longer than this in all are searched through the shared index rather than scanned. */
const INDEX_FROM = 64 * 1024;

export interface ExactChoice {
  best: Place;
  /** Other acceptable occurrences about as plausible as the best. */
  rivals: Place[];
  /** The best has evidence beyond its words: near the expected place, agreeing context, its own old text, or distinctive new text. */
  sure: boolean;
}

export function chooseExactPlace(scope: SearchScope): ExactChoice | null {
  const { text } = scope;
  const { exact } = scope.quote;
  if (exact === '' || text.length < exact.length) return null;
  const places = new Map<number, Place>();
  const consider = (region: TextRange): void => {
    for (const start of occurrencesIn(text, exact, region)) {
      if (!places.has(start)) places.set(start, assessPlace(scope, { start, end: start + exact.length }, 0));
    }
  };

  const radius = WINDOW_SCALES * positionScale(exact.length);
  const window = windowAround(scope, radius);
  if (window) {
    consider(window);
    const choice = choose(scope, [...places.values()]);
    // Nothing beyond the window can score higher than this, so a clear winner inside it stands
    // (when the expected place is evidence, not an estimate).
    const clear = choice && choice.rivals.length === 0 && choice.best.score >= bestScoreAtDistance(radius, exact.length) + MARGIN;
    if (clear && !scope.expectedIsEstimate) return choice;
  }
  const starts = wideOccurrences(scope).filter((start) => !places.has(start));
  for (const start of mostPromising(scope, starts)) places.set(start, assessPlace(scope, { start, end: start + exact.length }, 0));
  return choose(scope, [...places.values()]);
}

/**
 * The occurrences worth scoring in full when there are many (a sentence repeated throughout a long
 * text): the best by a quick score (how many characters of context agree next to the quote, as
 * findQuote counts them, and position), and the nearest.
 */
function mostPromising(scope: SearchScope, starts: number[]): number[] {
  if (starts.length <= MAX_SCORED) return starts;
  const { quote, text, expected } = scope;
  const quick = (start: number): number => {
    const context = agreeingContext(text, start, quote) / Math.max(1, quote.prefix.length + quote.suffix.length);
    const distance = expected ? Math.abs(start - expected.start) : 0;
    return 0.4 * context + 0.1 * Math.exp(-distance / positionScale(quote.exact.length));
  };
  const byQuickScore = starts.map((start) => ({ start, score: quick(start) })).sort((a, b) => b.score - a.score);
  const chosen = new Set(byQuickScore.slice(0, expected ? MAX_SCORED - NEAREST_SCORED : MAX_SCORED).map((entry) => entry.start));
  if (expected) {
    const nearest = [...starts].sort((a, b) => Math.abs(a - expected.start) - Math.abs(b - expected.start));
    for (const start of nearest.slice(0, NEAREST_SCORED)) chosen.add(start);
  }
  return [...chosen];
}

/** Characters of the stored prefix and suffix that agree with the text right next to an occurrence. */
function agreeingContext(text: string, start: number, quote: TextQuote): number {
  const end = start + quote.exact.length;
  let agree = 0;
  for (let i = 1; i <= quote.prefix.length && text.charCodeAt(start - i) === quote.prefix.charCodeAt(quote.prefix.length - i); i++) agree++;
  for (let i = 0; i < quote.suffix.length && text.charCodeAt(end + i) === quote.suffix.charCodeAt(i); i++) agree++;
  return agree;
}

/**
 * Occurrences beyond the window: in the wide regions, read from the shared index when those
 * cover so much text that scanning them for every quote would add up.
 */
function wideOccurrences(scope: SearchScope): number[] {
  const { text, index } = scope;
  const { exact } = scope.quote;
  const regions = wideRegionsFree(scope);
  if (index && exact.length >= GRAM && regions.size > INDEX_FROM) {
    return index()
      .occurrences(exact)
      .filter((start) => regionsHold(regions, start, start + exact.length));
  }
  if (!spend(scope.budget, regions.size * SCAN_COST)) return [];
  return regions.ranges.flatMap((region) => occurrencesIn(text, exact, region));
}

function choose(scope: SearchScope, places: Place[]): ExactChoice | null {
  const acceptable = places.filter((place) => acceptsExact(scope, place)).sort(byPlausibility);
  const best = acceptable[0];
  if (!best) return null;
  return {
    best,
    rivals: acceptable.slice(1).filter((place) => place.score >= best.score - MARGIN),
    sure: isSure(scope, best),
  };
}

/** Could this occurrence be the annotation's words? */
function acceptsExact(scope: SearchScope, place: Place): boolean {
  if (isOtherPassage(place)) return false;
  if (isOwnPassage(place)) return true;
  return isNear(place) || place.agreement === null || contextAgrees(place) || isDistinctive(scope.quote.exact);
}

function isSure(scope: SearchScope, place: Place): boolean {
  if (isNear(place) || place.agreement === null || contextAgrees(place) || isOwnPassage(place)) return true;
  if (!isDistinctive(scope.quote.exact)) return false;
  // Long words found again: sure if they are mostly new text (moved here), or if there is no diff to ask.
  return place.origin === null || place.origin.inserted * 2 >= place.range.end - place.range.start;
}

/** Start offsets of every occurrence of `exact` that lies inside `region`. */
export function occurrencesIn(text: string, exact: string, region: TextRange): number[] {
  const starts: number[] = [];
  const from = Math.max(0, region.start);
  const to = Math.min(text.length, region.end);
  if (to - from < exact.length) return starts;
  const slice = text.slice(from, to);
  for (let at = slice.indexOf(exact); at !== -1; at = slice.indexOf(exact, at + 1)) starts.push(from + at);
  return starts;
}
