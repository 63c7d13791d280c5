/**
 * Moves annotations onto their words in a new version of a text. Step 1 maps every stored range
 * through one diff of the two versions (one sweep for all of them) and keeps it when it still
 * holds the exact words. The rest are searched for (steps 2 to 4, locateQuote) near where the
 * diff put them, and where the diff says text was inserted. anchorQuote does steps 2 to 4 alone,
 * for a quote with no old text to diff against.
 */
import type { TextQuote, TextRange } from '../textQuote';
import { locateQuote } from './locateQuote';
import { buildOffsetMap, estimateOffset, mapOffsets, type DiffOptions, type OffsetMap } from './offsetMapping';
import { exactOutcome, orphanedOutcome, type AnchorOutcome } from './outcomes';
import { DEFAULT_SEARCH_BUDGET, zoneCache, type SearchBudget } from './searchScope';
import { buildSubstringIndex, type SubstringIndex } from './substringIndex';

/** How much longer than its quote a mapped range may be and still be searched whole. */
const MAX_EXPECTED_SLACK = 256;

export interface AnchorTarget {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ReanchorOptions extends DiffOptions {
  /** Work allowed for searches beyond the expected places, across all targets (see SearchBudget). */
  searchBudget?: number;
}

/** Re-anchors every target from oldText to newText. Result in the same order as targets. */
export function reanchor(
  oldText: string,
  newText: string,
  targets: readonly AnchorTarget[],
  options: ReanchorOptions = {},
): AnchorOutcome[] {
  if (targets.length === 0) return [];
  const map = buildOffsetMap(oldText, newText, options);
  const starts = mapOffsets(
    map,
    targets.map((target) => safeOffset(target.start)),
    'start',
  );
  const ends = mapOffsets(
    map,
    targets.map((target) => safeOffset(target.end)),
    'end',
  );
  const zones = zoneCache(map);
  const budget: SearchBudget = { remaining: options.searchBudget ?? DEFAULT_SEARCH_BUDGET };
  let substrings: SubstringIndex | null = null;
  const sharedIndex = (): SubstringIndex => (substrings ??= buildSubstringIndex(newText));

  return targets.map((target, index) => {
    const { exact } = target;
    if (exact === '' || newText.length === 0) return orphanedOutcome();
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    if (end - start === exact.length && newText.startsWith(exact, start)) return exactOutcome({ start, end });
    // The diff's account of where text came from is only about this annotation if its stored
    // offsets held its words in the old text.
    const own = safeOffset(target.start);
    const ownIsValid = target.end - target.start === exact.length && oldText.startsWith(exact, own);
    const expected = expectedRange(map, target, start, end, newText.length);
    return locateQuote({
      text: newText,
      quote: target,
      expected: expected.range,
      expectedIsEstimate: expected.estimated,
      diff: ownIsValid ? { map, own: { start: own, end: own + exact.length }, zones } : null,
      budget,
      index: sharedIndex,
    });
  });
}

/** Anchors one quote in a text with no old text to diff against: steps 2–4, `hint` = expected start offset if known. */
export function anchorQuote(text: string, quote: TextQuote, hint?: number): AnchorOutcome {
  let expected: TextRange | null = null;
  if (hint !== undefined && Number.isFinite(hint)) {
    const start = Math.max(0, Math.min(text.length, Math.trunc(hint)));
    expected = { start, end: Math.min(text.length, start + quote.exact.length) };
  }
  return locateQuote({ text, quote, expected, diff: null, budget: { remaining: DEFAULT_SEARCH_BUDGET } });
}

/**
 * Where to look first: the mapped range, unless an edit made it much longer than the quote (a
 * rewritten stretch); then a quote-sized range where the quote's start falls proportionally
 * inside that edit, so searching near it stays cheap. Such an estimate only orders the search:
 * it is no evidence that words found near it are the annotation's.
 */
function expectedRange(
  map: OffsetMap,
  target: AnchorTarget,
  start: number,
  end: number,
  textLength: number,
): { range: TextRange; estimated: boolean } {
  const range = { start: Math.min(start, end), end: Math.max(start, end) };
  const length = target.exact.length;
  if (range.end - range.start <= Math.max(2 * length, length + MAX_EXPECTED_SLACK)) return { range, estimated: false };
  const estimate = Math.min(textLength, estimateOffset(map, safeOffset(target.start)));
  return { range: { start: estimate, end: Math.min(textLength, estimate + length) }, estimated: true };
}

function safeOffset(offset: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.trunc(offset)) : 0;
}
