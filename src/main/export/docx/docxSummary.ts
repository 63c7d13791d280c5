/**
 * The Summary section of the Word report: three tables, as in the HTML report. Quotes by speaker
 * (Speaker / Quotes / Notes), Sources (Source / Type / Note / Attributed quotes and claims) and
 * Claims by verdict (Verdict / Claims / Notes). Note numbers link to their entries in the Notes.
 */
import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { Report } from '../../../shared/report/reportModel';
import { COLOURS, FONT_UI } from './docxStyles';
import { noteNumberLinks, textRuns } from './docxText';

/** Width of the text on an A4 page with one-inch margins, in twips. */
const TEXT_WIDTH = 9026;

type Cell = string | { notes: readonly number[] };

export function summarySection(report: Report): Array<Paragraph | Table> {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Summary')] }),
    ...summaryTable(
      'Quotes by speaker',
      [
        ['Speaker', 0.5],
        ['Quotes', 0.15],
        ['Notes', 0.35],
      ],
      report.quotesBySpeaker.map((row) => [row.speaker, String(row.notes.length), { notes: row.notes }]),
    ),
    ...summaryTable(
      'Sources',
      [
        ['Source', 0.35],
        ['Type', 0.2],
        ['Note', 0.1],
        ['Attributed quotes and claims', 0.35],
      ],
      report.sources.map((row) => [
        row.name,
        row.type,
        { notes: [row.note] },
        row.attributedNotes.length ? { notes: row.attributedNotes } : '—',
      ]),
    ),
    ...summaryTable(
      'Claims by verdict',
      [
        ['Verdict', 0.5],
        ['Claims', 0.15],
        ['Notes', 0.35],
      ],
      report.claimsByVerdict.map((row) => [row.verdict, String(row.notes.length), { notes: row.notes }]),
    ),
  ];
}

function summaryTable(
  caption: string,
  columns: ReadonlyArray<readonly [string, number]>,
  rows: readonly Cell[][],
): Array<Paragraph | Table> {
  const title = new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(caption)] });
  if (rows.length === 0) return [title, new Paragraph('None.')];
  const widths = columns.map(([, share]) => Math.round(share * TEXT_WIDTH));
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const cell = (children: ParagraphChild[], index: number, head = false) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(head ? { shading: { fill: COLOURS.tableHead, color: 'auto' } } : {}),
      children: [new Paragraph({ spacing: { after: 0 }, children })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(([label], index) => cell([new TextRun({ text: label, bold: true, font: FONT_UI })], index, true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, index) => cell(typeof value === 'string' ? textRuns(value) : noteNumberLinks(value.notes), index)),
      }),
  );
  return [
    title,
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: line, bottom: line, insideHorizontal: line, left: none, right: none, insideVertical: none },
      rows: [header, ...body],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
