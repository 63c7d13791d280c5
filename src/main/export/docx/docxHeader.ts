/**
 * The top of the Word report: kicker, title, meta line (byline · published · source link), the
 * "Generated … · counts" line, and the legend showing each kind's highlight.
 */
import { BorderStyle, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { ANNOTATION_KINDS, KIND_LABELS } from '../../../shared/domain/annotation';
import type { Report } from '../../../shared/report/reportModel';
import { COLOURS, FONT_UI, highlightRun, MUTED_RUN, SIZES } from './docxStyles';
import { textRuns, webLink } from './docxText';
import { readableTime } from '../../../shared/report/readableTime';

export const KICKER = 'Pressmark annotated report';

export function headerParagraphs({ header, counts }: Report): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      spacing: { after: 0 },
      children: [new TextRun({ text: KICKER, smallCaps: true, bold: true, font: FONT_UI, size: SIZES.kicker, color: COLOURS.accent })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(header.title) }),
  ];

  const parts: ParagraphChild[][] = [];
  if (header.byline) parts.push([new TextRun({ ...MUTED_RUN, text: `By ${header.byline}` })]);
  if (header.publishedAt) parts.push([new TextRun({ ...MUTED_RUN, text: `Published ${header.publishedAt}` })]);
  if (header.sourceUrl)
    parts.push([new TextRun({ ...MUTED_RUN, text: 'Source: ' }), webLink(header.sourceUrl, header.sourceUrl, MUTED_RUN)]);
  if (parts.length > 0) paragraphs.push(new Paragraph({ spacing: { after: 40 }, children: joined(parts, ' · ') }));

  const tally = ANNOTATION_KINDS.map((kind) => `${counts[kind]} ${KIND_LABELS[kind].toLowerCase()}${counts[kind] === 1 ? '' : 's'}`);
  paragraphs.push(
    new Paragraph({
      children: [new TextRun({ ...MUTED_RUN, text: `Generated ${readableTime(header.generatedAt)} · ${tally.join(', ')}` })],
    }),
  );
  return paragraphs;
}

export function legendParagraph({ counts }: Report): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 4 };
  const items = ANNOTATION_KINDS.map((kind) => [
    new TextRun({ text: KIND_LABELS[kind], font: FONT_UI, size: SIZES.small, ...highlightRun(kind) }),
    new TextRun({ ...MUTED_RUN, text: ` ${counts[kind]}` }),
  ]);
  return new Paragraph({
    border: { top: border, bottom: border, left: border, right: border },
    spacing: { before: 240, after: 360 },
    children: [
      new TextRun({ ...MUTED_RUN, text: 'Legend: ', bold: true }),
      ...joined(items, '   '),
      new TextRun({
        ...MUTED_RUN,
        break: 1,
        text: 'Numbers in the text refer to the notes below; each annotation is also a comment in the margin. Where annotations overlap, the shorter one’s highlight shows.',
      }),
    ],
  });
}

function joined(parts: readonly ParagraphChild[][], separator: string): ParagraphChild[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [new TextRun({ ...MUTED_RUN, text: separator }), ...part]));
}
