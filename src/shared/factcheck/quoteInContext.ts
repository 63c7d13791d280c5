/**
 * A claim's words with the sentence around them, from the article's plain text: back to the end of
 * the previous sentence and on to the end of the claim's own, never past a line or paragraph break.
 * Common abbreviations ("Gen.", "U.S.", "Dr.") do not end a sentence. Very long sentences are cut
 * at a word with "…".
 */
import type { QuoteInContext } from './sessionReportModel';

/** At most this many characters of context on each side of the claim. */
export const CONTEXT_CHARS = 300;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
]);

/** A sentence end: terminators, then any closing quotes or brackets. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*/g;

export function quoteInContext(plainText: string, claim: { start: number; end: number; exact: string }): QuoteInContext {
  const { start, end, exact } = claim;
  if (exact === '' || start < 0 || end > plainText.length || plainText.slice(start, end) !== exact) {
    return { before: '', quote: exact, after: '', located: false };
  }
  const lineStart = plainText.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = plainText.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? plainText.length : nextBreak;

  let from = lineStart;
  const before = plainText.slice(lineStart, start);
  for (const match of before.matchAll(SENTENCE_END)) {
    const after = lineStart + match.index + match[0].length;
    if (endsSentence(plainText, lineStart + match.index, after)) from = after;
  }

  let to = lineEnd;
  if (endsSentence(plainText, end - 1, end) && /[.!?…]["'”’»)\]]*$/.test(exact)) {
    to = end;
  } else {
    for (const match of plainText.slice(end, lineEnd).matchAll(SENTENCE_END)) {
      const terminatorAt = end + match.index;
      const after = terminatorAt + match[0].length;
      if (endsSentence(plainText, terminatorAt, after)) {
        to = after;
        break;
      }
    }
  }
  return {
    before: clipStart(plainText.slice(from, start).replace(/^\s+/, '')),
    quote: exact,
    after: clipEnd(plainText.slice(end, to)),
    located: true,
  };
}

/**
 * Whether the terminator run at `at` (ending at `after`) ends a sentence: it is followed by
 * whitespace then something that can start one (or by the end of the line), and a full stop is not
 * an abbreviation's or an initial's.
 */
function endsSentence(text: string, at: number, after: number): boolean {
  const rest = text.slice(after);
  if (!/^(\s|$)/.test(rest)) return false;
  const next = /^[ \t]*(\S)/.exec(rest)?.[1];
  if (next !== undefined && /\p{Ll}/u.test(next)) return false;
  if (text[at] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  if (word === '') return true;
  if (word.includes('.')) return false; // U.S., e.g.
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: J. Smith
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function clipStart(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.slice(-CONTEXT_CHARS);
  const space = cut.search(/\s/);
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function clipEnd(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.slice(0, CONTEXT_CHARS);
  const space = cut.search(/\s\S*$/);
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
