import { compromiseSentences } from './nlp';
import { trimSpan } from './splitParagraphs';
import type { TextSpan } from './suggestionTypes';

/**
 * The sentences of one paragraph, as compromise splits them, with exact offsets into `text`, trimmed.
 * Refinements: compromise keeps `…home.” Then…` together; a sentence that ends inside a closing quotation mark and
 * is followed by a capital or an opening mark is split there, and so is one that ends with "a.m." or "p.m.".
 */
export function splitSentences(text: string, paragraph: TextSpan): TextSpan[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const pieces = compromiseSentences(slice);
  const spans: TextSpan[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    // compromise returns the input in pieces; find each one from the cursor so offsets stay exact even if it ever trims.
    const at = slice.startsWith(piece, cursor) ? cursor : slice.indexOf(piece.trim(), cursor);
    if (at < 0) return [trimSpan(text, paragraph.start, paragraph.end)];
    const end = at + (slice.startsWith(piece, cursor) ? piece.length : piece.trim().length);
    for (const part of splitAfterClosingQuotes(slice, at, end)) {
      const span = trimSpan(text, paragraph.start + part.start, paragraph.start + part.end);
      if (span.end > span.start) spans.push(span);
    }
    cursor = end;
  }
  if (cursor < slice.length) {
    const rest = trimSpan(text, paragraph.start + cursor, paragraph.end);
    if (rest.end > rest.start) spans.push(rest);
  }
  return spans;
}

/**
 * Where compromise keeps going: after a closing quotation mark, and after "a.m."/"p.m." before a capital that is not a
 * day, a month or a time zone ("… ended at 5 p.m. Sentencing is set for …", but "5 p.m. Wednesday").
 */
const SPLIT_AFTER =
  /[.!?]["”](?=\s+["“]?\p{Lu})|\b[ap]\.m\.(?=\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z]{1,3}T\b|GMT|UTC)\p{L}*)\p{Lu})/gu;

function splitAfterClosingQuotes(slice: string, start: number, end: number): TextSpan[] {
  const parts: TextSpan[] = [];
  let from = start;
  SPLIT_AFTER.lastIndex = start;
  for (let match = SPLIT_AFTER.exec(slice); match && match.index < end; match = SPLIT_AFTER.exec(slice)) {
    const cut = match.index + match[0].length;
    if (cut >= end) break;
    parts.push({ start: from, end: cut });
    from = cut;
  }
  parts.push({ start: from, end });
  return parts;
}
