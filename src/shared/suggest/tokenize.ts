import { compromiseTermParts, compromiseTerms } from './nlp';
import type { TextSpan } from './suggestionTypes';

/** A word of the text as compromise splits it, without its surrounding punctuation. */
export interface Token extends TextSpan {
  /** text.slice(start, end) */
  text: string;
  /** lower case, without a possessive ’s and trailing periods: the form used for lexicon look-ups */
  key: string;
  /** punctuation before the word (an opening quotation mark, a bracket) */
  pre: string;
  /** punctuation and whitespace after the word (", ", ".” ") */
  post: string;
}

/** The words of `span` with exact offsets into `text`, using compromise's term splitter. */
export function tokenize(text: string, span: TextSpan): Token[] {
  const slice = text.slice(span.start, span.end);
  const tokens: Token[] = [];
  let offset = span.start;
  for (const term of compromiseTerms(slice)) {
    const termStart = text.startsWith(term, offset) ? offset : text.indexOf(term, offset);
    if (termStart < 0) break;
    offset = termStart + term.length;
    const { pre, post } = compromiseTermParts(term);
    // pre/post are the punctuation compromise peeled off; keep the exact slice between them.
    const preLength = term.startsWith(pre) ? pre.length : 0;
    const postLength = term.endsWith(post) ? post.length : term.length - term.trimEnd().length;
    const start = termStart + preLength;
    const end = Math.max(start, termStart + term.length - postLength);
    if (end === start) continue;
    const word = text.slice(start, end);
    tokens.push({
      start,
      end,
      text: word,
      key: keyOf(word),
      pre: text.slice(termStart, start),
      post: text.slice(end, termStart + term.length),
    });
  }
  return tokens;
}

/** "Khamenei’s" → "khamenei", "Gen." → "gen", "U.S." → "u.s" */
export function keyOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$|['’]$/u, '')
    .replace(/\.+$/u, '');
}

/** Starts with an upper-case letter (or a digit-free all-caps acronym). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
