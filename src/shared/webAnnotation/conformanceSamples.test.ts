/**
 * The Working Group's sample annotations (tools/samples, read in place): every incorrect one is
 * refused with a sentence, every correct one is accepted, and those that quote text are read.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebAnnotations } from './parseWebAnnotations';
import { WebAnnotationError } from './webAnnotationError';

/** The project root (three folders up from this file); the material sits beside it, outside the repository. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SUITE_ROOT = resolve(ROOT, '../shared/conformance/web-annotation-tests');
if (!existsSync(SUITE_ROOT)) throw new Error(`The W3C conformance material is missing: expected it at ${SUITE_ROOT}.`);
const SAMPLES = join(SUITE_ROOT, 'tools/samples');
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const samples = (folder: 'correct' | 'incorrect') =>
  readdirSync(join(SAMPLES, folder))
    .filter((name) => name.endsWith('.json'))
    .sort(byNumber)
    .map((name) => ({ name, text: readFileSync(join(SAMPLES, folder, name), 'utf8') }));

function refusal(text: string): string {
  try {
    parseWebAnnotations(text);
  } catch (error) {
    expect(error).toBeInstanceOf(WebAnnotationError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

/**
 * Most incorrect samples also break JSON (trailing commas) or the id rule (two ids) besides the
 * defect their label names; repaired of those, each must still be refused, for that defect.
 */
const INTENDED_DEFECT: Record<string, RegExp | 'none left'> = {
  'anno2.json': /"@context" is missing/,
  'anno3.json': /"@context" is missing/,
  'anno4.json': /"@context" must include/,
  'anno5.json': /"@context" must include/,
  'anno6.json': /"id" must be a web address/,
  'anno7.json': 'none left', // its defect is the two ids
  'anno8.json': /"type" is missing/,
  'anno9.json': /"type" must be "Annotation", not "Squirrel"/,
  'anno10.json': /"target" is missing/,
  'anno11.json': /target: a target must be a web address .* not 9/,
  'anno12.json': /body: "this is not a uri" is not a web address/,
  'anno13.json': /body: "id" must be a web address .*"this is not a uri either"/,
  'anno14.json': /body: "format" must be a media type .* not 6/,
  'anno15.json': 'none left', // "langauage" is misspelt: an unknown key, which the model ignores
  'anno16.json': /body: "textDirection" must be one of ltr, rtl or auto, not "squirrel"/,
  'anno17.json': /body: a TextualBody needs a "value"/,
  'anno18.json': /body: a TextualBody's "value" must be one text/,
  'anno19.json': /both "body" and "bodyValue"/,
  'anno20.json': /"bodyValue" must be one text, not a list/,
  'anno21.json': /"bodyValue" must be one text, not 23/,
  'anno22.json': /body: it is typed both "Choice" and "List"/,
  'anno23.json': /body: "processingLanguage" must be one language code/,
  'anno24.json': /body: "textDirection" must be one of ltr, rtl or auto, not a list/,
  'anno25.json': /body: "items" belongs only on a Choice/,
  'anno26.json': /"creator" must be a web address .* not 6/,
  'anno27.json': /"generator" must be a web address .* not 42/,
  'anno28.json': /"created" must be a date and time like 2020-01-06T10:00:00Z\./,
  'anno29.json': /"modified" must be a date and time/,
  'anno30.json': /"generated" must be a date and time/,
  'anno31.json': /"modified" must be a date and time .*one, not a list/,
  'anno32.json': /"created" must be a date and time .*one, not a list/,
  'anno33.json': /"generated" must be a date and time .*one, not a list/,
  'anno34.json': /"rights" must be a web address .*"not a uri"/,
  'anno35.json': /"via" must be a web address .*"not a uri"/,
  'anno36.json': /"canonical" must be a web address .*"not a uri"/,
  'anno37.json': /target: a SpecificResource needs a "source"/,
  'anno38.json': /target › selector: a FragmentSelector needs "value"/,
  'anno39.json': /target › selector: a FragmentSelector's "value" must be one text/,
};

