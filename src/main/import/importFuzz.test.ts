/**
 * Importer fuzzing: every importer (text, Markdown, web page, Word, W3C Web Annotation JSON-LD) gets
 * thousands of damaged and hostile inputs (see fuzzInputs.ts). Each either imports or fails with the
 * importer's typed error (ImportError, WebAnnotationError; ApiError through the service), each takes
 * under two seconds (measured per input, not a test timeout), and through the service a failed import
 * leaves the database exactly as it was: no document, no annotation half-imported.
 * FUZZ_RUNS multiplies the number of inputs (see src/test/fuzzRuns.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/import/articleFromFile';
import { parseWebAnnotations, WebAnnotationError } from '../../shared/webAnnotation/parseWebAnnotations';
import { toWebAnnotationCollection } from '../../shared/webAnnotation/toWebAnnotation';
import { ALL_ANNOTATIONS, DOCUMENT, GENERATED_AT, GENERATOR, STATUSES } from '../../shared/webAnnotation/webAnnotationFixtures';
import { API_ERROR_CODES } from '../../shared/contract/errors';
import { createTestApi, docJson, type TestApi } from '../../test/testServices';
import { databaseHash } from '../../test/databaseHash';
import { fuzzRuns, fuzzSeed } from '../../test/fuzzRuns';
import { readImportFixture } from './fixtures/inspectContent';
import { importArticleFile } from './importArticleFile';
import { brokenDocxFiles, hostileBytes, mutatedBytes } from './fuzzInputs';

fc.configureGlobal({ seed: fuzzSeed() });

/** No single input may take longer than this. */
const MAX_MS_PER_INPUT = 2000;
const utf8 = (text: string) => new TextEncoder().encode(text);
const slowest: Record<string, { ms: number; inputs: number }> = {};

/**
 * Runs one import, measures it, and returns what came out: a value or the error it threw. The bound is on the CPU
 * time this test process spent (Vitest runs each file in its own process), so other test files competing for the
 * same cores do not count against an importer; the wall time is reported beside it.
 */
async function timed<T>(label: string, run: () => Promise<T> | T): Promise<{ value?: T; error?: unknown }> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let outcome: { value?: T; error?: unknown };
  try {
    outcome = { value: await run() };
  } catch (error) {
    outcome = { error };
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const ms = (cpu.user + cpu.system) / 1000;
  const stats = (slowest[label] ??= { ms: 0, inputs: 0 });
  stats.inputs++;
  stats.ms = Math.max(stats.ms, ms);
  expect(ms, `${label}: one input took ${Math.round(ms)} ms of CPU (${Math.round(wallMs)} ms on the clock)`).toBeLessThan(MAX_MS_PER_INPUT);
  return outcome;
}

async function expectImportOrImportError(fileName: string, bytes: Uint8Array, label: string): Promise<void> {
  const { value, error } = await timed(label, () => importArticleFile(fileName, bytes));
  if (error !== undefined) {
    if (!(error instanceof ImportError)) throw new Error(`${label}: not an ImportError: ${String(error)}`, { cause: error });
    expect(error.message).toContain(fileName);
  } else {
    expect(typeof value?.title).toBe('string');
    expect(value?.content.type).toBe('doc');
  }
}

const seedText = readImportFixture('storm-cp1252.txt');
const seedHtml = readImportFixture('saved-page.html');
const seedXss = readImportFixture('xss-vectors.html');
const seedDocx = readImportFixture('briefing.docx');
const seedMarkdown = utf8('# Title\n\nA *paragraph* with [a link](https://example.org).\n\n> A quote\n\n- one\n- two\n\n```\ncode\n```\n');
const seedJsonLd = JSON.stringify(
  toWebAnnotationCollection({
    document: DOCUMENT,
    annotations: ALL_ANNOTATIONS,
    generatedAt: GENERATED_AT,
    generator: GENERATOR,
    statuses: STATUSES,
  }),
);

afterAll(() => {
  const summary = Object.entries(slowest).map(([label, s]) => `${label}: ${s.inputs} inputs, slowest ${Math.round(s.ms)} ms`);
  console.info(`[import fuzz] ${summary.join('; ')}`);
});

