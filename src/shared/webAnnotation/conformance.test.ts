/**
 * Pressmark's exports against the W3C Web Annotation Working Group's own conformance assertions
 * (../shared/conformance/web-annotation-tests, read in place): every assertion that
 * annotations/annotationMusts.test lists, run with a draft-04 JSON Schema validator on every
 * exported annotation, plus the collection definitions on the exported collection.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv-draft-04';
import { toWebAnnotation, toWebAnnotationCollection } from './toWebAnnotation';
import { ALL_ANNOTATIONS, DOCUMENT, GENERATED_AT, GENERATOR, IDS, MINIMAL, SOURCE, STATUSES } from './webAnnotationFixtures';

/** The project root (three folders up from this file); the material sits beside it, outside the repository. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SUITE_ROOT = resolve(ROOT, '../shared/conformance/web-annotation-tests');
if (!existsSync(SUITE_ROOT)) throw new Error(`The W3C conformance material is missing: expected it at ${SUITE_ROOT}.`);
const SUITE = SUITE_ROOT;

const readJson = (path: string): AnySchemaObject => JSON.parse(readFileSync(path, 'utf8')) as AnySchemaObject;

// JSON Schema's "uri" (RFC 3986 absolute URI) and "date-time" (RFC 3339) formats, written here
// from the RFCs' grammars because ajv-formats is not installed. Independent of src/ on purpose.
const pct = '%[0-9A-Fa-f]{2}';
const unreserved = 'A-Za-z0-9\\-._~';
const subDelims = "!$&'()*+,;=";
const pchar = `(?:[${unreserved}${subDelims}:@]|${pct})`;
const authority = `(?:(?:[${unreserved}${subDelims}:]|${pct})*@)?(?:\\[[0-9A-Fa-f:.vV]+\\]|(?:[${unreserved}${subDelims}]|${pct})*)(?::\\d*)?`;
const RFC3986_URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.\\-]*:(?://${authority}(?:/${pchar}*)*|/(?:${pchar}+(?:/${pchar}*)*)?|${pchar}+(?:/${pchar}*)*|)` +
    `(?:\\?(?:${pchar}|[/?])*)?(?:#(?:${pchar}|[/?])*)?$`,
);
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2}|60)(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59;
}

interface Assertion {
  file: string;
  id: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage: string;
  validate: ValidateFunction;
}

/** An ajv that knows every definitions/*.json under its own id (its file name), as the assertions $ref them. */
function conformanceAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (value: string) => RFC3986_URI.test(value));
  ajv.addFormat('date-time', isRfc3339);
  const definitions = join(SUITE, 'definitions');
  for (const file of readdirSync(definitions)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const schema = readJson(join(definitions, file));
    expect(schema.id, `${file} is referenced by its file name`).toBe(file);
    ajv.addSchema(schema);
  }
  return ajv;
}

function loadMusts(ajv: Ajv): Assertion[] {
  const list = readJson(join(SUITE, 'annotations/annotationMusts.test')) as { assertions: string[] };
  return list.assertions.map((file) => {
    const schema = readJson(join(SUITE, file));
    const expectedResult = schema.expectedResult === 'invalid' ? 'invalid' : 'valid';
    return { file, id: String(schema.id), expectedResult, errorMessage: String(schema.errorMessage), validate: ajv.compile(schema) };
  });
}

