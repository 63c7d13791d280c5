import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { buildSessionReport, readableElapsed, type SessionReportInput } from './sessionReport';
import { renderSessionReportHtml } from './renderSessionReportHtml';
import { renderSessionReportMarkdown } from './renderSessionReportMarkdown';
import { quoteInContext } from './quoteInContext';
import { evidenceChanges } from './claimHistory';
import {
  EVIDENCE,
  factCheckFixture,
  HOSTILE_CLAIMANT,
  HOSTILE_CONCLUSION,
  LEGACY_VERDICT,
  type FactCheckFixture,
} from './factCheckFixtures';
import { DEFAULT_VERDICT_SCALE, renameVerdict } from './verdictScales';
import type { SessionReport } from './sessionReportModel';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/000_16baf4ff779ed96d.txt');

let fixture: FactCheckFixture;
let input: SessionReportInput;
let report: SessionReport;

beforeAll(() => {
  fixture = factCheckFixture(fs.readFileSync(FIXTURE, 'utf8').split('\n').slice(1).join('\n'));
  input = { ...fixture, scale: DEFAULT_VERDICT_SCALE, generatedAt: '2026-03-04T08:00:00.000Z' };
  report = buildSessionReport(input);
});

const claim = (n: number) => report.claims[n - 1]!;

