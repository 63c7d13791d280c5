import { beforeAll, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { buildReport } from './buildReport';
import { renderReportHtml } from './renderReportHtml';
import { renderReportMarkdown } from './renderReportMarkdown';
import { annotationsCsv, CSV_COLUMNS } from '../export/annotationsCsv';
import { annotatedArticle, HOSTILE_NOTE, HOSTILE_SPEAKER, type AnnotatedArticle } from '../../test/articleFixture';
import { docJson } from '../../test/testServices';
import type { Report } from './reportModel';
import { DEFAULT_VERDICT_SCALE, verdictLabel } from '../factcheck/verdictScales';

let article: AnnotatedArticle;
let report: Report;

beforeAll(async () => {
  article = await annotatedArticle();
  report = buildReport({
    document: article.document,
    annotations: article.annotations,
    generatedAt: '2026-11-25T12:00:00.000Z',
    verdictLabel: (verdict) => verdictLabel(DEFAULT_VERDICT_SCALE, verdict),
  });
});

const blockText = (r: Report) => r.blocks.map((block) => block.spans.map((span) => span.text).join(''));

describe('buildReport', () => {
  it('keeps every character of the article, block by block', () => {
    expect(blockText(report).join('\n\n')).toBe(article.document.plainText);
  });

  it('numbers notes in document order and puts each reference where its annotation ends', () => {
    expect(report.notes.map((n) => n.annotation.start)).toEqual([...report.notes.map((n) => n.annotation.start)].sort((a, b) => a - b));
    for (const note of report.notes) {
      const spans = report.blocks.flatMap((b) => b.spans);
      const covered = spans.filter((s) => s.notes.includes(note.number)).map((s) => s.text);
      expect(covered.join(''), note.heading).toBe(note.annotation.exact.replace('\n\n', ''));
      const ends = spans.filter((s) => s.endNotes.includes(note.number));
      expect(ends).toHaveLength(1);
    }
  });

  it('marks overlapping spans with every kind over them', () => {
    const spans = report.blocks.flatMap((b) => b.spans);
    const overlap = spans.find((s) => s.text === 'Of course not any time soon,');
    expect(overlap?.kinds).toEqual(['quote', 'claim']);
  });

  it('writes each note’s fields, and summarises quotes by speaker, sources and claims by verdict', () => {
    const claim = report.notes.find((n) => n.annotation.exact === 'attendees numbered into the millions');
    expect(claim?.heading).toBe('Claim · Unverifiable');
    expect(claim?.fields).toEqual([
      { label: 'Status', value: 'In progress' },
      { label: 'Verdict', value: 'Unverifiable' },
      { label: 'Attributed to', value: 'Police' },
      { label: 'Note', value: 'Crowd estimates vary; ask for the police method.' },
    ]);
    expect(report.quotesBySpeaker.map((row) => row.speaker).sort()).toEqual(['Ali Khamenei', HOSTILE_SPEAKER].sort());
    expect(report.sources).toEqual([{ name: 'Police', type: 'Organisation', note: expect.any(Number), attributedNotes: [claim?.number] }]);
    expect(Object.fromEntries(report.claimsByVerdict.map((row) => [row.verdict, row.notes.length]))).toEqual({
      Unverifiable: 1,
      'Not yet rated': 2,
    });
    expect(report.counts).toEqual({ quote: 2, source: 1, claim: 3 });
  });

  it('lists an annotation whose words are gone last, without a highlight', () => {
    const edited = { ...article.document, content: docJson(article.document.plainText.replace('Police said', 'Officials said')) };
    const r = buildReport({ document: edited, annotations: article.annotations, generatedAt: 'now' });
    const last = r.notes[r.notes.length - 1];
    expect(last).toMatchObject({ located: false, annotation: { exact: 'Police said' } });
    expect(r.blocks.flatMap((b) => b.spans).some((s) => s.notes.includes(last!.number))).toBe(false);
  });
});

describe('renderReportHtml', () => {
  it('is one self-contained file: no scripts, no external resources, a CSP that forbids them', () => {
    const html = renderReportHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link |<iframe|src="http/i);
    expect(html).toContain('<mark class="hl hl-quote"');
    expect(html).toContain('<mark class="hl hl-quote hl-claim"');
    expect(html).toContain('<caption>Claims by verdict</caption>');
    expect(html).toContain('<a href="https://example.org/crowd-estimates">Crowd estimate methods</a>');
  });

  it('escapes every user string', () => {
    const html = renderReportHtml(report);
    expect(html).not.toContain(HOSTILE_NOTE);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
  });
});

describe('renderReportMarkdown', () => {
  it('renders to HTML with footnote references, tables, and no markup from user strings', () => {
    const markdown = renderReportMarkdown(report);
    expect(markdown.startsWith('# An emotional Khamenei')).toBe(true);
    expect(markdown).toContain('**Police said**[^');
    expect(markdown).toContain('| Speaker | Quotes | Notes |');
    const tokens = new MarkdownIt('commonmark', { html: true }).parse(markdown, {});
    const htmlTokens = tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type === 'html_inline' || t.type === 'html_block');
    expect(htmlTokens).toEqual([]);
    const rendered = new MarkdownIt('commonmark', { html: true }).render(markdown);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered).not.toMatch(/<img/);
  });

  it('escapes markers that would start a block or inline markup', () => {
    const doc = docJson('# not a heading\n\n- not a list\n\n1. not a list\n\n*not em* and [not](a link)');
    const r = buildReport({ document: { ...article.document, content: doc }, annotations: [], generatedAt: 'now' });
    const html = new MarkdownIt('commonmark').render(renderReportMarkdown(r));
    expect(html).not.toMatch(/<h2>not a heading|<ul>|<ol>|<em>not em|<a href="a/);
    expect(html).toContain('# not a heading');
  });
});

describe('annotationsCsv', () => {
  /** A strict RFC 4180 reader (CRLF rows, quoted fields with doubled quotes). */
  const parseCsv = (text: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        i++;
      } else field += c;
    }
    return rows;
  };

  it('writes one RFC 4180 row per annotation, UTF-8 with BOM, and neutralises formulas', () => {
    const csv = annotationsCsv(article.document, article.annotations);
    expect(csv.startsWith('\uFEFFid,kind,start,end,text,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(article.annotations.length + 1);
    const byText = new Map(rows.slice(1).map((r) => [r[4], r]));
    const claim = byText.get('attendees numbered into the millions')!;
    expect(claim[CSV_COLUMNS.indexOf('attributed_to')]).toBe('Police');
    expect(claim[CSV_COLUMNS.indexOf('evidence')]).toBe(
      'Crowd estimate methods <https://example.org/crowd-estimates>\nhttp://example.org/police-statement',
    );
    const hostile = byText.get('Of course not any time soon,')!;
    expect(hostile[CSV_COLUMNS.indexOf('speaker')]).toBe(`'${HOSTILE_SPEAKER}`);
    expect(byText.get('Police said attendees numbered into the millions.\n\nThe funeral showcased the depth')).toBeDefined();
  });
});
