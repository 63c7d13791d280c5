/**
 * W3C-style text quote selectors: the annotated words plus a little context either side.
 * Stored with every annotation so it can be found again when offsets no longer fit the text.
 */

export const QUOTE_CONTEXT_LENGTH = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** The quote selector for text[start, end), never splitting a surrogate pair at the context edges. */
export function textQuoteAt(text: string, range: TextRange, contextLength = QUOTE_CONTEXT_LENGTH): TextQuote {
  const prefixStart = avoidSplitPair(text, Math.max(0, range.start - contextLength), +1);
  const suffixEnd = avoidSplitPair(text, Math.min(text.length, range.end + contextLength), -1);
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(prefixStart, range.start),
    suffix: text.slice(range.end, suffixEnd),
  };
}

/** Moves an index off the middle of a surrogate pair, in the given direction. */
function avoidSplitPair(text: string, index: number, direction: 1 | -1): number {
  if (index <= 0 || index >= text.length) return index;
  const before = text.charCodeAt(index - 1);
  const at = text.charCodeAt(index);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return splitsPair ? index + direction : index;
}

/** Narrows a range so it neither starts nor ends on whitespace; null when nothing but whitespace is left. */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
