/**
 * The session report as one self-contained, printable HTML file, in the manner of the annotated
 * report: no scripts, no external resources, a Content-Security-Policy that forbids both, every
 * user string escaped. A verdict's colour is only ever a swatch beside its name, never alone.
 * Each claim is anchored at #claim-n, the fragment its ClaimReview url uses.
 */
import type { EvidenceLink } from '../domain/annotation';
import { escapeHtml } from '../export/escape';
import { readableTime } from '../report/readableTime';
import { safeLinkHref } from '../text/safeUrl';
import type { SessionReport, SessionReportClaim, SessionReportHistoryEntry, ShownVerdict } from './sessionReportModel';
import { NO_VERDICT_YET } from './sessionReport';
import { SESSION_REPORT_CSS } from './sessionReportStyles';
import { htmlDocumentHead } from '../export/htmlDocumentHead';

export function renderSessionReportHtml(report: SessionReport): string {
  const { header } = report;
  return `${htmlDocumentHead({ language: header.language, title: `Fact-check session: ${header.title}`, css: SESSION_REPORT_CSS })}
<body>
<header class="report-header">
<p class="kicker">Pressmark fact-check session report</p>
<h1 dir="auto">${escapeHtml(header.title)}</h1>
${renderArticleMeta(report)}
<p class="generated">Generated ${escapeHtml(readableTime(header.generatedAt))}</p>
</header>
${renderSession(report)}
${renderSummary(report)}
<section class="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims</h2>
${report.claims.length ? report.claims.map(renderClaim).join('\n') : '<p class="none">No claims are tagged in this article.</p>'}
</section>
</body>
</html>
`;
}

/** A verdict's name with its colour as a swatch beside it; a dashed empty swatch for none. */
export function verdictHtml(verdict: ShownVerdict | null): string {
  if (!verdict) return `<span class="verdict"><span class="swatch swatch-none" aria-hidden="true"></span>${NO_VERDICT_YET}</span>`;
  const color = verdict.color && /^#[0-9a-fA-F]{6}$/.test(verdict.color) ? verdict.color : null;
  const swatch = color
    ? `<span class="swatch" style="background-color: ${color}" aria-hidden="true"></span>`
    : '<span class="swatch swatch-none" aria-hidden="true"></span>';
  const offScale = verdict.id === null ? ' <span class="url">(not on the verdict scale)</span>' : '';
  return `<span class="verdict">${swatch}${escapeHtml(verdict.label)}</span>${offScale}`;
}

function renderArticleMeta({ header }: SessionReport): string {
  const parts: string[] = [];
  if (header.byline) parts.push(`By <bdi>${escapeHtml(header.byline)}</bdi>`);
  if (header.publishedAt)
    parts.push(`Published <time datetime="${escapeHtml(header.publishedAt)}">${escapeHtml(header.publishedAt)}</time>`);
  if (header.sourceUrl) parts.push(`Source: ${link(header.sourceUrl, header.sourceUrl)}`);
  return parts.length ? `<p class="meta">${parts.join(' · ')}</p>` : '';
}

function renderSession({ header }: SessionReport): string {
  const rows = [
    userField('Checker', header.checker || 'Not named'),
    `<dt>Session started</dt><dd><time datetime="${escapeHtml(header.startedAt)}">${escapeHtml(readableTime(header.startedAt))}</time></dd>`,
    header.closedAt
      ? `<dt>Session closed</dt><dd><time datetime="${escapeHtml(header.closedAt)}">${escapeHtml(readableTime(header.closedAt))}</time></dd>`
      : '',
    field('Time spent', header.elapsed),
    field('State', header.state),
    field('Verdict scale', header.scaleName),
    field('Claims', String(header.claimCount)),
  ].join('');
  const notes = header.notes.trim() ? `<h3>Session notes</h3>\n<p class="notes" dir="auto">${escapeHtml(header.notes.trim())}</p>` : '';
  return `<section class="session" aria-labelledby="session-heading">
<h2 id="session-heading">Session</h2>
<dl>${rows}</dl>
${notes}
</section>`;
}

