/**
 * Step 3 of re-anchoring: words that changed a little. Approximate matching (approx-string-match,
 * Myers' bit-parallel algorithm, as in the Hypothesis client's match-quote) finds the places with
 * the fewest edits, allowing at most a fifth of the quote; each is tidied to whole words and
 * scored like any other place. A place is accepted only when it is clearly the same passage: its
 * context agrees, or it lies on the expected place, or it is a long passage very like the quote
 * in newly inserted text (moved and changed); and (with a diff) it is not another passage's
 * unchanged old text. The quote's exact words are masked out first: they are step 2's business,
 * and approx-string-match reports only the best matches, which would hide the changed ones.
 */
import search from 'approx-string-match';
import type { TextRange } from '../textQuote';
import { assessPlace, byPlausibility, contextAgrees, isDistinctive, isOtherPassage, type Place } from './place';
import { occurrencesIn } from './quoteCandidates';
import type { SearchScope } from './searchScope';
import { gapBetween } from './similarity';
import { tidyEdges } from './rangeEdges';

/** At most this share of the quote may differ: well under a quarter. */
export const MAX_ERROR_RATE = 0.2;
/** A long passage found in new text with no agreeing context must be at least this like the quote. */
const MOVED_SIMILARITY = 0.85;
/** Rounds of search per region: when the best matches are refused, they are masked and the next best sought. */
const MAX_ROUNDS = 3;
/** Places scored per cluster of overlapping matches. */
const MAX_PER_CLUSTER = 8;
/** Replaces masked text; a noncharacter, so it matches nothing in a quote. */
const MASK = '\uffff';

export function maxFuzzyErrors(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_ERROR_RATE);
}

/** Accepted places for the quote inside the regions, best first. */
export function findFuzzyPlaces(scope: SearchScope, regions: readonly TextRange[]): Place[] {
  const { exact } = scope.quote;
  const maxErrors = maxFuzzyErrors(exact.length);
  if (maxErrors < 1) return [];
  const accepted: Place[] = [];
  for (const region of mergeRegions(regions, scope.text.length)) {
    if (region.end - region.start < exact.length - maxErrors) continue;
    accepted.push(...searchRegion(scope, region, maxErrors));
  }
  return accepted.sort(byPlausibility);
}

function searchRegion(scope: SearchScope, region: TextRange, maxErrors: number): Place[] {
  const { text } = scope;
  const { exact } = scope.quote;
  let masks: TextRange[] = occurrencesIn(text, exact, region).map((start) => ({ start, end: start + exact.length }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const haystack = masked(text, region, masks);
    const matches = search(haystack, exact, maxErrors).map((match) => ({
      start: region.start + match.start,
      end: region.start + match.end,
      errors: match.errors,
    }));
    if (matches.length === 0) return [];
    const clusters = clusterMatches(matches);
    const places = clusters.map((cluster) => bestOfCluster(scope, cluster)).filter((place): place is Place => place !== null);
    const accepted = places.filter((place) => acceptsFuzzy(scope, place));
    if (accepted.length > 0) return accepted;
    // approx-string-match reports every match with the fewest errors, so masking them leaves only
    // matches with more: none, when these already had as many as allowed.
    if (matches.every((match) => match.errors >= maxErrors)) return [];
    masks = [...masks, ...clusters.map((cluster) => spanOf(cluster))];
  }
  return [];
}

interface RawMatch extends TextRange {
  errors: number;
}

/** Groups matches whose ranges overlap (approx-string-match reports one per end offset). */
function clusterMatches(matches: RawMatch[]): RawMatch[][] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: RawMatch[][] = [];
  let current: RawMatch[] = [];
  let currentEnd = -1;
  for (const match of sorted) {
    if (current.length > 0 && match.start >= currentEnd) {
      clusters.push(current);
      current = [];
    }
    current.push(match);
    currentEnd = Math.max(currentEnd, match.end);
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

function bestOfCluster(scope: SearchScope, cluster: RawMatch[]): Place | null {
  const step = Math.max(1, Math.ceil(cluster.length / MAX_PER_CLUSTER));
  const seen = new Set<string>();
  let best: Place | null = null;
  for (let i = 0; i < cluster.length; i += step) {
    const match = cluster[i];
    if (!match) continue;
    const range = tidyEdges(scope.text, match, scope.quote);
    if (!range) continue;
    const key = `${range.start}:${range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const place = assessPlace(scope, range, match.errors);
    if (!best || byPlausibility(place, best) < 0) best = place;
  }
  return best;
}

/**
 * Clearly the same passage: not another passage's old text, and its context agrees or it is on
 * the expected place, or (a long passage that moved and changed a little, its surroundings all
 * new) it is mostly new text and very like the quote.
 */
function acceptsFuzzy(scope: SearchScope, place: Place): boolean {
  if (isOtherPassage(place)) return false;
  const onExpectedPlace = scope.expected !== null && !scope.expectedIsEstimate && gapBetween(place.range, scope.expected) === 0;
  return (
    contextAgrees(place) ||
    onExpectedPlace ||
    (isDistinctive(scope.quote.exact) && isNewText(place) && place.similarity >= MOVED_SIMILARITY)
  );
}

function isNewText(place: Place): boolean {
  return place.origin !== null && place.origin.inserted * 2 >= place.range.end - place.range.start;
}

function spanOf(cluster: RawMatch[]): TextRange {
  return {
    start: Math.min(...cluster.map((match) => match.start)),
    end: Math.max(...cluster.map((match) => match.end)),
  };
}

/** The region's text with masked ranges overwritten, same length so offsets still line up. */
function masked(text: string, region: TextRange, masks: readonly TextRange[]): string {
  let result = '';
  let pos = region.start;
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(pos, mask.start);
    const end = Math.min(region.end, mask.end);
    if (end <= start) continue;
    result += text.slice(pos, start) + MASK.repeat(end - start);
    pos = end;
  }
  return result + text.slice(pos, region.end);
}

function mergeRegions(regions: readonly TextRange[], textLength: number): TextRange[] {
  const sorted = regions
    .map((region) => ({ start: Math.max(0, region.start), end: Math.min(textLength, region.end) }))
    .filter((region) => region.end > region.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const region of sorted) {
    const last = merged[merged.length - 1];
    if (last && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else merged.push({ ...region });
  }
  return merged;
}
