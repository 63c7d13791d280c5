/**
 * The Word export, read back the way Word would: unzip the .docx, parse its XML parts and check
 * the article text, the comments and their ranges, the highlights, the notes, the summary tables,
 * the document properties, and that hostile user text stays text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { createTestApi, docJson, readFixture, steppingClock } from '../../../test/testServices';
import { plainTextToDoc, splitHeadline } from '../../../shared/editor/fromPlainText';
import { markdownToDoc } from '../../../shared/editor/fromMarkdown';
import { TextIndex } from '../../../shared/text/textIndex';
import { buildReport, type ReportInput } from '../../../shared/report/buildReport';
import type { Report } from '../../../shared/report/reportModel';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import type { PmNodeJson, PressmarkDocument } from '../../../shared/domain/document';
import { exportDocx } from './exportDocx';
import { KIND_HIGHLIGHT } from './docxStyles';
import { NOT_IN_ARTICLE } from './docxNotes';

const HOSTILE_NOTE = '<img src=x onerror=alert(1)>';
const HOSTILE_SPEAKER = '=HYPERLINK("http://evil")';
const GENERATED_AT = '2026-02-01T10:00:00.000Z';

// ---------------------------------------------------------------------------------------------
// Reading a .docx back: a small walk over WordprocessingML, enough to see what Word would show.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const { DOMParser } = new JSDOM('').window;

interface Run {
  text: string;
  fill: string | null;
  underline: string | null;
  superscript: boolean;
  italics: boolean;
  bold: boolean;
}

interface Para {
  style: string | null;
  /** What the paragraph reads as, without superscript note numbers; w:br is "\n", w:tab "\t". */
  text: string;
  runs: Run[];
  xml: Element;
}

interface Docx {
  files: Record<string, string>;
  body: Para[];
  /** The text inside each comment range (paragraph breaks as "\n\n"), by comment id. */
  ranges: Map<number, string>;
  rangeStarts: Map<number, number>;
  rangeEnds: Map<number, number>;
  references: Map<number, number>;
  /** Superscript note numbers in the article, in order, each checked to follow its own comment range end. */
  superscripts: number[];
  comments: Array<{ id: number; author: string; date: string; text: string }>;
  tables: string[][][];
}

const children = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === W && c.localName === name);
const child = (el: Element | undefined, name: string) => (el ? children(el, name)[0] : undefined);
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;
const count = (map: Map<number, number>, id: number) => map.set(id, (map.get(id) ?? 0) + 1);

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function runOf(r: Element): Run {
  const props = child(r, 'rPr');
  let text = '';
  for (const part of r.children) {
    if (part.localName === 't') text += part.textContent ?? '';
    else if (part.localName === 'br') text += '\n';
    else if (part.localName === 'tab') text += '\t';
  }
  return {
    text,
    fill: attr(child(props, 'shd'), 'fill'),
    underline: attr(child(props, 'u'), 'val'),
    superscript: attr(child(props, 'vertAlign'), 'val') === 'superscript',
    italics: child(props, 'i') !== undefined,
    bold: child(props, 'b') !== undefined,
  };
}

function paragraphText(p: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (const node of el.children) {
      if (node.namespaceURI !== W) continue;
      if (node.localName === 'r') {
        const run = runOf(node);
        if (!run.superscript) text += run.text;
      } else walk(node);
    }
  };
  walk(p);
  return text;
}

