/**
 * What the Node benchmarks share: the workload (fixture text, ~1 MB, 10,000 annotations), Pressmark's real services and
 * dispatcher over a database in a fresh temporary data directory (WAL, synchronous=FULL, as the app opens it), and the
 * contract inputs that create the workload's annotations with their kind fields (quote speaker, source name and type,
 * claim status).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkload, type Workload, type WorkloadAnnotation } from '../workload';
import type { BenchOptions } from '../benchTypes';
import { openDatabase } from '../../src/main/storage/database';
import { createServices, type Services } from '../../src/main/services/services';
import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch';
import { createBackgroundJobs } from '../../src/main/workers/backgroundJobs';
import { plainTextToDoc } from '../../src/shared/editor/fromPlainText';
import type { PmNodeJson } from '../../src/shared/domain/document';
import { CLAIM_STATUSES, SOURCE_TYPES } from '../../src/shared/domain/annotation';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_PATH = path.resolve(ROOT, '..', 'shared', 'fixtures', '000_16baf4ff779ed96d.txt');

export function readFixtureText(): string {
  return fs.readFileSync(FIXTURE_PATH, 'utf8');
}

export function benchWorkload(options: BenchOptions, seed = 1): Workload {
  return buildWorkload(readFixtureText(), { targetChars: options.targetChars, annotations: options.annotations, seed });
}

export function docJson(text: string): PmNodeJson {
  return plainTextToDoc(text).toJSON() as PmNodeJson;
}

export interface BenchApi {
  services: Services;
  dispatch: Dispatch;
  /** Calls a method through the dispatcher and throws on a failure envelope. */
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  dataDir: string;
  /** Closes the database, stops the workers and removes the data directory. */
  close(): Promise<void>;
}

export interface BenchApiOptions {
  /** Run imports and exports in worker threads from this built script (see builtWorker.ts), as the app does; else inline. */
  workerScript?: string;
}

/** Real services on a database file in a new temporary data directory, reached through the dispatcher every host uses. */
export function openBenchApi(options: BenchApiOptions = {}): BenchApi {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressmark-bench-'));
  const db = openDatabase({ dataDir });
  const jobs = options.workerScript ? createBackgroundJobs(db, { script: options.workerScript }) : undefined;
  const services = createServices(db, jobs ? { jobs } : {});
  const dispatch = createDispatcher(services.handlers, { logError: () => undefined });
  return {
    services,
    dispatch,
    dataDir,
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value as T;
    },
    async close() {
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The `annotations.createMany` items for the workload's annotations, each with the fields of its kind filled in. */
export function batchItems(workload: Workload) {
  return workload.annotations.map((annotation, index) => batchItem(annotation, index, workload.text));
}

function batchItem(annotation: WorkloadAnnotation, index: number, text: string) {
  const base = { id: annotation.id, start: annotation.start, end: annotation.end, exact: text.slice(annotation.start, annotation.end) };
  switch (annotation.kind) {
    case 'quote':
      return { ...base, kind: 'quote' as const, speaker: `Speaker ${index % 97}` };
    case 'source':
      return {
        ...base,
        kind: 'source' as const,
        sourceName: `Source ${index % 89}`,
        sourceType: SOURCE_TYPES[index % SOURCE_TYPES.length]!,
      };
    case 'claim':
      return { ...base, kind: 'claim' as const, status: CLAIM_STATUSES[index % 2]! };
  }
}

/** A fresh document holding the workload's text, created through the contract; returns its id. */
export async function createWorkloadDocument(api: BenchApi, workload: Workload): Promise<string> {
  const document = await api.call<{ id: string; plainText: string }>('documents.create', {
    title: workload.title,
    content: docJson(workload.text),
  });
  if (document.plainText !== workload.text) throw new Error('The stored plain text differs from the workload text.');
  return document.id;
}