describe('importer fuzzing: only typed errors, each input under two seconds', () => {
  it('text files', async () => {
    const input = fc.oneof(mutatedBytes(seedText), hostileBytes('text'));
    await fc.assert(
      fc.asyncProperty(input, (bytes) => expectImportOrImportError('article.txt', bytes, 'txt')),
      { numRuns: fuzzRuns(700), endOnFailure: true },
    );
  });

  it('Markdown files', async () => {
    const input = fc.oneof(mutatedBytes(seedMarkdown), hostileBytes('markdown'));
    await fc.assert(
      fc.asyncProperty(input, (bytes) => expectImportOrImportError('article.md', bytes, 'md')),
      { numRuns: fuzzRuns(500), endOnFailure: true },
    );
  });

  it('saved web pages', async () => {
    const input = fc.oneof(mutatedBytes(seedHtml), mutatedBytes(seedXss), hostileBytes('html'));
    await fc.assert(
      fc.asyncProperty(input, (bytes) => expectImportOrImportError('page.html', bytes, 'html')),
      { numRuns: fuzzRuns(300), endOnFailure: true },
    );
  });

  it('Word files', async () => {
    const broken = await brokenDocxFiles(seedDocx);
    for (const [i, bytes] of broken.entries()) await expectImportOrImportError(`broken-${i}.docx`, bytes, 'docx (hand-made)');
    const input = fc.oneof(mutatedBytes(seedDocx), fc.constantFrom(...broken).chain(mutatedBytes), fc.uint8Array({ maxLength: 4096 }));
    await fc.assert(
      fc.asyncProperty(input, (bytes) => expectImportOrImportError('notes.docx', bytes, 'docx')),
      { numRuns: fuzzRuns(300), endOnFailure: true },
    );
  });

  it('W3C Web Annotation files', async () => {
    const input = fc.oneof(
      mutatedBytes(utf8(seedJsonLd)).map((b) => new TextDecoder().decode(b)),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
      fc.integer({ min: 101, max: 100_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
      fc.integer({ min: 101, max: 100_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
      fc.constantFrom(
        '{"__proto__":{"polluted":true},"items":[]}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        'NaN',
        '',
        '\uFEFF[]',
      ),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const { error } = await timed('jsonld', () => parseWebAnnotations(text));
        if (error !== undefined && !(error instanceof WebAnnotationError)) {
          throw new Error(`not a WebAnnotationError: ${String(error)}`, { cause: error });
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: fuzzRuns(700), endOnFailure: true },
    );
  });
});

describe('importer fuzzing through the service: a failed import leaves nothing behind', () => {
  let api: TestApi;
  let documentId: string;
  const file = (fileName: string, bytes: Uint8Array) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });

  beforeAll(async () => {
    api = createTestApi();
    documentId = (await api.client.call('documents.create', { title: 'Target', content: docJson('A storm hit the coast on Monday.') })).id;
  });

  async function importChecked(method: 'documents.import' | 'annotations.import', input: Record<string, unknown>, label: string) {
    const before = databaseHash(api.services.db);
    const documentsBefore = (await api.client.call('documents.list', {})).length;
    const { value: result } = await timed(label, () => api.dispatch(method, input));
    if (!result) throw new Error(`${label}: the dispatcher threw`);
    if (result.ok) return;
    expect(API_ERROR_CODES).toContain(result.error.code);
    expect(result.error.code, result.error.message).not.toBe('internal');
    expect((await api.client.call('documents.list', {})).length).toBe(documentsBefore);
    expect(databaseHash(api.services.db), `${label}: a failed import changed the database`).toBe(before);
  }

  it('documents.import with damaged articles and damaged annotation files', async () => {
    const article = fc.oneof(
      mutatedBytes(seedText).map((b) => file('a.txt', b)),
      mutatedBytes(seedHtml).map((b) => file('a.html', b)),
      mutatedBytes(seedDocx).map((b) => file('a.docx', b)),
      hostileBytes('markdown').map((b) => file('a.md', b)),
    );
    const annotations = fc.option(
      mutatedBytes(utf8(seedJsonLd)).map((b) => file('a.jsonld', b)),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(article, annotations, (articleFile, annotationFile) =>
        importChecked('documents.import', { file: articleFile, ...(annotationFile ? { annotations: annotationFile } : {}) }, 'service'),
      ),
      { numRuns: fuzzRuns(150), endOnFailure: true },
    );
  });

  it('annotations.import with damaged annotation files', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBytes(utf8(seedJsonLd)), (bytes) =>
        importChecked('annotations.import', { documentId, file: file('notes.jsonld', bytes) }, 'service'),
      ),
      { numRuns: fuzzRuns(80), endOnFailure: true },
    );
  });
});
