/**
 * A note's labelled fields ("Speaker: Ali Khamenei") and evidence links as paragraphs, written
 * the same way in the Notes section and in the note's Word comment. Only http(s) evidence URLs
 * become hyperlinks; anything else stays plain text.
 */
import { Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { EvidenceLink } from '../../../shared/domain/annotation';
import type { ReportField } from '../../../shared/report/reportModel';
import { MUTED_RUN } from './docxStyles';
import { textRuns, webLink } from './docxText';

type Layout = Omit<IParagraphOptions, 'children' | 'text'>;

export function fieldParagraph(field: ReportField, layout: Layout = {}): Paragraph {
  return new Paragraph({ ...layout, children: [new TextRun({ text: `${field.label}: `, bold: true }), ...textRuns(field.value)] });
}

export function evidenceParagraphs(evidence: readonly EvidenceLink[], layout: Layout = {}, itemLayout: Layout = layout): Paragraph[] {
  if (evidence.length === 0) return [];
  return [
    new Paragraph({ ...layout, keepNext: true, children: [new TextRun({ text: 'Evidence:', bold: true })] }),
    ...evidence.map(
      (link) =>
        new Paragraph({
          ...itemLayout,
          children: [
            new TextRun('• '),
            webLink(link.url, link.title || link.url),
            ...(link.title ? [new TextRun({ ...MUTED_RUN, text: ` ${link.url}` })] : []),
            ...(link.note ? [new TextRun(' — '), ...textRuns(link.note)] : []),
          ],
        }),
    ),
  ];
}
