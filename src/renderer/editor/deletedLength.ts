/**
 * How much of the text Backspace and Delete remove, as the browser decides it (UTF-16 code units), for when the
 * editor deletes a character itself (editInsideHighlights.ts).
 *
 * Delete removes the next grapheme cluster: a letter with its accents, a whole emoji. Backspace is gentler, as in
 * Chromium: it removes the last code point, so an accent or an Arabic vowel mark typed by mistake goes alone, except
 * that an emoji sequence (skin tones, ZWJ families, flags, keycaps) or a character with a variation selector goes
 * whole.
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WHOLE_CLUSTER = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

/** Code units Backspace removes from the end of `before` (the text just before the caret); 0 when it is empty. */
export function backspaceLength(before: string): number {
  if (!before) return 0;
  let last = '';
  for (const { segment } of graphemes.segment(before.slice(-64))) last = segment;
  if (WHOLE_CLUSTER.test(last)) return last.length;
  return (before.codePointAt(before.length - 2) ?? 0) > 0xffff ? 2 : 1;
}

/** Code units Delete removes from the start of `after` (the text just after the caret); 0 when it is empty. */
export function deleteLength(after: string): number {
  if (!after) return 0;
  for (const { segment } of graphemes.segment(after.slice(0, 64))) return segment.length;
  return 0;
}
