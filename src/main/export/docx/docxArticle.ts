/**
 * The article in Word: one paragraph per report block, its spans as runs shaded and underlined
 * by kind, each annotation wrapped in its comment range (start before its first span, end and
 * comment reference after its last, across paragraphs if need be) and followed by its note
 * number, as the HTML report's superscript references.
 */
import {
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockStyle, ReportBlock, ReportSpan } from '../../../shared/report/reportModel';
import type { ArticleAnchors, SpanAnchors } from './docxAnchors';
import type { HighlightRule } from './docxHighlight';
import { COLOURS, highlightRun, INDENT_STEP } from './docxStyles';
import { noteNumberLinks } from './docxText';
import { textDirection } from '../../../shared/text/direction';

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const NO_ANCHORS: SpanAnchors = { starts: [], ends: [] };

export function articleParagraphs(blocks: readonly ReportBlock[], anchors: ArticleAnchors, highlight: HighlightRule): Paragraph[] {
  return blocks.map(
    (block, b) =>
      new Paragraph({
        ...blockFormat(block.style),
        // Word has no "auto" direction: a block whose first letter is Persian, Arabic or Hebrew is set right to left.
        ...(textDirection(block.spans.map((span) => span.text).join('')) === 'rtl' ? { bidirectional: true } : {}),
        children: [
          ...listMarker(block.style),
          ...block.spans.flatMap((span, s) => spanChildren(span, anchors.spans[b]?.[s] ?? NO_ANCHORS, highlight)),
        ],
      }),
  );
}

function spanChildren(span: ReportSpan, anchors: SpanAnchors, highlight: HighlightRule): ParagraphChild[] {
  const children: ParagraphChild[] = anchors.starts.map((n) => new CommentRangeStart(n));
  children.push(spanRun(span, highlight));
  for (const n of anchors.ends) children.push(new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] }));
  if (anchors.ends.length > 0) children.push(...noteNumberLinks(anchors.ends, { superscript: true, separator: ',' }));
  return children;
}

function spanRun(span: ReportSpan, highlight: HighlightRule): ParagraphChild {
  if (span.hardBreak) return new TextRun({ break: 1 });
  const kind = highlight(span);
  const run = new TextRun({
    text: span.text,
    ...(span.em ? { italics: true } : {}),
    ...(span.strong ? { bold: true } : {}),
    ...(span.href ? { style: 'Hyperlink' } : {}),
    ...(kind ? highlightRun(kind) : {}),
  });
  // The report model only keeps safe link targets (http, https, mailto).
  return span.href ? new ExternalHyperlink({ link: span.href, children: [run] }) : run;
}

function blockFormat(style: BlockStyle): IParagraphOptions {
  switch (style.type) {
    case 'heading':
      return { heading: HEADINGS[Math.min(HEADINGS.length, Math.max(1, style.level)) - 1] ?? HeadingLevel.HEADING_2 };
    case 'paragraph':
      return style.indent > 0 ? { indent: { left: style.indent * INDENT_STEP } } : {};
    case 'blockquote':
      return {
        indent: { left: Math.max(1, style.indent) * INDENT_STEP },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOURS.rule, space: 10 } },
      };
    case 'list-item':
      return { indent: { left: (style.indent + 1) * INDENT_STEP, hanging: INDENT_STEP } };
  }
}

/** List items keep the model's own marker ("•" or "3."), as the HTML report does, then a tab to the hanging indent. */
function listMarker(style: BlockStyle): ParagraphChild[] {
  if (style.type !== 'list-item') return [];
  return [new TextRun({ children: [style.ordered ? `${style.number}.` : '•', new Tab()] })];
}