async function readDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) files[name] = await file.async('string');
  const document = parseXml(files['word/document.xml'] ?? '');
  const body = child(document.documentElement, 'body');
  if (!body) throw new Error('No w:body');

  const result: Docx = {
    files,
    body: [],
    ranges: new Map(),
    rangeStarts: new Map(),
    rangeEnds: new Map(),
    references: new Map(),
    superscripts: [],
    comments: [],
    tables: [],
  };
  const open = new Map<number, string>();
  let justEnded = new Set<number>();
  const walk = (el: Element, para: Para) => {
    for (const node of el.children) {
      if (node.namespaceURI !== W) continue;
      const id = Number(attr(node, 'id'));
      if (node.localName === 'commentRangeStart') {
        open.set(id, '');
        count(result.rangeStarts, id);
      } else if (node.localName === 'commentRangeEnd') {
        result.ranges.set(id, open.get(id) ?? '');
        open.delete(id);
        count(result.rangeEnds, id);
        justEnded.add(id);
      } else if (node.localName === 'r') {
        const ref = child(node, 'commentReference');
        if (ref) count(result.references, Number(attr(ref, 'id')));
        const run = runOf(node);
        para.runs.push(run);
        if (run.superscript) {
          if (/^\d+$/.test(run.text)) {
            expect(justEnded.has(Number(run.text)), `note ${run.text} follows its own words`).toBe(true);
            result.superscripts.push(Number(run.text));
          }
          continue;
        }
        if (run.text) justEnded = new Set();
        para.text += run.text;
        for (const [key, value] of open) open.set(key, value + run.text);
      } else walk(node, para);
    }
  };
  for (const p of children(body, 'p')) {
    const para: Para = { style: attr(child(child(p, 'pPr'), 'pStyle'), 'val'), text: '', runs: [], xml: p };
    walk(p, para);
    for (const [key, value] of open) open.set(key, `${value}\n\n`);
    result.body.push(para);
  }
  result.tables = children(body, 'tbl').map((tbl) =>
    children(tbl, 'tr').map((tr) =>
      children(tr, 'tc').map((tc) =>
        children(tc, 'p')
          .map((p) => paragraphText(p))
          .join('\n'),
      ),
    ),
  );
  // docx leaves out the comments part when there are no comments.
  const commentsXml = files['word/comments.xml'];
  const comments = commentsXml === undefined ? null : parseXml(commentsXml);
  result.comments = (comments ? children(comments.documentElement, 'comment') : []).map((c) => ({
    id: Number(attr(c, 'id')),
    author: attr(c, 'author') ?? '',
    date: attr(c, 'date') ?? '',
    text: children(c, 'p')
      .map((p) => paragraphText(p))
      .join('\n'),
  }));
  return result;
}

/** The article's paragraphs: everything between the legend and the Notes heading. */
function articleParagraphs(docx: Docx): Para[] {
  const legend = docx.body.findIndex((p) => p.text.startsWith('Legend:'));
  const notes = docx.body.findIndex((p) => p.style === 'Heading2' && p.text === 'Notes');
  expect(legend).toBeGreaterThan(0);
  expect(notes).toBeGreaterThan(legend);
  return docx.body.slice(legend + 1, notes);
}

function section(docx: Docx, heading: string, next: string | null): Para[] {
  const start = docx.body.findIndex((p) => p.style === 'Heading2' && p.text === heading);
  const end = next === null ? docx.body.length : docx.body.findIndex((p) => p.style === 'Heading2' && p.text === next);
  expect(start).toBeGreaterThan(0);
  return docx.body.slice(start + 1, end);
}

function runContaining(paras: Para[], words: string): Run {
  const run = paras.flatMap((p) => p.runs).find((r) => !r.superscript && r.text.includes(words));
  if (!run) throw new Error(`No run holds "${words}"`);
  return run;
}

// ---------------------------------------------------------------------------------------------
// The AP fixture, annotated through the real services.

interface Fixture {
  document: PressmarkDocument;
  annotations: Annotation[];
  byName: Record<'quote' | 'source' | 'claim' | 'outerClaim' | 'innerQuote' | 'acrossParagraphs' | 'hostile', Annotation>;
}

