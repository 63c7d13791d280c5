/**
 * Background jobs: where the worker script is found, when the services run inline, the sentences a
 * crashed or stuck worker gives the user, and that the real worker (worker.ts, run from source through
 * tsx) imports and exports exactly what the inline path does, on a database file it reads read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { openDatabase, openMemoryDatabase } from '../storage/database';
import { createServices, type Services } from '../services/services';
import { createDispatcher } from '../api/dispatch';
import { steppingClock, tempDir } from '../../test/testServices';
import { createBackgroundJobs, findWorkerScript, pooledJobs } from './backgroundJobs';
import { WorkerPool } from './workerPool';
import type { WorkerJob } from './workerJobs';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function script(source: string): string {
  const file = path.join(tempDir('pressmark-jobs-'), 'worker.js');
  fs.writeFileSync(file, source);
  return file;
}

describe('findWorkerScript', () => {
  it('takes PRESSMARK_WORKER, else worker.js beside the bundle or its parent, else none (TypeScript sources)', () => {
    expect(findWorkerScript({ PRESSMARK_WORKER: 'out/main/worker.js' }, '/x')).toBe(path.resolve('out/main/worker.js'));
    const out = tempDir('pressmark-out-');
    fs.mkdirSync(path.join(out, 'chunks'));
    fs.writeFileSync(path.join(out, 'worker.js'), '');
    expect(findWorkerScript({}, out)).toBe(path.join(out, 'worker.js'));
    expect(findWorkerScript({}, path.join(out, 'chunks'))).toBe(path.join(out, 'worker.js'));
    expect(findWorkerScript({}, __dirname)).toBeUndefined();
  });

  it('runs inline (no jobs) on an in-memory database or without a worker script', () => {
    const memory = openMemoryDatabase();
    expect(createBackgroundJobs(memory, { script: script('') })).toBeUndefined();
    memory.close();
    const file = openDatabase({ dataDir: tempDir() });
    expect(createBackgroundJobs(file, { script: false })).toBeUndefined();
    expect(createBackgroundJobs(file)).toBeUndefined();
    file.close();
  });
});

describe('pooledJobs', () => {
  const file = { fileName: 'page.html', bytes: new Uint8Array([60, 112, 62]) };
  const request = { documentId: 'd', format: 'html' as const, generatedAt: '2026-01-01T00:00:00.000Z' };

  function jobsOn(source: string, timeoutMs = 60_000) {
    const pool = new WorkerPool<WorkerJob, unknown>({ script: script(source), timeoutMs });
    const jobs = pooledJobs(pool);
    cleanups.push(() => jobs.close());
    return jobs;
  }

  it('says which file the importer stopped on when the worker crashes, and which export', async () => {
    const jobs = jobsOn(`require('node:worker_threads').parentPort.on('message', () => process.exit(1));`);
    const error = await jobs.prepareImport({ file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('internal');
    expect((error as ApiError).message).toMatch(
      /^The importer stopped unexpectedly while reading "page\.html" \(.*exit code 1.*\)\. Nothing was imported/,
    );
    const exportError = await jobs.renderExport(request).catch((e: unknown) => e);
    expect((exportError as ApiError).message).toMatch(/^The exporter stopped unexpectedly .* No file was written/);
  });

  it('stops a job that runs too long, with a sentence saying so', async () => {
    const jobs = jobsOn(`require('node:worker_threads').parentPort.on('message', () => setInterval(() => {}, 1000));`, 200);
    const error = await jobs.prepareImport({ file }).catch((e: unknown) => e);
    expect((error as ApiError).message).toMatch(
      /^Importing "page\.html" took longer than 0 seconds and was stopped\. Nothing was imported/,
    );
  });

  it('passes the worker’s ApiError through unchanged', async () => {
    const jobs = jobsOn(`
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ id }) => parentPort.postMessage({ id, ok: false, error: { kind: 'api', data: { code: 'invalid_input', message: '"page.html" contains no article text.' } } }));`);
    const error = await jobs.prepareImport({ file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).toData()).toEqual({ code: 'invalid_input', message: '"page.html" contains no article text.' });
  });
});

describe('the real worker (from source, through tsx)', () => {
  const FIXTURES = path.join(__dirname, '..', 'import', 'fixtures');
  const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  // The test clock steps on every reading, and the paths read it a different number of times (sessions' elapsed time).
  const TIME = /\d{4}-\d\d-\d\dT[\d:.]+Z/g;

  /** Services on a database file; with `worker`, imports and exports go to worker.ts run through tsx. */
  function open(dataDir: string, worker: boolean): Services {
    const db = openDatabase({ dataDir });
    const launcher = script(
      `require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))});\nrequire(${JSON.stringify(path.join(__dirname, 'worker.ts'))});\n`,
    );
    const jobs = worker ? createBackgroundJobs(db, { script: launcher }) : undefined;
    expect(Boolean(jobs)).toBe(worker);
    const services = createServices(db, { clock: steppingClock(), ...(jobs ? { jobs } : {}) });
    cleanups.push(() => services.close());
    return services;
  }

  it('imports and exports exactly what the inline path does, and fails the same way', { timeout: 120_000 }, async () => {
    const page = { fileName: 'saved-page.html', bytes: fs.readFileSync(path.join(FIXTURES, 'saved-page.html')) };
    const results = [];
    for (const worker of [false, true]) {
      const services = open(tempDir(), worker);
      const dispatch = createDispatcher(services.handlers, { logError: () => undefined });
      const imported = await services.imports.importDocument({ file: page });
      const id = imported.document.id;
      const stored = services.documents.get({ id });
      const text = stored.plainText;
      const start = text.indexOf(text.trim().split(/\s+/)[3]!);
      const created = await dispatch('annotations.create', {
        documentId: id,
        kind: 'claim',
        start,
        end: start + 5,
        exact: text.slice(start, start + 5),
      });
      expect(created.ok).toBe(true);
      const exports = [];
      for (const format of ['html', 'md', 'csv', 'jsonld'] as const) {
        const file = await services.exports.exportFile(id, format);
        const contract = await dispatch('documents.export', { id, format });
        exports.push({
          ...file,
          data: Buffer.from(file.data).toString('utf8'),
          contract: contract.ok && (contract.value as { dataBase64: string }).dataBase64.length,
        });
      }
      const bad = await dispatch('documents.import', {
        file: { fileName: 'empty.html', dataBase64: Buffer.from('<html><body></body></html>').toString('base64') },
      });
      const missing = await dispatch('documents.export', { id: crypto.randomUUID(), format: 'html' });
      const { id: _id, createdAt: _c, updatedAt: _u, ...document } = stored;
      results.push({
        document,
        summary: { ...imported.document, id: '', createdAt: '', updatedAt: '' },
        exports: exports.map((e) => ({ ...e, data: e.data.replace(UUID, 'UUID').replace(TIME, 'TIME') })),
        bad,
        missing,
      });
    }
    const [inline, worker] = results;
    expect(worker!.document).toEqual(inline!.document);
    expect(worker!.summary).toEqual(inline!.summary);
    expect(worker!.bad).toEqual(inline!.bad);
    expect(inline!.bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(worker!.missing).toEqual(inline!.missing);
    expect(inline!.missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(worker!.exports).toEqual(inline!.exports);
  });
});
