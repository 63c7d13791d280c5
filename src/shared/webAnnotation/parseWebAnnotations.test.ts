import { describe, expect, it } from 'vitest';
import { parseWebAnnotations, WEB_ANNOTATION_IMPORT_LIMITS } from './parseWebAnnotations';
import { toWebAnnotationCollection } from './toWebAnnotation';
import { WebAnnotationError } from './webAnnotationError';
import { DOCUMENT, MINIMAL, GENERATED_AT } from './webAnnotationFixtures';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A valid annotation quoting "Police said", with overrides. */
function anno(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    id: 'http://example.org/anno1',
    type: 'Annotation',
    target: {
      source: 'https://news.example.org/a',
      selector: { type: 'TextQuoteSelector', exact: 'Police said', prefix: 'Yesterday ', suffix: ' that' },
    },
    ...overrides,
  };
}

function messageOf(input: unknown): string {
  try {
    parseWebAnnotations(input);
  } catch (error) {
    expect(error).toBeInstanceOf(WebAnnotationError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

const textual = (value: unknown, purpose?: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextualBody',
  value,
  ...(purpose ? { purpose } : {}),
  ...extra,
});

describe('reading annotations from other tools', () => {
  it('takes the kind from a tagging body (any case), else from Pressmark data, else claim', () => {
    const kindOf = (body: unknown, extra: Record<string, unknown> = {}) =>
      parseWebAnnotations(anno({ body, ...extra })).annotations[0]?.kind;
    expect(kindOf(textual('Quote', 'tagging'))).toBe('quote');
    expect(kindOf([textual('important', 'tagging'), textual(' SOURCE ', 'tagging')])).toBe('source');
    expect(kindOf(textual('Ana Ruiz', 'identifying', { 'pressmark:role': 'speaker' }))).toBe('quote');
    expect(kindOf(textual('Police', 'identifying', { 'pressmark:role': 'source' }))).toBe('source');
    expect(kindOf(undefined, { 'pressmark:sourceType': 'media' })).toBe('source');
    expect(kindOf(textual('A comment'))).toBe('claim');
    expect(kindOf(undefined)).toBe('claim');
  });

  it('joins comments, untagged text and bodyValue into the note, with blank lines', () => {
    const parsed = parseWebAnnotations(
      anno({
        body: [textual('First.', 'commenting'), textual('Second.'), textual('A tag', 'tagging'), textual('Described', 'describing')],
      }),
    ).annotations[0];
    expect(parsed?.note).toBe('First.\n\nSecond.');
    expect(parseWebAnnotations(anno({ bodyValue: 'Just a string body' })).annotations[0]?.note).toBe('Just a string body');
  });

  it('keeps only http(s) evidence, and reads unrecognised Pressmark values as absent', () => {
    const parsed = parseWebAnnotations(
      anno({
        body: [
          { type: 'SpecificResource', source: 'ftp://files.example.org/x', purpose: 'linking' },
          { type: 'SpecificResource', source: 'mailto:desk@example.org', purpose: 'linking' },
          {
            type: 'SpecificResource',
            source: { id: 'https://example.org/doc', type: 'Text' },
            purpose: 'linking',
            'pressmark:title': 'Doc',
          },
          { id: 'https://example.org/linked' },
        ],
        'pressmark:claimStatus': 'done',
        'pressmark:status': 'lost',
        'pressmark:attributedTo': 'http://example.org/not-a-uuid',
      }),
    ).annotations[0];
    expect(parsed?.evidence).toEqual([
      { url: 'https://example.org/doc', title: 'Doc', publisher: '', accessedAt: '', excerpt: '', note: '' },
      { url: 'https://example.org/linked', title: '', publisher: '', accessedAt: '', excerpt: '', note: '' },
    ]);
    expect(parsed).not.toHaveProperty('status');
    expect(parsed).not.toHaveProperty('pressmarkStatus');
    expect(parsed).not.toHaveProperty('attributedToId');
    expect(parsed).not.toHaveProperty('pressmarkId');
  });

  it('reads the author from a described creator, and a position only beside the quote', () => {
    const parsed = parseWebAnnotations(
      anno({
        creator: [{ id: 'http://example.org/user1', type: 'Person', nickname: 'ana' }],
        target: {
          source: 'https://news.example.org/a',
          selector: [
            { type: 'TextPositionSelector', start: 10, end: 21 },
            { type: 'FragmentSelector', value: 'p2', refinedBy: { type: 'TextQuoteSelector', exact: 'Police said' } },
          ],
        },
      }),
    ).annotations[0];
    expect(parsed).toMatchObject({
      author: 'ana',
      position: { start: 10, end: 21 },
      quote: { exact: 'Police said', prefix: '', suffix: '' },
    });
  });

  it('takes @context from the collection or page around the annotations, but not from nowhere', () => {
    const { '@context': _context, ...bare } = anno();
    const page = { '@context': CONTEXT, id: 'http://example.org/page1', type: 'AnnotationPage', items: [bare] };
    expect(parseWebAnnotations(page).annotations).toHaveLength(1);
    expect(
      parseWebAnnotations({ '@context': [CONTEXT], type: 'AnnotationCollection', id: 'http://example.org/c', first: page }).annotations,
    ).toHaveLength(1);
    expect(messageOf([bare])).toBe(
      `Annotation 1 (http://example.org/anno1): "@context" is missing; a Web Annotation must name ${CONTEXT} as its @context.`,
    );
  });

  it('lists linked annotations, and annotations without a quote, as ignored', () => {
    const result = parseWebAnnotations([
      anno(),
      'http://example.org/elsewhere',
      anno({ id: 'http://example.org/whole-page', target: 'https://news.example.org/a' }),
      anno({ id: 'http://example.org/empty', target: { source: 'https://x.example', selector: { type: 'TextQuoteSelector', exact: '' } } }),
    ]);
    expect(result.annotations).toHaveLength(1);
    expect(result.ignored).toEqual([
      { index: 1, id: 'http://example.org/elsewhere', reason: expect.stringMatching(/only a link/) },
      { index: 2, id: 'http://example.org/whole-page', reason: expect.stringMatching(/no TextQuoteSelector/) },
      { index: 3, id: 'http://example.org/empty', reason: expect.stringMatching(/empty/) },
    ]);
  });
});

describe('refusing what breaks the model', () => {
  it('names the annotation by its position and IRI, and the part at fault', () => {
    let caught: unknown;
    try {
      parseWebAnnotations([anno(), anno({ id: 'http://example.org/anno2' }), anno({ id: 'http://example.org/anno3', created: 'Jan 6' })]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WebAnnotationError);
    expect((caught as WebAnnotationError).message).toBe(
      'Annotation 3 (http://example.org/anno3): "created" must be a date and time like 2020-01-06T10:00:00Z.',
    );
    expect((caught as WebAnnotationError).annotation).toEqual({ index: 2, id: 'http://example.org/anno3' });
    expect(messageOf(anno({ body: [textual('ok'), { type: 'TextualBody' }] }))).toBe(
      'Annotation 1 (http://example.org/anno1), body 2: a TextualBody needs a "value" holding its text.',
    );
  });

  it.each([
    ['a position that runs backwards', { type: 'TextPositionSelector', start: 9, end: 3 }, /"start" must not be after its "end"/],
    ['a negative position', { type: 'TextPositionSelector', start: -1, end: 3 }, /"start" must be a whole number of 0 or more, not -1/],
    ['a fractional position', { type: 'TextPositionSelector', start: 1.5, end: 3 }, /"start" must be a whole number/],
    ['a quote without exact', { type: 'TextQuoteSelector', prefix: 'a' }, /a TextQuoteSelector needs "exact"/],
    ['a numeric prefix', { type: 'TextQuoteSelector', exact: 'a', prefix: 5 }, /"prefix" must be one text, not 5/],
    ['a selector without type', { exact: 'a' }, /a selector needs a "type"/],
    ['an unknown selector', { type: 'WordSelector', word: 3 }, /"WordSelector" is not a selector type/],
    [
      'a broken refinement',
      { type: 'FragmentSelector', value: 'p1', refinedBy: { type: 'TextQuoteSelector' } },
      /selector › refinedBy: a TextQuoteSelector needs "exact"/,
    ],
    [
      'a range without its end',
      { type: 'RangeSelector', startSelector: { type: 'CssSelector', value: 'p' } },
      /a RangeSelector needs "endSelector"/,
    ],
  ])('refuses %s', (_name, selector, expected) => {
    expect(messageOf(anno({ target: { source: 'https://news.example.org/a', selector } }))).toMatch(expected);
  });

  it.each([
    ['an unknown motivation', { motivation: 'gossiping' }, /"motivation" must be one of the model's motivations/],
    ['an unknown purpose', { body: textual('x', 'shouting') }, /body: "purpose" must be one of/],
    [
      'a purpose on a plain web resource',
      { body: { id: 'https://example.org/e', purpose: 'linking' } },
      /"purpose" belongs on a SpecificResource/,
    ],
    ['a TextualBody as target', { target: { type: 'TextualBody', value: 'x' } }, /a target cannot be a TextualBody/],
    ['an empty target list', { target: [] }, /target: it is an empty list/],
    [
      'a source list',
      { target: { source: ['https://a.example', 'https://b.example'], selector: 'https://s.example/1' } },
      /exactly one "source"/,
    ],
    ['a styleClass without stylesheet', { target: { source: 'https://a.example', styleClass: 'red' } }, /no "stylesheet"/],
    ['a bad TimeState', { target: { source: 'https://a.example', state: { type: 'TimeState' } } }, /a TimeState needs either "sourceDate"/],
    ['a relative id', { id: '/annotations/1' }, /"id" must be a web address/],
    ['an id with spaces', { id: 'http://example.org/a b' }, /"id" must be a web address/],
    ['February 30th', { modified: '2021-02-30T10:00:00Z' }, /"modified" must be a date and time/],
  ])('refuses %s', (_name, overrides, expected) => {
    expect(messageOf(anno(overrides))).toMatch(expected);
  });

  it('accepts what the model allows: IRIs in any script, dates without zone, one-item lists', () => {
    const ok = anno({
      id: ['https://例え.jp/注釈/1'],
      created: '2020-01-06T10:00:00',
      modified: ['2020-01-06T10:00:00.5+05:30'],
      creator: 'https://example.org/u',
    });
    expect(parseWebAnnotations(ok).annotations[0]).toMatchObject({ sourceId: 'https://例え.jp/注釈/1', created: '2020-01-06T10:00:00' });
  });

  it('refuses what is too big for Pressmark, naming the annotation', () => {
    expect(messageOf(anno({ bodyValue: 'n'.repeat(20_001) }))).toBe(
      'Annotation 1 (http://example.org/anno1): its note is 20,001 characters long; Pressmark keeps at most 20,000.',
    );
  });
});

describe('hostile input', () => {
  it('refuses files that are not JSON, empty, or not annotations', () => {
    expect(messageOf('{"@context": ')).toMatch(/^The file is not valid JSON: .+\.$/);
    expect(messageOf('   ')).toBe('The file is empty.');
    expect(messageOf('42')).toMatch(/^The file does not hold Web Annotations/);
    expect(messageOf(null)).toMatch(/^The file does not hold Web Annotations/);
    expect(messageOf(undefined)).toMatch(/^The file does not hold Web Annotations/);
    expect(parseWebAnnotations(`\uFEFF${JSON.stringify(anno())}`).annotations).toHaveLength(1);
  });

  it('refuses deep nesting, in the file or in an annotation', () => {
    const depth = 100_000;
    expect(messageOf('['.repeat(depth) + ']'.repeat(depth))).toMatch(/nested too deeply/);
    let nested: unknown = 'deep';
    for (let i = 0; i < 500; i++) nested = { refinedBy: nested };
    expect(messageOf(JSON.stringify(anno({ body: nested })))).toMatch(
      /^Annotation 1 \(http:\/\/example\.org\/anno1\): it is nested too deeply/,
    );
  });

  it('refuses a __proto__ key without polluting anything', () => {
    const text = JSON.stringify(anno()).replace(/^\{/, '{"__proto__": {"polluted": true}, ');
    expect(messageOf(text)).toBe('Annotation 1 (http://example.org/anno1): it contains a forbidden key "__proto__".');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(messageOf(JSON.stringify({ type: 'AnnotationPage', items: [], constructor: 1 }))).toMatch(/forbidden key "constructor"/);
  });

  it('refuses 10 MB strings, wherever they are', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expect(messageOf(JSON.stringify(anno({ bodyValue: huge })))).toBe(
      'Annotation 1 (http://example.org/anno1): it holds a text of 10,485,760 characters; Pressmark reads texts of at most 1,000,000.',
    );
    const hugeId = messageOf(JSON.stringify(anno({ id: `http://example.org/${huge}` })));
    expect(hugeId.length).toBeLessThan(300);
    expect(messageOf(huge).length).toBeLessThan(300);
    expect(messageOf(JSON.stringify(anno({ [huge]: 1 })))).toMatch(/a text of 10,485,760 characters/);
  });

  it('refuses a file beyond the size limit before parsing it', () => {
    expect(messageOf(' '.repeat(WEB_ANNOTATION_IMPORT_LIMITS.fileChars + 1))).toBe(
      'The file is too large to import (100,000,001 characters; the limit is 100,000,000).',
    );
  });

  it.each([
    ['@context', { '@context': 5 }, /"@context" must include/],
    ['id', { id: 5 }, /"id" must be a web address .* not 5/],
    ['type', { type: 5 }, /"type" must be "Annotation", not 5/],
    ['target', { target: 5 }, /target: a target must be a web address .* not 5/],
    ['source', { target: { source: 5, selector: 'https://s.example/1' } }, /target › source: a "source" must be a web address .* not 5/],
    [
      'exact',
      { target: { source: 'https://a.example', selector: { type: 'TextQuoteSelector', exact: 5 } } },
      /"exact" must be one text, not 5/,
    ],
    ['value', { body: { type: 'TextualBody', value: 5 } }, /"value" must be one text, not 5/],
    ['created', { created: 20200106 }, /"created" must be a date and time/],
    ['creator name', { creator: { name: 5 } }, /creator: "name" must be a text, not 5/],
  ])('refuses a number for %s', (_name, overrides, expected) => {
    expect(messageOf(JSON.stringify(anno(overrides)))).toMatch(expected);
  });

  it('refuses 60,000 annotations at once, quickly', () => {
    const items = Array.from({ length: 60_000 }, (_, i) => anno({ id: `http://example.org/anno${i}` }));
    const text = JSON.stringify({
      '@context': CONTEXT,
      id: 'http://example.org/c',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items },
    });
    const started = Date.now();
    expect(messageOf(text)).toBe('The file holds 60,000 annotations; Pressmark imports at most 50,000 at a time.');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('still reads a full-size Pressmark export of 50,000 annotations', () => {
    const annotations = Array.from({ length: 50_000 }, (_, i) => ({
      ...MINIMAL,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      note: 'n',
      author: 'A',
    }));
    const text = JSON.stringify(toWebAnnotationCollection({ document: DOCUMENT, annotations, generatedAt: GENERATED_AT }));
    expect(parseWebAnnotations(text).annotations).toHaveLength(50_000);
  });

  it('refuses objects handed in directly with cycles or non-finite numbers', () => {
    const cyclic: Record<string, unknown> = anno();
    cyclic.body = cyclic;
    expect(messageOf(cyclic)).toMatch(/nested too deeply/);
    expect(
      messageOf(anno({ target: { source: 'https://a.example', selector: { type: 'TextPositionSelector', start: NaN, end: 1 } } })),
    ).toMatch(/number that is not finite/);
  });
});
