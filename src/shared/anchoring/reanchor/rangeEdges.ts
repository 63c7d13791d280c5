/**
 * Tidies the edges of a range found by approximate matching, so it covers what a person would
 * have selected: never half of a surrogate pair, no whitespace the quote did not have at that
 * edge, and whole words where the quote began or ended on a word boundary (a match that stops
 * inside "Mondays" because the quote said "Monday" takes the whole word).
 */
import type { TextQuote, TextRange } from '../textQuote';

/** How far an edge may move to reach the end of a word. */
const MAX_WORD_STRETCH = 24;

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\s/;

export function isWordChar(char: string): boolean {
  return char !== '' && WORD_CHAR.test(char);
}

/** The adjusted range, or null if nothing is left of it. */
export function tidyEdges(text: string, range: TextRange, quote: TextQuote): TextRange | null {
  let start = Math.max(0, Math.min(text.length, range.start));
  let end = Math.max(start, Math.min(text.length, range.end));
  const { exact } = quote;

  if (!SPACE.test(exact.charAt(0))) while (start < end && SPACE.test(text.charAt(start))) start++;
  if (!SPACE.test(exact.charAt(exact.length - 1))) while (end > start && SPACE.test(text.charAt(end - 1))) end--;

  if (startsWord(quote) && isWordChar(text.charAt(start)) && isWordChar(text.charAt(start - 1))) {
    let stretched = start;
    while (stretched > 0 && start - stretched < MAX_WORD_STRETCH && isWordChar(text.charAt(stretched - 1))) stretched--;
    if (!isWordChar(text.charAt(stretched - 1))) start = stretched;
  }
  if (endsWord(quote) && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
    let stretched = end;
    while (stretched < text.length && stretched - end < MAX_WORD_STRETCH && isWordChar(text.charAt(stretched))) stretched++;
    if (!isWordChar(text.charAt(stretched))) end = stretched;
  }

  if (isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  return end > start ? { start, end } : null;
}

/** The quote begins a word: its first character is a word character and the stored text before it is not. */
function startsWord(quote: TextQuote): boolean {
  return isWordChar(quote.exact.charAt(0)) && !isWordChar(quote.prefix.charAt(quote.prefix.length - 1));
}

function endsWord(quote: TextQuote): boolean {
  return isWordChar(quote.exact.charAt(quote.exact.length - 1)) && !isWordChar(quote.suffix.charAt(0));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
