/**
 * The annotated report as one self-contained, printable HTML file: no scripts, no external
 * resources, a Content-Security-Policy that forbids both, every user string escaped. Every block of
 * the article and every user-written value takes its direction from its own text (dir="auto"), so
 * a Persian or Arabic paragraph reads right to left next to an English one.
 */
import { KIND_LABELS, ANNOTATION_KINDS } from '../domain/annotation';
import { escapeHtml } from '../export/escape';
import { safeLinkHref } from '../text/safeUrl';
import type { Report, ReportBlock, ReportNote, ReportSpan } from './reportModel';
import { REPORT_CSS } from './reportStyles';
import { readableTime } from './readableTime';
import { htmlDocumentHead } from '../export/htmlDocumentHead';

export function renderReportHtml(report: Report): string {
  const { header } = report;
  return `${htmlDocumentHead({ language: header.language, title: `Annotated report: ${header.title}`, css: REPORT_CSS })}
<body>
<header class="report-header">
<p class="kicker">Pressmark annotated report</p>
<h1 dir="auto">${escapeHtml(header.title)}</h1>
${renderMeta(report)}
</header>
${renderLegend(report)}
<article class="article" dir="auto">
${report.blocks.map(renderBlock).join('\n')}
</article>
<section class="notes" aria-labelledby="notes-heading">
<h2 id="notes-heading">Notes</h2>
${report.notes.length ? `<ol class="note-list">\n${report.notes.map(renderNote).join('\n')}\n</ol>` : '<p>No annotations.</p>'}
</section>
${renderSummary(report)}
</body>
</html>
`;
}

function renderMeta({ header, counts }: Report): string {
  const parts: string[] = [];
  if (header.byline) parts.push(`By <bdi>${escapeHtml(header.byline)}</bdi>`);
  if (header.publishedAt)
    parts.push(`Published <time datetime="${escapeHtml(header.publishedAt)}">${escapeHtml(header.publishedAt)}</time>`);
  const href = safeLinkHref(header.sourceUrl);
  if (href) parts.push(`Source: <a href="${escapeHtml(href)}">${escapeHtml(header.sourceUrl)}</a>`);
  else if (header.sourceUrl) parts.push(`Source: ${escapeHtml(header.sourceUrl)}`);
  const tally = ANNOTATION_KINDS.map((kind) => `${counts[kind]} ${KIND_LABELS[kind].toLowerCase()}${counts[kind] === 1 ? '' : 's'}`).join(
    ', ',
  );
  return `<p class="meta">${parts.join(' · ')}</p>
<p class="generated">Generated ${escapeHtml(readableTime(header.generatedAt))} · ${tally}</p>`;
}

function renderLegend({ counts }: Report): string {
  const items = ANNOTATION_KINDS.map((kind) => `<li><mark class="hl hl-${kind}">${KIND_LABELS[kind]}</mark> ${counts[kind]}</li>`).join('');
  return `<section class="legend" aria-label="Legend"><h2 class="legend-title">Legend</h2><ul>${items}</ul><p>Numbers in the text refer to the notes below.</p></section>`;
}

function renderBlock(block: ReportBlock): string {
  const inline = block.spans.map(renderSpan).join('');
  const { style } = block;
  switch (style.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, style.level + 1));
      return `<h${level} dir="auto">${inline}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote class="indent-${Math.min(style.indent, 6)}" dir="auto"><p>${inline}</p></blockquote>`;
    case 'list-item': {
      const marker = style.ordered ? `${style.number}.` : '•';
      return `<p class="list-item indent-${Math.min(style.indent, 6)}" dir="auto"><span class="marker">${marker}</span> ${inline}</p>`;
    }
    case 'paragraph':
      return `<p class="indent-${Math.min(style.indent, 6)}" dir="auto">${inline}</p>`;
  }
}

function renderSpan(span: ReportSpan): string {
  if (span.hardBreak) return `<br>${renderRefs(span.endNotes)}`;
  let html = escapeHtml(span.text);
  if (span.em) html = `<em>${html}</em>`;
  if (span.strong) html = `<strong>${html}</strong>`;
  if (span.href) html = `<a href="${escapeHtml(span.href)}">${html}</a>`;
  if (span.kinds.length > 0) {
    const classes = ['hl', ...span.kinds.map((kind) => `hl-${kind}`)].join(' ');
    html = `<mark class="${classes}" title="${span.notes.map((n) => `Note ${n}`).join(', ')}">${html}</mark>`;
  }
  return html + renderRefs(span.endNotes);
}

function renderRefs(numbers: readonly number[]): string {
  return numbers.map((n) => `<sup class="ref"><a href="#note-${n}" id="ref-${n}">${n}</a></sup>`).join('');
}

function renderNote(note: ReportNote): string {
  const kind = note.annotation.kind;
  const fields = note.fields.map((field) => `<dt>${escapeHtml(field.label)}</dt><dd dir="auto">${escapeHtml(field.value)}</dd>`).join('');
  const evidence = note.evidence.length
    ? `<dt>Evidence</dt><dd><ul class="evidence">${note.evidence
        .map((link) => {
          const href = safeLinkHref(link.url);
          const label = escapeHtml(link.title || link.url);
          const anchor = href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
          return `<li dir="auto">${anchor}${link.title ? ` <span class="url">${escapeHtml(link.url)}</span>` : ''}${link.note ? ` — ${escapeHtml(link.note)}` : ''}</li>`;
        })
        .join('')}</ul></dd>`
    : '';
  const missing = note.located ? '' : '<p class="detached">Its words are no longer in the article.</p>';
  return `<li id="note-${note.number}" class="note note-${kind}">
<p class="note-heading"><span class="badge badge-${kind}">${note.kindLabel}</span> ${escapeHtml(note.heading.split(' · ').slice(1).join(' · '))}${note.located ? ` <a class="back" href="#ref-${note.number}" aria-label="Back to the text">↩</a>` : ''}</p>
<blockquote class="exact" dir="auto">${escapeHtml(note.annotation.exact)}</blockquote>${missing}
<dl>${fields}${evidence}</dl>
</li>`;
}

function renderSummary(report: Report): string {
  const refs = (numbers: readonly number[]) => numbers.map((n) => `<a href="#note-${n}">${n}</a>`).join(', ');
  const table = (caption: string, head: string[], rows: string[][]) =>
    rows.length === 0
      ? `<h3>${caption}</h3><p>None.</p>`
      : `<table><caption>${caption}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
          .map((row) => `<tr>${row.map((cell) => `<td dir="auto">${cell}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
  return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${table(
  'Quotes by speaker',
  ['Speaker', 'Quotes', 'Notes'],
  report.quotesBySpeaker.map((row) => [escapeHtml(row.speaker), String(row.notes.length), refs(row.notes)]),
)}
${table(
  'Sources',
  ['Source', 'Type', 'Note', 'Attributed quotes and claims'],
  report.sources.map((row) => [escapeHtml(row.name), escapeHtml(row.type), refs([row.note]), refs(row.attributedNotes) || '—']),
)}
${table(
  'Claims by verdict',
  ['Verdict', 'Claims', 'Notes'],
  report.claimsByVerdict.map((row) => [escapeHtml(row.verdict), String(row.notes.length), refs(row.notes)]),
)}
</section>`;
}