async function annotatedFixture(): Promise<Fixture> {
  const { client } = createTestApi(steppingClock());
  const { title, body } = splitHeadline(readFixture());
  const created = await client.call('documents.create', {
    title,
    byline: 'Jon Gambrell',
    sourceUrl: 'https://apnews.com/article/soleimani-funeral',
    publishedAt: '2020-01-06',
    language: 'en',
    content: docJson(body),
  });
  const text = created.plainText;
  const at = (words: string) => {
    const start = text.indexOf(words);
    expect(start, words).toBeGreaterThanOrEqual(0);
    return { start, end: start + words.length };
  };
  const documentId = created.id;
  const quote = await client.call('annotations.create', {
    documentId,
    kind: 'quote',
    ...at('Oh Allah, they are in need of your mercy, and you are exalted above punishing your servants,'),
    speaker: 'Ali Khamenei',
    author: 'Jane Reporter',
  });
  const source = await client.call('annotations.create', {
    documentId,
    kind: 'source',
    ...at('Police said'),
    sourceName: 'Police',
    sourceType: 'organisation',
  });
  const claim = await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at('attendees numbered into the millions'),
    attributedTo: source.id,
    status: 'checked',
    verdict: 'Unverified',
    note: 'Only the police figure exists; no independent count.',
    evidence: [
      { url: 'https://apnews.com/article/crowd-estimate', title: 'AP crowd estimate', note: 'Cites state TV' },
      { url: 'http://example.org/count?a=1&b=2', title: '', note: '' },
    ],
  });
  const acrossStart = at('It could also impact how Khamenei').start;
  const acrossParagraphs = await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    start: acrossStart,
    end: at('The U.S. killed Soleimani').end,
    status: 'in_progress',
  });
  const outerClaim = await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at('In 2015, Soleimani was quoted saying: “I ask God to sacrifice my life for you.”'),
    verdict: 'Accurate',
  });
  const innerQuote = await client.call('annotations.create', {
    documentId,
    kind: 'quote',
    ...at('I ask God to sacrifice my life for you.'),
    speaker: 'Qassem Soleimani',
  });
  const hostile = await client.call('annotations.create', {
    documentId,
    kind: 'quote',
    ...at('harsh retaliation'),
    speaker: HOSTILE_SPEAKER,
    note: HOSTILE_NOTE,
    author: '<b>Mallory</b>',
  });
  const document = await client.call('documents.get', { id: documentId });
  const annotations = await client.call('annotations.list', { documentId });
  return { document, annotations, byName: { quote, source, claim, outerClaim, innerQuote, acrossParagraphs, hostile } };
}

const reportOf = (document: ReportInput['document'], annotations: readonly Annotation[]): Report =>
  buildReport({ document, annotations, generatedAt: GENERATED_AT });

// ---------------------------------------------------------------------------------------------

