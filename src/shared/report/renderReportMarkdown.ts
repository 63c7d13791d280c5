/**
 * The annotated report as Markdown (CommonMark with GFM footnotes and tables): annotated words
 * in bold with a footnote reference where each annotation ends, notes as footnotes, summary
 * tables. Every user string is escaped, so nothing typed into a note becomes markup.
 */
import { ANNOTATION_KINDS, KIND_LABELS } from '../domain/annotation';
import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownLineStarts } from '../export/escape';
import { safeLinkHref } from '../text/safeUrl';
import type { Report, ReportBlock, ReportNote, ReportSpan } from './reportModel';
import { readableTime } from './readableTime';

export function renderReportMarkdown(report: Report): string {
  const { header, counts } = report;
  const meta = [
    header.byline && `By ${escapeMarkdown(header.byline)}`,
    header.publishedAt && `Published ${escapeMarkdown(header.publishedAt)}`,
    header.sourceUrl &&
      (safeLinkHref(header.sourceUrl)
        ? `Source: <${header.sourceUrl.replace(/[<>\s]/g, encodeURIComponent)}>`
        : `Source: ${escapeMarkdown(header.sourceUrl)}`),
  ].filter(Boolean);
  const tally = ANNOTATION_KINDS.map((kind) => `${counts[kind]} ${KIND_LABELS[kind].toLowerCase()}${counts[kind] === 1 ? '' : 's'}`).join(
    ', ',
  );
  const lines = [
    `# ${escapeMarkdown(header.title.replace(/\s*\n\s*/g, ' '))}`,
    '',
    ...(meta.length ? [meta.join(' · '), ''] : []),
    `*Pressmark annotated report, generated ${escapeMarkdown(readableTime(header.generatedAt))} · ${tally}. Tagged words are in bold; each note number follows the words it is about.*`,
    '',
    ...report.blocks.flatMap((block) => [renderBlock(block), '']),
    '## Notes',
    '',
    ...(report.notes.length ? report.notes.flatMap((note) => [renderNote(note), '']) : ['No annotations.', '']),
    '## Summary',
    '',
    ...renderSummary(report),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderBlock(block: ReportBlock): string {
  const text = escapeMarkdownLineStarts(renderInline(block.spans));
  const { style } = block;
  switch (style.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, style.level + 1)))} ${text}`;
    case 'blockquote':
      return `${'> '.repeat(Math.max(1, style.indent))}${text}`;
    case 'list-item':
      return `${'  '.repeat(style.indent)}${style.ordered ? `${style.number}.` : '-'} ${text}`;
    case 'paragraph':
      return `${'  '.repeat(style.indent)}${text}`;
  }
}

/** Bold runs over annotated words (merged so bold never nests), footnote references at annotation ends. */
function renderInline(spans: readonly ReportSpan[]): string {
  let out = '';
  let bold = false;
  for (const span of spans) {
    const annotated = span.kinds.length > 0 && !span.hardBreak;
    if (annotated && !bold) {
      out += '**';
      bold = true;
    }
    if (!annotated && bold) {
      out += '**';
      bold = false;
    }
    if (span.hardBreak) {
      out += '\\\n';
    } else {
      let text = escapeMarkdown(span.text);
      if (span.em) text = `*${text}*`;
      if (span.href) text = `[${text}](<${span.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      out += text;
    }
    if (span.endNotes.length > 0) {
      if (bold) {
        out += '**';
        bold = false;
      }
      out += span.endNotes.map((n) => `[^${n}]`).join('');
    }
  }
  return bold ? `${out}**` : out;
}

function renderNote(note: ReportNote): string {
  const lines = [
    `[^${note.number}]: **${escapeMarkdown(note.heading)}** — “${escapeMarkdown(note.annotation.exact.replace(/\s*\n\s*/g, ' '))}”`,
    ...(note.located ? [] : ['    *Its words are no longer in the article.*']),
    ...note.fields.map((field) => `    ${escapeMarkdown(field.label)}: ${escapeMarkdown(field.value.replace(/\s*\n\s*/g, ' '))}`),
    ...note.evidence.map((link) => {
      const href = safeLinkHref(link.url);
      const title = escapeMarkdown(link.title || link.url);
      return `    Evidence: ${href ? `[${title}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : title}${link.note ? ` — ${escapeMarkdown(link.note)}` : ''}`;
    }),
  ];
  // Footnote continuation lines are indented four spaces; a blank-free block keeps them in the note.
  return lines.join('\n');
}

function renderSummary(report: Report): string[] {
  const refs = (numbers: readonly number[]) => numbers.map((n) => `[^${n}]`).join(' ');
  const table = (title: string, head: string[], rows: string[][]) =>
    rows.length === 0
      ? [`### ${title}`, '', 'None.', '']
      : [
          `### ${title}`,
          '',
          `| ${head.join(' | ')} |`,
          `| ${head.map(() => '---').join(' | ')} |`,
          ...rows.map((row) => `| ${row.join(' | ')} |`),
          '',
        ];
  return [
    ...table(
      'Quotes by speaker',
      ['Speaker', 'Quotes', 'Notes'],
      report.quotesBySpeaker.map((row) => [escapeMarkdownCell(row.speaker), String(row.notes.length), refs(row.notes)]),
    ),
    ...table(
      'Sources',
      ['Source', 'Type', 'Note', 'Attributed quotes and claims'],
      report.sources.map((row) => [
        escapeMarkdownCell(row.name),
        escapeMarkdownCell(row.type),
        refs([row.note]),
        refs(row.attributedNotes) || '—',
      ]),
    ),
    ...table(
      'Claims by verdict',
      ['Verdict', 'Claims', 'Notes'],
      report.claimsByVerdict.map((row) => [escapeMarkdownCell(row.verdict), String(row.notes.length), refs(row.notes)]),
    ),
  ];
}
