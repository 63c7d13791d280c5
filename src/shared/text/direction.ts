/**
 * Which way a text reads, decided as HTML's dir="auto" decides it: by its first strong character
 * (a letter; digits, spaces and punctuation are neutral). For formats with no "auto", such as Word's
 * right-to-left paragraph setting.
 */
const FIRST_LETTER = /\p{L}/u;
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

export type TextDirection = 'ltr' | 'rtl';

/** 'rtl' or 'ltr' from the first letter; null when the text has no letter at all. */
export function textDirection(text: string): TextDirection | null {
  const letter = FIRST_LETTER.exec(text)?.[0];
  if (letter === undefined) return null;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}