describe('exportDocx', () => {
  let fixture: Fixture;
  let report: Report;
  let bytes: Uint8Array;
  let docx: Docx;
  const noteOf = (annotation: Annotation) => {
    const note = report.notes.find((n) => n.annotation.id === annotation.id);
    if (!note) throw new Error(`No note for ${annotation.exact}`);
    return note;
  };

  beforeAll(async () => {
    fixture = await annotatedFixture();
    report = reportOf(fixture.document, fixture.annotations);
    bytes = await exportDocx(report);
    docx = await readDocx(bytes);
  });

  it('writes a zip (a .docx) whose XML parts all parse', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    for (const part of ['word/document.xml', 'word/comments.xml', 'word/styles.xml', 'docProps/core.xml', '[Content_Types].xml'])
      expect(docx.files[part], part).toBeDefined();
    for (const [name, xml] of Object.entries(docx.files)) if (/\.(xml|rels)$/.test(name)) parseXml(xml);
    expect(docx.files['[Content_Types].xml']).toContain('/word/comments.xml');
  });

  it('opens with the kicker, the title, the meta line with a source link, the counts and the legend', () => {
    const [kicker, title, meta, generated, legend] = docx.body;
    expect(kicker?.text).toBe('Pressmark annotated report');
    expect(kicker?.xml.getElementsByTagNameNS(W, 'smallCaps')).toHaveLength(1);
    expect(title).toMatchObject({ style: 'Title', text: fixture.document.title });
    expect(meta?.text).toBe('By Jon Gambrell · Published 2020-01-06 · Source: https://apnews.com/article/soleimani-funeral');
    expect(meta?.xml.getElementsByTagNameNS(W, 'hyperlink')).toHaveLength(1);
    expect(docx.files['word/_rels/document.xml.rels']).toContain('Target="https://apnews.com/article/soleimani-funeral"');
    expect(generated?.text).toBe('Generated 2026-02-01 10:00 UTC · 3 quotes, 1 source, 3 claims');
    expect(legend?.text).toMatch(/^Legend: Quote 3 {3}Source 1 {3}Claim 3\n/);
    for (const kind of ['quote', 'source', 'claim'] as const) {
      const label = { quote: 'Quote', source: 'Source', claim: 'Claim' }[kind];
      expect(legend?.runs.find((r) => r.text === label)).toMatchObject({
        fill: KIND_HIGHLIGHT[kind].fill,
        underline: KIND_HIGHLIGHT[kind].underline,
      });
    }
  });

  it('holds the article text, in order, paragraph for paragraph', () => {
    const article = articleParagraphs(docx);
    expect(article.map((p) => p.text).join('\n\n')).toBe(fixture.document.plainText);
    expect(article).toHaveLength(report.blocks.length);
  });

  it('makes every annotation exactly one comment with its heading, fields, author and date', () => {
    expect(docx.comments).toHaveLength(fixture.annotations.length);
    for (const annotation of fixture.annotations) {
      const note = noteOf(annotation);
      const comments = docx.comments.filter((c) => c.id === note.number);
      expect(comments, annotation.exact).toHaveLength(1);
      const [comment] = comments;
      expect(comment?.text.split('\n')[0]).toBe(`${note.number}. ${note.heading}`);
      for (const field of note.fields) expect(comment?.text).toContain(`${field.label}: ${field.value}`);
      expect(comment?.author).toBe(annotation.author || 'Pressmark');
      expect(comment?.date).toBe(new Date(annotation.createdAt).toISOString());
    }
    const claimComment = docx.comments.find((c) => c.id === noteOf(fixture.byName.claim).number);
    expect(claimComment?.text).toContain('Verdict: Unverified');
    expect(claimComment?.text).toContain('Attributed to: Police');
    expect(claimComment?.text).toContain('Evidence:\n• AP crowd estimate https://apnews.com/article/crowd-estimate — Cites state TV');
    expect(claimComment?.text).toContain('• http://example.org/count?a=1&b=2');
    expect(docx.files['word/_rels/comments.xml.rels']).toContain('Target="https://apnews.com/article/crowd-estimate"');
  });

  it('anchors each comment on exactly its words, across paragraphs and overlaps, with its number after them', () => {
    for (const annotation of fixture.annotations) {
      const n = noteOf(annotation).number;
      expect(docx.rangeStarts.get(n), annotation.exact).toBe(1);
      expect(docx.rangeEnds.get(n), annotation.exact).toBe(1);
      expect(docx.references.get(n), annotation.exact).toBe(1);
      expect(docx.ranges.get(n)).toBe(annotation.exact);
    }
    expect(fixture.byName.acrossParagraphs.exact).toContain('\n\n');
    expect(docx.ranges.get(noteOf(fixture.byName.acrossParagraphs).number)).toBe(fixture.byName.acrossParagraphs.exact);
    // The inner quote's range lies inside the outer claim's.
    expect(docx.ranges.get(noteOf(fixture.byName.outerClaim).number)).toContain(fixture.byName.innerQuote.exact);
    expect([...docx.superscripts].sort((a, b) => a - b)).toEqual(report.notes.map((n) => n.number));
    // Notes are numbered in document order: the first note's number is the first in the text.
    expect(docx.superscripts[0]).toBe(1);
  });

  it('shades and underlines annotated words by kind; where kinds overlap the shorter annotation shows', () => {
    const article = articleParagraphs(docx);
    const expectKind = (words: string, kind: AnnotationKind) =>
      expect(runContaining(article, words), words).toMatchObject({
        fill: KIND_HIGHLIGHT[kind].fill,
        underline: KIND_HIGHLIGHT[kind].underline,
      });
    expectKind('Oh Allah', 'quote');
    expectKind('Police said', 'source');
    expectKind('attendees numbered', 'claim');
    expectKind('In 2015, Soleimani was quoted saying', 'claim');
    expectKind('I ask God to sacrifice my life for you.', 'quote');
    expectKind('harsh retaliation', 'quote');
    expect(runContaining(article, 'DUBAI')).toMatchObject({ fill: null, underline: null });
    const xml = docx.files['word/document.xml'] ?? '';
    for (const fill of ['CDE8F8', 'F9E5BF', 'F1D7E6']) expect(xml).toContain(`w:fill="${fill}"`);
    for (const underline of ['single', 'dotted', 'wave']) expect(xml).toContain(`<w:u w:val="${underline}"`);
  });

  it('lists every note in order with kind, heading, exact words in italics, fields and evidence links', () => {
    const notes = section(docx, 'Notes', 'Summary');
    for (const note of report.notes) {
      const start = notes.findIndex((p) => p.text.startsWith(`${note.number}. ${note.heading}`));
      expect(start, note.heading).toBeGreaterThanOrEqual(0);
      const next = notes.findIndex((p, i) => i > start && /^\d+\. /.test(p.text) && p.runs[0]?.bold === true);
      const entry = notes.slice(start, next === -1 ? notes.length : next);
      const exact = entry[1];
      expect(exact?.text).toBe(note.annotation.exact);
      expect(exact?.runs.every((r) => r.italics)).toBe(true);
      for (const field of note.fields) expect(entry.map((p) => p.text)).toContain(`${field.label}: ${field.value}`);
      for (const link of note.evidence) expect(entry.some((p) => p.text.includes(link.title || link.url))).toBe(true);
      expect(entry.some((p) => p.text === NOT_IN_ARTICLE)).toBe(false);
    }
    const headings = notes.filter((p) => /^\d+\. /.test(p.text) && p.runs[0]?.bold).map((p) => Number(p.text.split('.')[0]));
    expect(headings).toEqual(report.notes.map((n) => n.number));
    const rels = docx.files['word/_rels/document.xml.rels'] ?? '';
    expect(rels).toContain('Target="https://apnews.com/article/crowd-estimate"');
    expect(rels).toContain('Target="http://example.org/count?a=1&amp;b=2"');
  });

  it('ends with the three summary tables and their rows', () => {
    const summary = section(docx, 'Summary', null).map((p) => p.text);
    expect(summary).toEqual(expect.arrayContaining(['Quotes by speaker', 'Sources', 'Claims by verdict']));
    const n = (a: Annotation) => String(noteOf(a).number);
    const { byName } = fixture;
    expect(docx.tables).toEqual([
      [
        ['Speaker', 'Quotes', 'Notes'],
        ['Ali Khamenei', '1', n(byName.quote)],
        ['Qassem Soleimani', '1', n(byName.innerQuote)],
        [HOSTILE_SPEAKER, '1', n(byName.hostile)],
      ],
      [
        ['Source', 'Type', 'Note', 'Attributed quotes and claims'],
        ['Police', 'Organisation', n(byName.source), n(byName.claim)],
      ],
      [
        ['Verdict', 'Claims', 'Notes'],
        ['Unverified', '1', n(byName.claim)],
        ['Not yet rated', '1', n(byName.acrossParagraphs)],
        ['Accurate', '1', n(byName.outerClaim)],
      ],
    ]);
  });

  it('keeps hostile strings as escaped text, never markup or fields', () => {
    const xml = docx.files['word/document.xml'] ?? '';
    const comments = docx.files['word/comments.xml'] ?? '';
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(comments).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(comments).toContain('w:author="&lt;b&gt;Mallory&lt;/b&gt;"');
    for (const [name, part] of Object.entries(docx.files)) expect(part, name).not.toMatch(/<img|<b>|<script/i);
    for (const part of [xml, comments]) expect(part).not.toMatch(/instrText|fldSimple|fldChar/);
    const hostile = docx.comments.find((c) => c.id === noteOf(fixture.byName.hostile).number);
    expect(hostile?.text).toContain(`Note: ${HOSTILE_NOTE}`);
    expect(hostile?.text).toContain(`Speaker: ${HOSTILE_SPEAKER}`);
    expect(section(docx, 'Notes', 'Summary').map((p) => p.text)).toContain(`Note: ${HOSTILE_NOTE}`);
  });

  it('sets the document properties', () => {
    const core = parseXml(docx.files['docProps/core.xml'] ?? '');
    const text = (ns: string, name: string) => core.getElementsByTagNameNS(ns, name)[0]?.textContent;
    const DC = 'http://purl.org/dc/elements/1.1/';
    expect(text(DC, 'title')).toBe(fixture.document.title);
    expect(text(DC, 'creator')).toBe('Pressmark');
    expect(text(DC, 'description')).toBe('Annotated report');
  });

  it('says when a note’s words are gone, and gives it no comment or anchor; only http(s) becomes a link', async () => {
    const claim = fixture.byName.claim;
    if (claim.kind !== 'claim') throw new Error('Expected a claim');
    const gone: Annotation = {
      ...claim,
      id: '00000000-0000-4000-8000-00000000abcd',
      exact: 'words the editor cut from the story',
      prefix: 'nothing like this ',
      suffix: ' is in the text',
      evidence: [{ url: 'ftp://example.org/file', title: 'Old archive', publisher: '', accessedAt: '', excerpt: '', note: '' }],
    };
    const detached = reportOf({ ...fixture.document, sourceUrl: 'javascript:alert(1)' }, [...fixture.annotations, gone]);
    const note = detached.notes.find((n) => n.annotation.id === gone.id);
    expect(note).toMatchObject({ located: false, number: fixture.annotations.length + 1 });
    const read = await readDocx(await exportDocx(detached));
    expect(read.comments.map((c) => c.id).sort((a, b) => a - b)).toEqual(fixture.annotations.map((_, i) => i + 1));
    expect(read.rangeStarts.has(note!.number)).toBe(false);
    expect(read.superscripts).not.toContain(note!.number);
    const notes = section(read, 'Notes', 'Summary').map((p) => p.text);
    const at = notes.findIndex((t) => t.startsWith(`${note!.number}. ${note!.heading}`));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(notes.slice(at, at + 3)).toEqual([`${note!.number}. ${note!.heading}`, gone.exact, NOT_IN_ARTICLE]);
    expect(notes).toContain('• Old archive ftp://example.org/file');
    expect(read.body[2]?.text).toBe('By Jon Gambrell · Published 2020-01-06 · Source: javascript:alert(1)');
    const rels = Object.entries(read.files).filter(([name]) => name.endsWith('.rels'));
    for (const [name, part] of rels) expect(part, name).not.toMatch(/javascript:|ftp:/);
  });

  it('writes headings, quotes, lists, emphasis, links and line breaks', async () => {
    const doc = markdownToDoc(
      [
        '# A heading',
        '',
        'Text with *emphasis*, **strength** and [a link](https://example.org/a), then a hard  ',
        'break.',
        '',
        '> Quoted words.',
        '',
        '- first item',
        '- second item',
        '',
        '3. third',
        '4. fourth',
      ].join('\n'),
    );
    const content = doc.toJSON() as PmNodeJson;
    const plainText = TextIndex.fromDoc(doc).text;
    const read = await readDocx(
      await exportDocx(reportOf({ title: 'Formats', byline: '', sourceUrl: '', publishedAt: null, language: 'en', content }, [])),
    );
    const article = articleParagraphs(read);
    expect(article.map((p) => p.text)).toEqual([
      'A heading',
      'Text with emphasis, strength and a link, then a hard\nbreak.',
      'Quoted words.',
      '•\tfirst item',
      '•\tsecond item',
      '3.\tthird',
      '4.\tfourth',
    ]);
    expect(article.map((p) => p.text.replace(/^(•|\d+\.)\t/, '')).join('\n\n')).toBe(plainText);
    expect(article[0]?.style).toBe('Heading2');
    expect(runContaining(article, 'emphasis')).toMatchObject({ italics: true, bold: false });
    expect(runContaining(article, 'strength')).toMatchObject({ italics: false, bold: true });
    expect(article[1]?.xml.getElementsByTagNameNS(W, 'hyperlink')).toHaveLength(1);
    expect(read.files['word/_rels/document.xml.rels']).toContain('Target="https://example.org/a"');
    const quote = child(child(article[2]?.xml, 'pPr'), 'pBdr');
    expect(attr(child(quote, 'left'), 'val')).toBe('single');
    expect(Number(attr(child(child(article[2]?.xml, 'pPr'), 'ind'), 'left'))).toBeGreaterThan(0);
    expect(runContaining(article, 'Quoted words.').italics).toBe(false);
    // No byline, date or source: no meta line, straight to the generated line.
    expect(read.body[2]?.text).toMatch(/^Generated /);
  });

  it('writes a valid document for an article with no annotations', async () => {
    const content = docJson('A short article.\n\nWith a second paragraph.');
    const empty = reportOf({ title: 'Nothing tagged', byline: '', sourceUrl: '', publishedAt: null, language: 'en', content }, []);
    const out = await exportDocx(empty);
    expect(String.fromCharCode(out[0]!, out[1]!)).toBe('PK');
    const read = await readDocx(out);
    expect(read.comments).toEqual([]);
    expect(read.files['word/comments.xml']).toBeUndefined();
    expect(articleParagraphs(read).map((p) => p.text)).toEqual(['A short article.', 'With a second paragraph.']);
    expect(section(read, 'Notes', 'Summary').map((p) => p.text)).toEqual(['No annotations.']);
    expect(section(read, 'Summary', null).map((p) => p.text)).toEqual([
      'Quotes by speaker',
      'None.',
      'Sources',
      'None.',
      'Claims by verdict',
      'None.',
    ]);
    expect(read.tables).toEqual([]);
    expect(read.files['word/document.xml']).not.toContain('commentRangeStart');
  });

  it('exports 200 paragraphs with 1,000 annotations quickly enough (time reported, not asserted)', async () => {
    const paragraphs = splitHeadline(readFixture())
      .body.split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const repeated = Array.from({ length: 200 }, (_, i) => paragraphs[i % paragraphs.length] ?? '');
    const doc = plainTextToDoc(repeated.join('\n\n'));
    const content = doc.toJSON() as PmNodeJson;
    const text = TextIndex.fromDoc(doc).text;
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const kinds: AnnotationKind[] = ['quote', 'source', 'claim'];
    const annotations = Array.from({ length: 1000 }, (_, i): Annotation => {
      const first = words[(i * 37) % (words.length - 12)]!;
      const last = words[((i * 37) % (words.length - 12)) + (i % 9)]!;
      const base = {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        documentId: '00000000-0000-4000-8000-999999999999',
        start: first.start,
        end: last.end,
        exact: text.slice(first.start, last.end),
        prefix: text.slice(Math.max(0, first.start - 32), first.start),
        suffix: text.slice(last.end, last.end + 32),
        note: `Note ${i}`,
        author: i % 2 ? 'Jane Reporter' : '',
        anchorStatus: 'anchored' as const,
        anchorConfidence: 1,
        anchorMethod: 'selection' as const,
        createdAt: GENERATED_AT,
        updatedAt: GENERATED_AT,
      };
      const kind = kinds[i % 3]!;
      if (kind === 'quote') return { ...base, kind, speaker: `Speaker ${i % 17}`, attributedTo: null };
      if (kind === 'source') return { ...base, kind, sourceName: `Source ${i % 11}`, sourceType: 'person' };
      return {
        ...base,
        kind,
        status: 'to_check',
        verdict: `Verdict ${i % 5}`,
        evidence: [],
        attributedTo: null,
        conclusion: '',
        claimantName: '',
        checker: '',
        replyContactedAt: '',
        replyResponse: '',
        replyRespondedAt: '',
      };
    });
    const big = reportOf({ title: 'Large', byline: '', sourceUrl: '', publishedAt: null, language: 'en', content }, annotations);
    expect(big.blocks).toHaveLength(200);
    expect(big.notes.every((n) => n.located)).toBe(true);

    const started = performance.now();
    const out = await exportDocx(big);
    const elapsed = performance.now() - started;
    console.log(`exportDocx: 200 paragraphs, 1,000 annotations in ${elapsed.toFixed(0)} ms (${(out.length / 1024).toFixed(0)} KiB)`);

    const zip = await JSZip.loadAsync(out);
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(comments.match(/<w:comment /g)).toHaveLength(1000);
  });
});
