/**
 * The Notes section of the Word report: every note in number order with its kind, heading, the
 * exact words it is about, its fields and evidence links. A note whose words are no longer in the
 * article says so (it has no comment and no number in the text). Each entry is bookmarked so the
 * note numbers in the article and the summary can link to it, and links back to its words.
 */
import { Bookmark, BorderStyle, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import type { ReportNote } from '../../../shared/report/reportModel';
import { evidenceParagraphs, fieldParagraph } from './docxFields';
import { COLOURS, FONT_UI, highlightRun, INDENT_STEP, MUTED_RUN, SIZES } from './docxStyles';
import { noteAnchor, refAnchor, textRuns } from './docxText';

export const NOT_IN_ARTICLE = 'Its words are no longer in the article.';

/** `anchored`: the note numbers that have words (and a number) in the article to link back to. */
export function notesSection(notes: readonly ReportNote[], anchored: ReadonlySet<number>): Paragraph[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Notes')] });
  if (notes.length === 0) return [heading, new Paragraph('No annotations.')];
  return [heading, ...notes.flatMap((note) => noteParagraphs(note, anchored.has(note.number)))];
}

function noteParagraphs(note: ReportNote, anchored: boolean): Paragraph[] {
  const indent = { left: INDENT_STEP };
  const detail = note.heading.split(' · ').slice(1).join(' · ');
  const title = new Paragraph({
    keepNext: true,
    spacing: { before: 200, after: 60 },
    children: [
      new Bookmark({ id: noteAnchor(note.number), children: [new TextRun({ text: `${note.number}. `, bold: true, font: FONT_UI })] }),
      new TextRun({ text: note.kindLabel, bold: true, font: FONT_UI, ...highlightRun(note.annotation.kind) }),
      ...(detail ? textRuns(` · ${detail}`, { bold: true, font: FONT_UI }) : []),
      ...(anchored
        ? [
            new TextRun({ text: ' ', font: FONT_UI }),
            new InternalHyperlink({
              anchor: refAnchor(note.number),
              children: [new TextRun({ ...MUTED_RUN, text: '↩ back to the text' })],
            }),
          ]
        : []),
    ],
  });
  const exact = new Paragraph({
    indent,
    keepNext: true,
    spacing: { after: 60 },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOURS.rule, space: 8 } },
    children: textRuns(note.annotation.exact, { italics: true }),
  });
  const missing = note.located
    ? []
    : [
        new Paragraph({
          indent,
          children: [new TextRun({ text: NOT_IN_ARTICLE, font: FONT_UI, size: SIZES.small, color: COLOURS.detached })],
        }),
      ];
  const fieldLayout = { indent, spacing: { after: 20 } };
  return [
    title,
    exact,
    ...missing,
    ...note.fields.map((field) => fieldParagraph(field, fieldLayout)),
    ...evidenceParagraphs(note.evidence, fieldLayout, { indent: { left: 2 * INDENT_STEP, hanging: 200 }, spacing: { after: 20 } }),
  ];
}
