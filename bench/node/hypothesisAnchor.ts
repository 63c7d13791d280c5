/**
 * The re-anchoring baseline: how the Hypothesis client finds a W3C text quote in a changed text (its anchoring and
 * match-quote.ts, without a DOM). For each annotation: its old position, if the quote's exact words are still there
 * (Hypothesis tries the position selector first and checks the quote); else the exact occurrences of the quote
 * within NEAR characters of the old position (indexOf), or, when there is none, approx-string-match over the whole text with up to min(256, length/2) errors; each candidate is scored with
 * Hypothesis's weights (quote 50, prefix 20, suffix 20, position 2, the position being the annotation's old start
 * offset as a hint, with no diff of the two versions) and the best one wins, as long as its quote has some
 * similarity. No diff, no revision history: the quote selector and a position hint are all it uses.
 */
import search from 'approx-string-match';
import type { TextQuote, TextRange } from '../../src/shared/anchoring/textQuote';

/** How far from its old position a quote's exact words are looked for before the whole text is searched approximately. */
export const NEAR = 4096;

interface Match {
  start: number;
  end: number;
  errors: number;
}

function findMatches(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) exact.push({ start: at, end: at + str.length, errors: 0 });
  return exact.length > 0 ? exact : search(text, str, maxErrors);
}

/** 1 − errors / length of `str` at its best place in `text` (Hypothesis's textMatchScore). */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = findMatches(text, str, str.length);
  return 1 - Math.min(...matches.map((m) => m.errors), str.length) / str.length;
}

export function hypothesisAnchor(text: string, quote: TextQuote, hint: number): TextRange | null {
  if (quote.exact.length === 0) return null;
  if (text.startsWith(quote.exact, hint)) return { start: hint, end: hint + quote.exact.length };
  const maxErrors = Math.min(256, quote.exact.length / 2);
  const from = Math.max(0, hint - NEAR);
  const window = text.slice(from, hint + NEAR + quote.exact.length);
  const near: Match[] = [];
  for (let at = window.indexOf(quote.exact); at !== -1; at = window.indexOf(quote.exact, at + 1)) {
    near.push({ start: from + at, end: from + at + quote.exact.length, errors: 0 });
  }
  const matches = near.length > 0 ? near : search(text, quote.exact, maxErrors);
  if (matches.length === 0) return null;
  let best: { match: Match; score: number } | null = null;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.exact.length;
    const prefixScore = quote.prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix ? textMatchScore(text.slice(match.end, match.end + quote.suffix.length), quote.suffix) : 1;
    const posScore = 1 - Math.abs(match.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { match, score };
  }
  return best ? { start: best.match.start, end: best.match.end } : null;
}