/** The assertions this annotation breaks, each with its own errorMessage and ajv's details. */
function failures(musts: Assertion[], value: unknown): string[] {
  return musts.flatMap((assertion) => {
    const valid = assertion.validate(value) === true;
    if (valid === (assertion.expectedResult === 'valid')) return [];
    const details = (assertion.validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    return [`${assertion.file}: ${assertion.errorMessage}${details.length ? ` [${details.join('; ')}]` : ''}`];
  });
}

const ajv = conformanceAjv();
const musts = loadMusts(ajv);

const collection = toWebAnnotationCollection({
  document: DOCUMENT,
  annotations: ALL_ANNOTATIONS,
  generatedAt: GENERATED_AT,
  generator: GENERATOR,
  statuses: STATUSES,
});
const exported = (collection.first?.items ?? []).map((item) => ({ name: item.id, item }));
const minimal = toWebAnnotation(MINIMAL, { ...DOCUMENT, sourceUrl: '' }, new Map([[SOURCE.id, SOURCE]]));

describe('the conformance suite as loaded', () => {
  it('runs every assertion of annotationMusts.test', () => {
    expect(musts.length).toBe(54);
    expect(new Set(musts.map((m) => m.id)).size).toBe(musts.length);
  });

  it('is not vacuous: it catches broken annotations, formats included', () => {
    const good = exported[0]!.item;
    expect(failures(musts, good)).toEqual([]);
    expect(failures(musts, { ...good, created: 'yesterday' }).join()).toContain('3.3.1-annotationCreatedValidated');
    expect(failures(musts, { ...good, id: 'not a uri' }).join()).toContain('3.1-annotationIdValidated');
    expect(failures(musts, { ...good, '@context': 'http://example.org/other' }).join()).toContain('3.1-annotationContextValidated');
    expect(failures(musts, { ...good, bodyValue: 'x' }).join()).toContain('3.2.5-notBodyBodyValue');
    // Why evidence links are SpecificResources: a purpose on a bare External Web Resource is refused.
    const ewrEvidence = { ...good, body: [{ id: 'https://example.org/evidence', purpose: 'linking' }] };
    expect(failures(musts, ewrEvidence).join()).toContain('3.3.5-bodyEWRNoPurpose');
  });
});

describe('every exported annotation meets every MUST', () => {
  it('exports all kinds, an orphaned and a review annotation', () => {
    const items = exported.map((e) => e.item);
    expect(
      new Set(items.flatMap((i) => i.body.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'tagging' ? [b.value] : [])))),
    ).toEqual(new Set(['quote', 'source', 'claim']));
    expect(
      items
        .map((i) => i['pressmark:status'])
        .filter(Boolean)
        .sort(),
    ).toEqual(['orphaned', 'review']);
    expect(items.some((i) => i.body.some((b) => b.type === 'SpecificResource'))).toBe(true);
  });

  const cases = [...exported, { name: `minimal ${IDS.minimal} (no note, no author, no web address)`, item: minimal }];
  for (const { name, item } of cases) {
    describe(name, () => {
      for (const assertion of musts) {
        it(assertion.file, () => {
          const valid = assertion.validate(item) === true;
          const details = JSON.stringify(assertion.validate.errors ?? []).slice(0, 1000);
          expect(valid, `${assertion.errorMessage}\n${details}`).toBe(assertion.expectedResult === 'valid');
        });
      }
    });
  }
});

describe('the exported collection', () => {
  const definition = (name: string) => ajv.getSchema(`collections.json#/definitions/${name}`)!;

  it('meets the collection definitions: context, type, label, total, and a first page since total > 0', () => {
    for (const name of [
      'annotationCollectionTypeValueFound',
      'labelFound',
      'totalFound',
      'firstFound',
      'firstRequiredIfTotalMoreThanZero',
    ]) {
      expect(definition(name)(collection), name).toBe(true);
    }
    expect(definition('contextValueInArrayFound')(collection['@context'])).toBe(true);
    expect(RFC3986_URI.test(collection.id)).toBe(true);
    const page = collection.first!;
    for (const name of ['annotationPageTypeValueFound', 'itemsFound', 'startIndexFound', 'partOfFound']) {
      expect(definition(name)(page), name).toBe(true);
    }
  });

  it('without annotations, has no first page and still meets them', () => {
    const empty = toWebAnnotationCollection({ document: DOCUMENT, annotations: [], generatedAt: GENERATED_AT });
    expect(definition('firstRequiredIfTotalMoreThanZero')(empty)).toBe(true);
    expect(definition('totalFound')(empty)).toBe(true);
  });
});