function repaired(text: string): string {
  return text
    .replace(/,(\s*[}\]])/g, '$1')
    .replace(/"id": \["http:\/\/example\.org\/1", "http:\/\/example\.org\/2"\]/, '"id": "http://example.org/1"');
}

describe('incorrect samples', () => {
  const incorrect = samples('incorrect');

  it('are all there', () => {
    expect(incorrect.map((s) => s.name)).toEqual(['anno1.json', ...Object.keys(INTENDED_DEFECT)]);
  });

  for (const { name, text } of incorrect) {
    it(`${name} is refused with a sentence that names the annotation`, () => {
      const message = refusal(text);
      expect(message).toMatch(/^(The file is not valid JSON: .+\.|Annotation 1( \(.+\))?(, [^:]+)?: .+\.)$/);
    });
  }

  it('anno1.json, which is not JSON at all, says so', () => {
    expect(refusal(incorrect[0]!.text)).toMatch(/^The file is not valid JSON: /);
  });

  for (const [name, expected] of Object.entries(INTENDED_DEFECT)) {
    it(`${name}, repaired of its other faults, is refused for the defect its label names`, () => {
      const text = repaired(incorrect.find((s) => s.name === name)!.text);
      if (expected === 'none left') {
        expect(() => parseWebAnnotations(text)).not.toThrow();
      } else {
        expect(refusal(text)).toMatch(expected);
      }
    });
  }

  it('name the annotation by position and IRI', () => {
    expect(refusal(repaired(incorrect.find((s) => s.name === 'anno28.json')!.text))).toBe(
      'Annotation 1 (http://example.org/1): "created" must be a date and time like 2020-01-06T10:00:00Z.',
    );
  });
});

describe('correct samples', () => {
  /** Does any target of this JSON hold a TextQuoteSelector? Searched independently of the parser. */
  const quotesText = (annotation: unknown): boolean =>
    JSON.stringify((annotation as { target?: unknown }).target ?? null).includes('"TextQuoteSelector"');

  for (const { name, text } of samples('correct')) {
    it(`${name} is accepted; annotations that quote text are read, the others listed as ignored`, () => {
      const json = JSON.parse(text) as { type?: string; items?: unknown[]; first?: { items?: unknown[] } | string };
      const annotations =
        json.type === 'AnnotationCollection'
          ? typeof json.first === 'object'
            ? (json.first.items ?? [])
            : []
          : json.type === 'AnnotationPage'
            ? (json.items ?? [])
            : [json];
      const result = parseWebAnnotations(text);
      expect(result.annotations).toHaveLength(annotations.filter(quotesText).length);
      expect(result.ignored.map((i) => i.index)).toEqual(annotations.flatMap((a, i) => (quotesText(a) ? [] : [i])));
      for (const ignored of result.ignored) expect(ignored.reason).toMatch(/TextQuoteSelector/);
    });
  }

  it('read the quote, its context and its target, directly or inside refinedBy', () => {
    const [direct] = parseWebAnnotations(readFileSync(join(SAMPLES, 'correct/anno26.json'), 'utf8')).annotations;
    expect(direct).toEqual({
      sourceId: 'http://example.org/anno26',
      kind: 'claim',
      quote: { exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
      targetSource: 'http://example.org/page1',
      note: '',
      evidence: [{ url: 'http://example.org/comment1', title: '', publisher: '', accessedAt: '', excerpt: '', note: '' }],
    });
    const [refined] = parseWebAnnotations(readFileSync(join(SAMPLES, 'correct/anno32.json'), 'utf8')).annotations;
    expect(refined?.quote).toEqual({ exact: 'Selected Text', prefix: 'text before the ', suffix: ' and text after it' });
  });

  it('say when a collection only links its pages', () => {
    const linked = parseWebAnnotations(readFileSync(join(SAMPLES, 'correct/example41.json'), 'utf8'));
    expect(linked.annotations).toEqual([]);
    expect(linked.notices?.[0]).toMatch(/only linked \(http:\/\/example\.org\/page1\)/);
  });
});
