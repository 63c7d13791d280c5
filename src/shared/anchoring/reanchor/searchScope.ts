/**
 * What a quote search knows about one annotation in one text: the text and the quote, where the
 * quote is expected (mapped through the diff, or a caller's hint), what the diff says about where
 * each stretch of the new text came from, and a budget that stops searches beyond the expected
 * place from adding up when the diff gave little to go on (a timed-out diff of a huge text).
 */
import type { TextQuote, TextRange } from '../textQuote';
import type { SubstringIndex } from './substringIndex';
import { deletedWithin, insertionZones, originOf, type OffsetMap, type Origin } from './offsetMapping';

export interface SearchBudget {
  /** Work left, in approximate-matching character steps (an exact scan costs 1/32 per character). */
  remaining: number;
}

/** Enough for a few dozen whole-text searches of a 1 MB article; beyond that only the expected place is searched. */
export const DEFAULT_SEARCH_BUDGET = 40_000_000;

export interface DiffKnowledge {
  map: OffsetMap;
  /** The annotation's range in the old text (which held its exact words). */
  own: TextRange;
  /** Zones around inserted text big enough to hold a quote of this length (see insertionZones), cached per call. */
  zones: (quoteLength: number) => Regions;
}

/** Disjoint ranges of the text in order, with their total length. */
export interface Regions {
  ranges: readonly TextRange[];
  size: number;
}

export function regionsOf(ranges: readonly TextRange[]): Regions {
  return { ranges, size: ranges.reduce((sum, range) => sum + (range.end - range.start), 0) };
}

/** Does one of the regions hold text[start, end)? (Binary search.) */
export function regionsHold(regions: Regions, start: number, end: number): boolean {
  let low = 0;
  let high = regions.ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((regions.ranges[mid]?.end ?? Infinity) < end) low = mid + 1;
    else high = mid;
  }
  const region = regions.ranges[low];
  return region !== undefined && region.start <= start;
}

export interface SearchScope {
  text: string;
  quote: TextQuote;
  /** Where the quote should be. Evidence for a place near it, unless it is only an estimate. */
  expected: TextRange | null;
  /** The expected range is a guess (a proportional position inside a rewritten stretch): it orders the search and breaks ties, and is no evidence. */
  expectedIsEstimate?: boolean;
  diff: DiffKnowledge | null;
  budget: SearchBudget;
  /** An index of the text shared by every search of one re-anchoring, built on first use (see substringIndex). */
  index?: () => SubstringIndex;
}

/** Zone lookups shared by every annotation of one re-anchoring: one list per power-of-two quote length. */
export function zoneCache(map: OffsetMap): (quoteLength: number) => Regions {
  const cache = new Map<number, Regions>();
  return (quoteLength) => {
    let bucket = 16;
    while (bucket < quoteLength) bucket *= 2;
    let zones = cache.get(bucket);
    if (!zones) {
      // Quotes in this bucket are longer than bucket/2; a passage that moved here is mostly new text.
      zones = regionsOf(insertionZones(map, bucket, Math.floor(bucket / 4)));
      cache.set(bucket, zones);
    }
    return zones;
  };
}

/** The expected range widened by `radius` either side, inside the text. */
export function windowAround(scope: SearchScope, radius: number): TextRange | null {
  if (!scope.expected) return null;
  return {
    start: Math.max(0, Math.min(scope.text.length, scope.expected.start - radius)),
    end: Math.max(0, Math.min(scope.text.length, scope.expected.end + radius)),
  };
}

/**
 * Where to look beyond the expected place. With a diff, only around inserted text: anywhere else
 * the new text is old text unchanged, so identical words there are another passage's (or this
 * one's, already found at the expected place). Without a diff, the whole text. Empty when the
 * budget cannot pay for the search.
 */
export function wideRegions(scope: SearchScope, costPerCharacter: number): readonly TextRange[] {
  const regions = wideRegionsFree(scope);
  if (!spend(scope.budget, regions.size * costPerCharacter)) return [];
  return regions.ranges;
}

/** The wide regions, without charging the budget (for searches that cost little, through an index). */
export function wideRegionsFree(scope: SearchScope): Regions {
  return scope.diff ? scope.diff.zones(scope.quote.exact.length) : regionsOf([{ start: 0, end: scope.text.length }]);
}

/** Takes `cost` from the budget if it can pay; false (and nothing taken) if not. */
export function spend(budget: SearchBudget, cost: number): boolean {
  if (cost > budget.remaining) return false;
  budget.remaining -= cost;
  return true;
}

/**
 * With a diff: did the annotation's passage leave its place? Only then can it be somewhere else.
 * When most of its old characters are still there, the passage stayed (and changed too much to
 * be recognised, or words like it elsewhere are a copy).
 */
export function passageLeft(scope: SearchScope): boolean {
  const { diff } = scope;
  return diff === null || deletedWithin(diff.map, diff.own) * 2 >= diff.own.end - diff.own.start;
}

/** Where a range of the new text came from, when the diff is known. */
export function originIn(scope: SearchScope, range: TextRange): Origin | null {
  return scope.diff ? originOf(scope.diff.map, range, scope.diff.own) : null;
}
