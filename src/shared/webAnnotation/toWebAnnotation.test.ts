import { describe, expect, it } from 'vitest';
import { toWebAnnotation, toWebAnnotationCollection } from './toWebAnnotation';
import { codePointRangeToUtf16 } from './textPosition';
import {
  ALL_ANNOTATIONS,
  CLAIM,
  DOCUMENT,
  GENERATED_AT,
  GENERATOR,
  IDS,
  MINIMAL,
  ORPHANED,
  QUOTE,
  REVIEW,
  SOURCE,
  STATUSES,
  UNNAMED_SOURCE,
} from './webAnnotationFixtures';

const sources = new Map([[SOURCE.id, SOURCE]]);

/** Every value in a tree, so a test can say none is undefined. */
function allValues(value: unknown): unknown[] {
  if (Array.isArray(value)) return [value, ...value.flatMap(allValues)];
  if (typeof value === 'object' && value !== null) return [value, ...Object.values(value).flatMap(allValues)];
  return [value];
}

describe('toWebAnnotation', () => {
  it('writes a claim with every field as the documented JSON', () => {
    const claimStart = codePointPosition(CLAIM);
    expect(toWebAnnotation(CLAIM, DOCUMENT, sources, { generatedAt: GENERATED_AT, generator: GENERATOR })).toEqual({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { pressmark: 'https://pressmark.app/ns#' }],
      id: `urn:uuid:${IDS.claim}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: '2024-03-05T09:15:00.000Z',
      modified: '2024-03-06T17:40:12.345Z',
      generated: GENERATED_AT,
      creator: { type: 'Person', name: 'Jonas Berg' },
      generator: { type: 'Software', name: 'Pressmark 0.1.0', homepage: 'https://pressmark.app/' },
      'pressmark:claimStatus': 'in_progress',
      'pressmark:conclusion': 'The auditor puts the deficit at 4 million euros, not 12.',
      'pressmark:claimant': 'Jonas Berg',
      'pressmark:checker': 'Maria Lopez',
      'pressmark:replyContactedAt': '2024-03-06',
      'pressmark:replyResponse': 'We stand by the figure.',
      'pressmark:replyRespondedAt': '2024-03-07',
      'pressmark:attributedTo': `urn:uuid:${IDS.source}`,
      'pressmark:attributedToName': 'Ana Ruiz, City Treasurer',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Opposition figure; ask the auditor.' },
        { type: 'TextualBody', purpose: 'assessing', value: 'Misleading' },
        {
          type: 'SpecificResource',
          source: 'https://audit.example.org/reports/2024-budget.pdf',
          purpose: 'linking',
          'pressmark:title': 'Auditor’s report 2024',
          'pressmark:note': 'Page 14: deficit is 4 million.',
        },
        { type: 'SpecificResource', source: 'http://archive.example.net/opposition-statement', purpose: 'linking' },
      ],
      target: {
        source: 'https://news.example.org/2024/budget',
        selector: [
          { type: 'TextQuoteSelector', exact: CLAIM.exact, prefix: CLAIM.prefix, suffix: CLAIM.suffix },
          { type: 'TextPositionSelector', start: claimStart.start, end: claimStart.end },
        ],
      },
    });
  });

  it('writes quotes with their speaker and sources with their name and type', () => {
    const quote = toWebAnnotation(QUOTE, DOCUMENT, sources);
    expect(quote.motivation).toBe('highlighting');
    expect(quote.body).toContainEqual({ type: 'TextualBody', purpose: 'identifying', value: 'Ana Ruiz', 'pressmark:role': 'speaker' });
    const source = toWebAnnotation(SOURCE, DOCUMENT, sources);
    expect(source.motivation).toBe('identifying');
    expect(source.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'identifying',
      value: 'Ana Ruiz, City Treasurer',
      'pressmark:role': 'source',
      'pressmark:sourceType': 'person',
    });
    expect(source).not.toHaveProperty('pressmark:sourceType');
    // With no name there is no identifying body, so the type goes on the annotation.
    const unnamed = toWebAnnotation(UNNAMED_SOURCE, DOCUMENT, sources);
    expect(unnamed.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'source' }]);
    expect(unnamed['pressmark:sourceType']).toBe('organisation');
  });

  it('leaves out what is empty: no creator, note, verdict, evidence or attribution', () => {
    const minimal = toWebAnnotation(MINIMAL, DOCUMENT, sources);
    expect(Object.keys(minimal)).toEqual([
      '@context',
      'id',
      'type',
      'motivation',
      'created',
      'modified',
      'pressmark:claimStatus',
      'body',
      'target',
    ]);
    expect(minimal.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }]);
  });

  it('keeps only the quote of an orphaned annotation and marks both anchoring statuses', () => {
    const orphaned = toWebAnnotation(ORPHANED, DOCUMENT, sources, { status: 'orphaned' });
    expect(orphaned['pressmark:status']).toBe('orphaned');
    expect(orphaned.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: ORPHANED.exact, prefix: ORPHANED.prefix, suffix: ORPHANED.suffix },
    ]);
    const review = toWebAnnotation(REVIEW, DOCUMENT, sources, { status: 'review' });
    expect(review['pressmark:status']).toBe('review');
    expect(review.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('counts positions in code points, as the model does, and drops them when the offsets no longer hold the quote', () => {
    const [, position] = toWebAnnotation(QUOTE, DOCUMENT, sources).target.selector;
    // The article's title holds an emoji (two UTF-16 units, one code point).
    expect(position).toEqual({ type: 'TextPositionSelector', start: QUOTE.start - 1, end: QUOTE.end - 1 });
    expect(codePointRangeToUtf16(DOCUMENT.plainText, position as { start: number; end: number })).toEqual({
      start: QUOTE.start,
      end: QUOTE.end,
    });
    // Without the text, offsets are written as stored; with stale offsets, not at all.
    const { plainText: _plainText, ...withoutText } = DOCUMENT;
    expect(toWebAnnotation(QUOTE, withoutText, sources).target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: QUOTE.start,
      end: QUOTE.end,
    });
    expect(toWebAnnotation(ORPHANED, DOCUMENT, sources).target.selector).toHaveLength(1);
  });

  it('targets the article by urn:uuid when it has no web address, and writes URIs in ASCII', () => {
    expect(toWebAnnotation(QUOTE, { ...DOCUMENT, sourceUrl: '' }, sources).target.source).toBe(`urn:uuid:${DOCUMENT.id}`);
    expect(toWebAnnotation(QUOTE, { ...DOCUMENT, sourceUrl: 'file:///C:/article.txt' }, sources).target.source).toBe(
      `urn:uuid:${DOCUMENT.id}`,
    );
    expect(toWebAnnotation(QUOTE, { ...DOCUMENT, sourceUrl: ' https://zeitung.example/straße ' }, sources).target.source).toBe(
      'https://zeitung.example/stra%C3%9Fe',
    );
  });

  it('leaves out timestamps that are not xsd:dateTime rather than write an invalid annotation', () => {
    const odd = { ...MINIMAL, createdAt: 'yesterday', updatedAt: '2024-02-30T10:00:00Z' };
    const written = toWebAnnotation(odd, DOCUMENT, sources);
    expect(written).not.toHaveProperty('created');
    expect(written).not.toHaveProperty('modified');
  });
});

describe('toWebAnnotationCollection', () => {
  const collection = toWebAnnotationCollection({
    document: DOCUMENT,
    annotations: ALL_ANNOTATIONS,
    generatedAt: GENERATED_AT,
    generator: GENERATOR,
    statuses: STATUSES,
  });

  it('is an AnnotationCollection with its annotations, in document order, on the first page', () => {
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { pressmark: 'https://pressmark.app/ns#' }],
      id: `urn:uuid:${DOCUMENT.id}/annotations`,
      type: 'AnnotationCollection',
      label: DOCUMENT.title,
      total: ALL_ANNOTATIONS.length,
      generated: GENERATED_AT,
      'pressmark:publishedAt': '2024-03-05',
      first: {
        id: `urn:uuid:${DOCUMENT.id}/annotations/page1`,
        type: 'AnnotationPage',
        partOf: `urn:uuid:${DOCUMENT.id}/annotations`,
        startIndex: 0,
      },
    });
    const ids = collection.first?.items.map((item) => item.id) ?? [];
    const expected = [...ALL_ANNOTATIONS].sort((a, b) => a.start - b.start || b.end - a.end).map((a) => `urn:uuid:${a.id}`);
    expect(ids).toEqual(expected);
    expect(collection.first?.items.find((item) => item.id === `urn:uuid:${IDS.orphaned}`)?.['pressmark:status']).toBe('orphaned');
  });

  it('is plain JSON: nothing undefined, and it survives JSON unchanged', () => {
    expect(allValues(collection)).not.toContain(undefined);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it('has no first page when there are no annotations', () => {
    const empty = toWebAnnotationCollection({ document: DOCUMENT, annotations: [], generatedAt: GENERATED_AT });
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
    expect(empty).not.toHaveProperty('generator');
  });

  it('names an attributed source even when the source is exported elsewhere', () => {
    const lone = toWebAnnotationCollection({ document: DOCUMENT, annotations: [QUOTE], generatedAt: GENERATED_AT });
    const [quote] = lone.first?.items ?? [];
    expect(quote?.['pressmark:attributedTo']).toBe(`urn:uuid:${IDS.source}`);
    expect(quote).not.toHaveProperty('pressmark:attributedToName');
  });
});

/** The fixture's position in code points: one less than its offsets, past the emoji in the title. */
function codePointPosition(a: { start: number; end: number }) {
  return { start: a.start - 1, end: a.end - 1 };
}
