/**
 * Finds a text quote in a text: the exact words, preferring the occurrence whose surrounding
 * context and position best match what was stored. Exact matching only; a quote whose words
 * were edited is not found here (that is fuzzy re-anchoring's job).
 */
import type { TextQuote, TextRange } from './textQuote';

export interface QuoteSearch extends TextQuote {
  /** Where the quote was last seen: the start offset, used as a hint and a tie-breaker. */
  hint?: number;
}

/** Returns the best occurrence of quote.exact in text, or null if the words are not there. */
export function findQuote(text: string, quote: QuoteSearch): TextRange | null {
  const { exact } = quote;
  if (exact === '') return null;
  if (quote.hint !== undefined && text.startsWith(exact, quote.hint) && contextScore(text, quote.hint, quote) === fullScore(quote)) {
    return { start: quote.hint, end: quote.hint + exact.length };
  }
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, quote);
    const distance = quote.hint === undefined ? 0 : Math.abs(at - quote.hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}

/** How many characters of the stored prefix and suffix agree with the text around an occurrence. */
function contextScore(text: string, start: number, quote: TextQuote): number {
  const end = start + quote.exact.length;
  let score = 0;
  for (let i = 1; i <= quote.prefix.length && text.charAt(start - i) === quote.prefix.charAt(quote.prefix.length - i); i++) score++;
  for (let i = 0; i < quote.suffix.length && text.charAt(end + i) === quote.suffix.charAt(i); i++) score++;
  return score;
}

function fullScore(quote: TextQuote): number {
  return quote.prefix.length + quote.suffix.length;
}
