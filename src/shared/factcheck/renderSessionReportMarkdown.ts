/**
 * The session report as Markdown (CommonMark with GFM tables): the session, the summary by verdict
 * as a table, then each claim with its words in context (the claim in bold), its fields, evidence
 * and history. Every user string is escaped, so nothing typed into a conclusion becomes markup.
 * Markdown has no colour: the scale's colour is written as its #rrggbb code beside the verdict's name.
 */
import type { EvidenceLink } from '../domain/annotation';
import { escapeMarkdown, escapeMarkdownCell, escapeMarkdownLineStarts } from '../export/escape';
import { readableTime } from '../report/readableTime';
import { safeLinkHref } from '../text/safeUrl';
import { NO_VERDICT_YET } from './sessionReport';
import type { QuoteInContext, SessionReport, SessionReportClaim, SessionReportHistoryEntry, ShownVerdict } from './sessionReportModel';

export function renderSessionReportMarkdown(report: SessionReport): string {
  const { header } = report;
  const meta = [
    header.byline && `By ${inline(header.byline)}`,
    header.publishedAt && `Published ${inline(header.publishedAt)}`,
    header.sourceUrl && `Source: ${autolink(header.sourceUrl)}`,
  ].filter(Boolean);
  const lines = [
    `# ${inline(header.title)}`,
    '',
    ...(meta.length ? [meta.join(' · '), ''] : []),
    `*Pressmark fact-check session report, generated ${inline(readableTime(header.generatedAt))}.*`,
    '',
    '## Session',
    '',
    item('Checker', header.checker || 'Not named'),
    item('Session started', readableTime(header.startedAt)),
    ...(header.closedAt ? [item('Session closed', readableTime(header.closedAt))] : []),
    item('Time spent', header.elapsed),
    item('State', header.state),
    item('Verdict scale', header.scaleName),
    item('Claims', String(header.claimCount)),
    '',
    ...(header.notes.trim() ? ['### Session notes', '', paragraphs(header.notes).join('\n\n'), ''] : []),
    '## Summary by verdict',
    '',
    '| Verdict | Colour | Claims |',
    '| --- | --- | ---: |',
    ...report.summary.map(
      (row) =>
        `| ${escapeMarkdownCell(row.label)}${row.kind === 'other' ? ' (not on the verdict scale)' : ''} | ${row.verdict?.color ?? '—'} | ${row.count} |`,
    ),
    '',
    '## Claims',
    '',
    ...(report.claims.length ? report.claims.flatMap((claim) => [renderClaim(claim), '']) : ['No claims are tagged in this article.', '']),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderClaim(claim: SessionReportClaim): string {
  const lines = [
    `### Claim ${claim.number} · ${verdictText(claim.verdict)}`,
    '',
    ...renderContext(claim.context),
    ...(claim.context.located ? [] : ['', '*Its words are no longer at their place in the article: the claim is shown alone.*']),
    '',
    item('Status', claim.status),
    item('Verdict', verdictText(claim.verdict), true),
    ...(claim.conclusion ? [item('Conclusion', claim.conclusion)] : []),
    ...(claim.claimant ? [item('Claimant', claim.claimant)] : []),
    ...(claim.checker ? [item('Checker', claim.checker)] : []),
    ...(claim.note ? [item('Note', claim.note)] : []),
    ...(claim.reply.contactedAt ? [item('Right of reply: contacted on', claim.reply.contactedAt)] : []),
    ...(claim.reply.response ? [item('Right of reply: response', claim.reply.response)] : []),
    ...(claim.reply.respondedAt ? [item('Right of reply: responded on', claim.reply.respondedAt)] : []),
    '',
    '#### Evidence',
    '',
    ...(claim.evidence.length ? claim.evidence.map(renderEvidence) : ['None yet.']),
    ...(claim.history.length ? ['', '#### History', '', ...claim.history.map(renderHistoryEntry)] : []),
  ];
  return lines.join('\n');
}

/** The verdict's name, its colour code when it has one; already escaped. */
function verdictText(verdict: ShownVerdict | null): string {
  if (!verdict) return NO_VERDICT_YET;
  const label = inline(verdict.label);
  if (verdict.id === null) return `${label} (not on the verdict scale)`;
  return verdict.color ? `${label} (${verdict.color})` : label;
}

/** The claim's sentence as a blockquote, the claim's words in bold (per line, as bold cannot cross one). */
function renderContext(context: QuoteInContext): string[] {
  const lines: string[] = [''];
  const add = (text: string, bold: boolean) =>
    text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push('');
      if (part === '') return;
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part) ?? [];
      lines[lines.length - 1] += bold && core ? `${lead}**${escapeMarkdown(core)}**${trail}` : escapeMarkdown(part);
    });
  add(context.before, false);
  add(context.quote, true);
  add(context.after, false);
  return lines.map((line) => {
    const text = escapeMarkdownLineStarts(line.replace(/^\s+/, '')).trimEnd();
    return text ? `> ${text}` : '>';
  });
}

function renderEvidence(link: EvidenceLink, index: number): string {
  const marker = `${index + 1}. `;
  const indent = ' '.repeat(marker.length);
  const href = safeLinkHref(link.url);
  const title = link.title.trim() || link.url;
  const heading = href ? `[${inline(title)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : inline(title);
  const details = [
    ['Publisher', link.publisher],
    ['Accessed', link.accessedAt],
    ['Excerpt', link.excerpt],
    ['Note', link.note],
  ].flatMap(([label, value]) => (value?.trim() ? [`${indent}- ${label}: ${inline(value)}`] : []));
  return [`${marker}${heading}${link.title.trim() ? ` · ${inline(link.url)}` : ''}`, ...details].join('\n');
}

function renderHistoryEntry(entry: SessionReportHistoryEntry): string {
  const change =
    entry.change.type === 'value' ? `${inline(entry.change.from)} → ${inline(entry.change.to)}` : entry.change.items.map(inline).join('; ');
  return `- ${inline(readableTime(entry.at))}${entry.actor ? ` · ${inline(entry.actor)}` : ''} — **${inline(entry.fieldLabel)}:** ${change}`;
}

/** A labelled list item; the value keeps its paragraphs and line breaks, unless `escaped` says it is Markdown already. */
function item(label: string, value: string, escaped = false): string {
  return `- **${escapeMarkdown(label)}:** ${escaped ? value : paragraphs(value).join('\n\n  ')}`;
}

/**
 * A user text as Markdown paragraphs, each line escaped (inline markup and block markers) and
 * kept with a hard break; lines after the first are indented by two spaces, to stay in a list item.
 */
function paragraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdownLineStarts(escapeMarkdown(line.trim())))
        .filter((line) => line !== '')
        .join('\\\n  '),
    )
    .filter((paragraph) => paragraph !== '');
}

/** A user string on one line, escaped. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' ').trim());
}

function autolink(url: string): string {
  return safeLinkHref(url) ? `<${url.trim().replace(/[<>\s]/g, encodeURIComponent)}>` : inline(url);
}