describe('buildSessionReport', () => {
  it('heads the report with the article and the session', () => {
    expect(report.header).toEqual({
      title: 'An emotional Khamenei shows Iran general’s death is personal',
      byline: 'Jon Gambrell, AP',
      sourceUrl: 'https://apnews.com/article/example',
      publishedAt: '2020-01-06T10:30:00Z',
      language: 'en',
      checker: 'Dana Whitfield',
      startedAt: '2026-03-02T09:00:00.000Z',
      closedAt: null,
      elapsed: '1 h 05 min',
      state: 'Paused',
      notes: 'Waiting on Tasnim and the Tehran police.\n\nPentagon statement archived.',
      scaleName: 'Pressmark default',
      claimCount: 6,
      generatedAt: '2026-03-04T08:00:00.000Z',
    });
  });

  it('writes active time in hours and minutes', () => {
    expect(readableElapsed(0)).toBe('0 min');
    expect(readableElapsed(59_999)).toBe('0 min');
    expect(readableElapsed(12 * 60_000 + 30_000)).toBe('12 min');
    expect(readableElapsed(65 * 60_000)).toBe('1 h 05 min');
    expect(readableElapsed(10 * 3_600_000 + 59 * 60_000)).toBe('10 h 59 min');
  });

  it('counts claims by verdict: every verdict of the scale in order, texts not on it, then no verdict', () => {
    expect(report.summary.map((row) => [row.kind, row.label, row.verdict?.color ?? null, row.count])).toEqual([
      ['scale', 'True', '#1a7f37', 2],
      ['scale', 'Mostly true', '#4d9e3a', 0],
      ['scale', 'Mixed', '#b08800', 0],
      ['scale', 'Mostly false', '#d4691e', 1],
      ['scale', 'False', '#c0392b', 0],
      ['scale', 'Misleading', '#8e44ad', 0],
      ['scale', 'Unverifiable', '#6b7280', 1],
      ['other', LEGACY_VERDICT, null, 1],
      ['none', 'No verdict yet', null, 1],
    ]);
    expect(report.summary.reduce((sum, row) => sum + row.count, 0)).toBe(fixture.claims.length);
  });

  it('shows each claim in its sentence, with its fields', () => {
    expect(report.claims.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(claim(2)).toMatchObject({
      context: { before: 'Police said ', quote: 'attendees numbered into the millions', after: '.', located: true },
      status: 'Verdict given',
      verdict: { id: 'unverifiable', label: 'Unverifiable', color: '#6b7280' },
      conclusion: 'No independent count exists; the police did not say how they counted.',
      claimant: 'Police',
      checker: 'Dana Whitfield',
      evidence: [EVIDENCE.crowd],
      reply: {
        contactedAt: '2026-03-02',
        response: 'The Tehran police press office said the figure came from “field commanders”.',
        respondedAt: '2026-03-03',
      },
    });
    // "U.S." does not end the sentence.
    expect(claim(1).context.before).toBe(
      '“Oh Allah, they are in need of your mercy, and you are exalted above punishing your servants,” Khamenei said during a mass prayer as he stood over a flag-draped casket with the remains of Soleimani, ',
    );
    expect(claim(1).context.after).toBe('.');
    expect(claim(3).context).toMatchObject({ before: 'Iran’s Tasnim News Agency reported that ', after: '.' });
    expect(claim(3).claimant).toBe('Tasnim News Agency');
    expect(claim(4)).toMatchObject({ verdict: null, status: 'To check', claimant: 'An unnamed Iranian official' });
    expect(claim(5).verdict).toEqual({ id: null, label: LEGACY_VERDICT, color: null });
  });

  it('shows the quote alone when its offsets no longer hold its words', () => {
    expect(claim(6).context).toEqual({
      before: '',
      quote: 'Khamenei declared three days of mourning across the country',
      after: '',
      located: false,
    });
    expect(claim(6).status).toBe('In progress');
  });

  it('tells each claim’s history in time order, in words', () => {
    const history = claim(3).history;
    expect(history.map((entry) => entry.at)).toEqual([...history.map((entry) => entry.at)].sort());
    expect(history.map((entry) => [entry.fieldLabel, entry.change])).toEqual([
      ['Status', { type: 'value', from: 'To check', to: 'In progress' }],
      ['Evidence', { type: 'list', items: [`added “${EVIDENCE.tasnimArchive.title}” (${EVIDENCE.tasnimArchive.url})`] }],
      ['Verdict', { type: 'value', from: 'No verdict', to: 'False' }],
      [
        'Evidence',
        {
          type: 'list',
          items: [
            `changed “${EVIDENCE.tasnimArchive.title}” (${EVIDENCE.tasnimArchive.url}): note`,
            `added “${EVIDENCE.orderHistory.title}” (${EVIDENCE.orderHistory.url})`,
          ],
        },
      ],
      ['Verdict', { type: 'value', from: 'False', to: 'Mostly false' }],
      ['Conclusion', { type: 'value', from: '(empty)', to: `Earlier commanders received the order in the 1980s. ${HOSTILE_CONCLUSION}` }],
      ['Evidence', { type: 'list', items: [`removed “${EVIDENCE.tasnimArchive.title}” (${EVIDENCE.tasnimArchive.url})`] }],
      ['Right of reply: contacted on', { type: 'value', from: '(empty)', to: '2026-03-02' }],
      ['Status', { type: 'value', from: 'In progress', to: 'Verdict given' }],
    ]);
    expect(history.every((entry) => entry.actor === 'Dana Whitfield')).toBe(true);
    expect(claim(5).history.map((entry) => entry.change)).toEqual([{ type: 'value', from: 'No verdict', to: LEGACY_VERDICT }]);
    expect(claim(1).history).toEqual([]);
  });

  it('shows verdicts by their current names', () => {
    const renamed = buildSessionReport({ ...input, scale: renameVerdict(DEFAULT_VERDICT_SCALE, 'mostly-false', 'Largely false') });
    expect(
      renamed.claims[2]!.history.find((e) => e.field === 'verdict' && e.change.type === 'value' && e.change.from === 'False')?.change,
    ).toEqual({ type: 'value', from: 'False', to: 'Largely false' });
  });
});

describe('evidenceChanges', () => {
  const json = (links: object[]) => JSON.stringify(links);
  it('describes links without a title by their address, reorders, and lists that are not evidence', () => {
    const bare = { url: 'https://example.org/a', title: '', note: '' };
    expect(evidenceChanges('', json([bare]))).toEqual(['added https://example.org/a']);
    expect(evidenceChanges(json([bare, EVIDENCE.crowd]), json([EVIDENCE.crowd, bare]))).toEqual(['reordered the evidence']);
    expect(evidenceChanges(json([EVIDENCE.crowd]), json([{ ...EVIDENCE.crowd, excerpt: 'x', accessedAt: '2026-03-03' }]))).toEqual([
      `changed “${EVIDENCE.crowd.title}” (${EVIDENCE.crowd.url}): accessed date, excerpt`,
    ]);
    expect(evidenceChanges('not json', '[]')).toBeNull();
    expect(evidenceChanges('{"url":"x"}', '[]')).toBeNull();
  });
});

describe('quoteInContext', () => {
  const text = 'First paragraph ends here.\n\nSen. Jane Roe said Gen. Qassem Soleimani was killed. Then more happened! And the rest.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, exact: words });

  it('takes the sentence around the claim, not counting abbreviations as ends', () => {
    expect(quoteInContext(text, at('Qassem Soleimani was killed'))).toEqual({
      before: 'Sen. Jane Roe said Gen. ',
      quote: 'Qassem Soleimani was killed',
      after: '.',
      located: true,
    });
    expect(quoteInContext(text, at('more happened!'))).toMatchObject({ before: 'Then ', after: '' });
  });

  it('does not cross a paragraph, except with a claim that does', () => {
    expect(quoteInContext(text, at('paragraph ends'))).toMatchObject({ before: 'First ', after: ' here.' });
    expect(quoteInContext(text, at('ends here.\n\nSen. Jane'))).toMatchObject({
      before: 'First paragraph ',
      after: ' Roe said Gen. Qassem Soleimani was killed.',
    });
  });

  it('cuts a very long sentence at a word', () => {
    const long = `${'word '.repeat(200)}CLAIM ${'more '.repeat(200)}end.`;
    const context = quoteInContext(long, { start: long.indexOf('CLAIM'), end: long.indexOf('CLAIM') + 5, exact: 'CLAIM' });
    expect(context.before.startsWith('…word')).toBe(true);
    expect(context.after.endsWith('more…')).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(301);
  });
});

describe('renderSessionReportHtml', () => {
  it('is one self-contained file: no scripts, no external resources, a CSP that forbids them', () => {
    const html = renderSessionReportHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link |<iframe|<img|src="http/i);
    expect(html).toContain('<html lang="en">');
  });

  it('escapes every user string', () => {
    const html = renderSessionReportHtml(report);
    expect(html).not.toContain(HOSTILE_CONCLUSION);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(HOSTILE_CLAIMANT);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('shows each verdict’s colour as a swatch beside its name, never alone', () => {
    const html = renderSessionReportHtml(report);
    expect(html).toContain(
      '<tr><td><span class="verdict"><span class="swatch" style="background-color: #d4691e" aria-hidden="true"></span>Mostly false</span></td><td class="count">1</td></tr>',
    );
    expect(html).toContain('<span class="swatch swatch-none" aria-hidden="true"></span>No verdict yet');
    for (const match of html.matchAll(/<span class="swatch[^"]*"[^>]*><\/span>([^<]*)/g)) expect(match[1]!.trim()).not.toBe('');
  });

  it('has the session, the summary, and each claim with its context, evidence and history', () => {
    const html = renderSessionReportHtml(report);
    expect(html).toContain('<dt>Time spent</dt><dd>1 h 05 min</dd>');
    expect(html).toContain('<dt>State</dt><dd>Paused</dd>');
    expect(html).toContain('2026-03-02 09:00 UTC');
    expect(html).toContain('<article class="claim" id="claim-3">');
    expect(html).toContain('Police said <mark>attendees numbered into the millions</mark>.');
    expect(html).toContain(`<a href="${EVIDENCE.crowd.url}">${EVIDENCE.crowd.title}</a>`);
    expect(html).toContain('<dt>Publisher</dt><dd>Example Institute</dd>');
    expect(html).toContain('<dt>Right of reply: responded on</dt><dd>2026-03-03</dd>');
    expect(html).toContain('<strong>Verdict</strong>: <span class="value">False</span> → <span class="value">Mostly false</span>');
    expect(html).toContain('Its words are no longer at their place in the article');
  });
});

describe('renderSessionReportMarkdown', () => {
  it('renders to HTML with the summary table, the session and every claim, and no markup from user strings', () => {
    const markdown = renderSessionReportMarkdown(report);
    expect(markdown.startsWith('# An emotional Khamenei shows Iran general’s death is personal\n')).toBe(true);
    expect(markdown).toContain('| Verdict | Colour | Claims |');
    expect(markdown).toContain('| Mostly false | #d4691e | 1 |');
    expect(markdown).toContain('| No verdict yet | — | 1 |');
    expect(markdown).toContain('> Police said **attendees numbered into the millions**.');
    expect(markdown).toContain('**Verdict:** False → Mostly false');
    expect(markdown).toContain('- **Time spent:** 1 h 05 min');

    const md = new MarkdownIt({ html: true });
    const tokens = md.parse(markdown, {});
    const htmlTokens = tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type === 'html_inline' || t.type === 'html_block');
    expect(htmlTokens).toEqual([]);
    const rendered = md.render(markdown);
    expect(rendered).not.toMatch(/<img|<script/);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(rendered).toContain('<table>');
    expect(rendered).toContain('<td>Mostly false</td>');
    expect(rendered.match(/<h3>Claim \d/g)).toHaveLength(6);
    expect(rendered).toContain(
      '<h3>Session notes</h3>\n<p>Waiting on Tasnim and the Tehran police.</p>\n<p>Pentagon statement archived.</p>',
    );
    expect(rendered).toContain(`<a href="${EVIDENCE.crowd.url}">${EVIDENCE.crowd.title}</a>`);
  });

  it('keeps a typed block marker or emphasis as text', () => {
    const hostile = {
      ...input,
      session: { ...input.session, notes: '# not a heading\n- not a list\n\n1. not a list\n    not code\n---' },
      claims: input.claims.map((c, i) => (i === 0 ? { ...c, conclusion: '*not em* [not](a link) ![x](y) `code`\n> not a quote' } : c)),
    };
    const rendered = new MarkdownIt({ html: true }).render(renderSessionReportMarkdown(buildSessionReport(hostile)));
    expect(rendered).not.toMatch(
      /<h1>not|<h2>not|<ul>\s*<li>not|<ol>\s*<li>not|<pre>|<code>|<em>not em|<a href="a|<img|<hr>|<blockquote>\s*<p>not a quote/,
    );
    expect(rendered).toContain('# not a heading');
    expect(rendered).toContain('*not em* [not](a link)');
  });
});