function renderSummary({ summary }: SessionReport): string {
  const rows = summary
    .map((row) => `<tr><td>${verdictHtml(row.kind === 'none' ? null : row.verdict)}</td><td class="count">${row.count}</td></tr>`)
    .join('');
  return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary by verdict</h2>
<table><thead><tr><th scope="col">Verdict</th><th scope="col">Claims</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

function renderClaim(claim: SessionReportClaim): string {
  const { context } = claim;
  const quote = `${escapeHtml(context.before)}<mark>${escapeHtml(context.quote)}</mark>${escapeHtml(context.after)}`;
  const detached = context.located
    ? ''
    : '<p class="detached">Its words are no longer at their place in the article: the claim is shown alone.</p>';
  const fields = [
    field('Status', claim.status),
    `<dt>Verdict</dt><dd>${verdictHtml(claim.verdict)}</dd>`,
    claim.conclusion ? userField('Conclusion', claim.conclusion) : '',
    claim.claimant ? userField('Claimant', claim.claimant) : '',
    claim.checker ? userField('Checker', claim.checker) : '',
    claim.note ? userField('Note', claim.note) : '',
    claim.reply.contactedAt ? field('Right of reply: contacted on', claim.reply.contactedAt) : '',
    claim.reply.response ? userField('Right of reply: response', claim.reply.response) : '',
    claim.reply.respondedAt ? field('Right of reply: responded on', claim.reply.respondedAt) : '',
  ].join('');
  const evidence = claim.evidence.length
    ? `<h4>Evidence</h4>\n<ol class="evidence">${claim.evidence.map(renderEvidence).join('')}</ol>`
    : '<h4>Evidence</h4>\n<p class="none">None yet.</p>';
  const history = claim.history.length
    ? `<h4>History</h4>\n<ol class="history">${claim.history.map(renderHistoryEntry).join('')}</ol>`
    : '';
  return `<article class="claim" id="claim-${claim.number}">
<h3>Claim ${claim.number} · ${verdictHtml(claim.verdict)}</h3>
<blockquote class="context" dir="auto">${quote}</blockquote>${detached}
<dl>${fields}</dl>
${evidence}
${history}
</article>`;
}

function renderEvidence(item: EvidenceLink): string {
  const details = [
    item.publisher ? field('Publisher', item.publisher) : '',
    item.accessedAt ? field('Accessed', item.accessedAt) : '',
    item.excerpt ? field('Excerpt', item.excerpt) : '',
    item.note ? field('Note', item.note) : '',
  ].join('');
  const title = item.title.trim()
    ? `${link(item.url, item.title)} <span class="url">${escapeHtml(item.url)}</span>`
    : link(item.url, item.url);
  return `<li>${title}${details ? `<dl>${details}</dl>` : ''}</li>`;
}

function renderHistoryEntry(entry: SessionReportHistoryEntry): string {
  const when = `<span class="when"><time datetime="${escapeHtml(entry.at)}">${escapeHtml(readableTime(entry.at))}</time>${
    entry.actor ? ` · ${escapeHtml(entry.actor)}` : ''
  }</span>`;
  const change =
    entry.change.type === 'value'
      ? `<span class="value">${escapeHtml(entry.change.from)}</span> → <span class="value">${escapeHtml(entry.change.to)}</span>`
      : entry.change.items.map(escapeHtml).join('; ');
  return `<li>${when} — <strong>${escapeHtml(entry.fieldLabel)}</strong>: ${change}</li>`;
}

function field(label: string, value: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
}

/** A field whose value someone wrote (a conclusion, a name): it takes its direction from its text. */
function userField(label: string, value: string): string {
  return `<dt>${escapeHtml(label)}</dt><dd dir="auto">${escapeHtml(value)}</dd>`;
}

/** A link when the address is one we follow (http, https, mailto), else the text alone. */
function link(url: string, text: string): string {
  const href = safeLinkHref(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
