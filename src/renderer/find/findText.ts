/**
 * Find in article, the pure part: where a query occurs in the article's plain text.
 *
 * Matching is forgiving the way a reader is: letter case, accents and other combining marks,
 * curly versus straight quotes (and « » versus "), Arabic versus Persian yeh and kaf, Arabic-Indic
 * versus ASCII digits, invisible joiners and direction marks, and runs of spaces all compare equal.
 * Both the text and the query are folded to a comparable form; the text keeps a map from each
 * folded character back to its offset, so a match is reported in the original text's offsets.
 * Matches never cross a line or paragraph break and do not overlap (the next search starts after
 * the previous match), like a browser's find.
 */

export interface FindMatch {
  /** Plain-text offset of the first matched character. */
  start: number;
  /** Plain-text offset just after the last matched character. */
  end: number;
}

export interface FoldedText {
  /** The original text. */
  text: string;
  /** The comparable form. */
  folded: string;
  /** For each character of `folded`, the offset in the original text it came from. */
  offsets: Int32Array;
}

/** Finding stops counting here: a query like "e" in a very long article is not worth a million highlights. */
export const MAX_MATCHES = 100_000;

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB';
/** Characters a reader does not see as text: joiners, direction marks, soft hyphen, tatweel, BOM. */
const IGNORED = /[\u00AD\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const COMBINING = /\p{M}/u;
const SPACE = /[^\S\n]/;

const foldCache = new Map<number, string>();

/** The comparable form of one UTF-16 code unit: one character, '' to drop it, or ' ' for any space. */
function foldUnit(code: number): string {
  // Fast path for ASCII, nearly every character of an English article.
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    if (code === 0x09) return ' ';
    return String.fromCharCode(code);
  }
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  const folded = foldSlow(String.fromCharCode(code));
  foldCache.set(code, folded);
  return folded;
}

function foldSlow(ch: string): string {
  if (IGNORED.test(ch) || COMBINING.test(ch)) return '';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SPACE.test(ch)) return ' ';
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0); // Persian digits
  if (ch === '\u064A' || ch === '\u0649') return '\u06CC'; // Arabic yeh, alef maksura → Persian yeh
  if (ch === '\u0643') return '\u06A9'; // Arabic kaf → Persian kaf
  if (ch === '\u03C2') return '\u03C3'; // Greek final sigma → sigma
  // Lone surrogates are left alone (normalising them is meaningless).
  if (code >= 0xd800 && code <= 0xdfff) return ch;
  const base = ch.normalize('NFD')[0] ?? ch;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : (lower[0] ?? base);
}

/** Folds a text, remembering where each folded character came from. Runs of spaces become one. */
export function foldText(text: string): FoldedText {
  const codes = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length);
  let length = 0;
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      // Fast path for ASCII, nearly every character of an English article.
      if (code >= 0x41 && code <= 0x5a) code += 32;
      else if (code === 0x09) code = 0x20;
    } else {
      const folded = foldUnit(code);
      if (folded === '') continue;
      code = folded.charCodeAt(0);
    }
    if (code === 0x20) {
      if (previousSpace) continue;
      previousSpace = true;
    } else {
      previousSpace = false;
    }
    codes[length] = code;
    offsets[length++] = i;
  }
  return { text, folded: fromCodes(codes.subarray(0, length)), offsets: offsets.subarray(0, length) };
}

/** A string from UTF-16 code units, a chunk at a time (the argument list of fromCharCode is limited). */
function fromCodes(codes: Uint16Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let at = 0; at < codes.length; at += CHUNK) parts.push(String.fromCharCode(...codes.subarray(at, at + CHUNK)));
  return parts.join('');
}

/** The comparable form of a query: folded like the text, spaces at either end kept (they are meant). */
export function foldQuery(query: string): string {
  return foldText(query).folded;
}

/** Every match of `query` in `text`, in order, at most `limit`. An empty (or all-invisible) query matches nothing. */
export function findMatches(text: string | FoldedText, query: string, limit = MAX_MATCHES): FindMatch[] {
  const needle = foldQuery(query);
  if (needle === '' || needle === ' ') return [];
  const { text: original, folded, offsets } = typeof text === 'string' ? foldText(text) : text;
  const matches: FindMatch[] = [];
  let at = folded.indexOf(needle);
  while (at !== -1 && matches.length < limit) {
    const last = at + needle.length - 1;
    let end = offsets[last]! + 1;
    // Marks that belong to the last letter (an accent, a joiner) belong to the match.
    while (end < original.length && foldUnit(original.charCodeAt(end)) === '') end++;
    matches.push({ start: offsets[at]!, end });
    at = folded.indexOf(needle, at + needle.length);
  }
  return matches;
}
