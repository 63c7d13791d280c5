/**
 * Small building blocks shared by the report's parts: user text as runs (line breaks kept), web
 * links that only ever point at http(s) addresses, and the note numbers that link the article,
 * the notes and the summary together.
 */
import { Bookmark, ExternalHyperlink, InternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { isHttpUrl } from '../../../shared/text/safeUrl';
import { COLOURS, FONT_UI, SIZES } from './docxStyles';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** User text as runs: each line of it a run, with a line break before every line but the first. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r\n?|\n/).map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/** The address to link to if `raw` is an absolute http(s) URL, else null. */
export function webHref(raw: string): string | null {
  return isHttpUrl(raw) ? new URL(raw.trim()).href : null;
}

/** A hyperlink to `href` showing `label`, or just the label when the address is not a web link. */
export function webLink(raw: string, label: string, style: RunStyle = {}): ParagraphChild {
  const href = webHref(raw);
  if (!href) return new TextRun({ ...style, text: label });
  return new ExternalHyperlink({ link: href, children: [new TextRun({ ...style, text: label, style: 'Hyperlink' })] });
}

/** Bookmark names: the note's entry in the Notes section, and its number in the article. */
export const noteAnchor = (n: number) => `note_${n}`;
export const refAnchor = (n: number) => `ref_${n}`;

/**
 * Note numbers as links to their entries in the Notes section, separated by `separator`. With
 * `superscript`, they are the reference marks written after an annotation's last words, each
 * bookmarked so the note can link back to it.
 */
export function noteNumberLinks(numbers: readonly number[], { superscript = false, separator = ', ' } = {}): ParagraphChild[] {
  const style: RunStyle = superscript ? { superScript: true, size: SIZES.superscript, color: COLOURS.accent, font: FONT_UI } : {};
  return numbers.flatMap((n, index) => {
    const link = new InternalHyperlink({ anchor: noteAnchor(n), children: [new TextRun({ ...style, text: String(n) })] });
    const mark = superscript ? new Bookmark({ id: refAnchor(n), children: [link] }) : link;
    return index === 0 ? [mark] : [new TextRun({ ...style, text: separator }), mark];
  });
}
