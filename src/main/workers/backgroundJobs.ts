/**
 * Where the main side's long computations run: imports' parsing and exports' reading and rendering go
 * to a pool of worker threads (out/main/worker.js), so the main thread only writes to SQLite and stays
 * responsive. Without a built worker next to the running code (Vitest, tsx) or with an in-memory
 * database (which a worker cannot open), there are no background jobs: the services run the same
 * functions inline. A worker's failures reach callers as the same ApiErrors the inline path throws;
 * a crash or a job over the time limit becomes an ApiError saying so.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { FileBytes, PreparedImport } from '../import/prepareImport';
import type { ExportRequest, RenderedExport } from '../services/exportsService';
import { DEFAULT_JOB_TIMEOUT_MS, WorkerPool, WorkerStoppedError, WorkerTimeoutError } from './workerPool';
import type { WorkerJob, WorkerSetup } from './workerJobs';

export interface BackgroundJobs {
  /** Parses, checks and converts an article file (and places the annotations of a JSON-LD file) for storing. */
  prepareImport(input: { file: FileBytes; annotations?: FileBytes }): Promise<PreparedImport>;
  /** Reads an article from the database file and renders its export (a PDF's HTML is returned to print). */
  renderExport(request: ExportRequest): Promise<RenderedExport>;
  /** Stops the workers; later jobs are refused. */
  close(): Promise<void>;
}

export interface BackgroundJobsOptions {
  /** The worker script; default: $PRESSMARK_WORKER, else worker.js next to the running bundle. `false`: no worker. */
  script?: string | false;
  /** The better-sqlite3 binary the worker must load (the one the main side uses). */
  nativeBinding?: string;
  /** Workers at most (default 2: an import and an export can run side by side). */
  size?: number;
  timeoutMs?: number;
}

export const WORKER_FILE_NAME = 'worker.js';

/**
 * The built worker: $PRESSMARK_WORKER if set, else worker.js beside this bundle (out/main/, or its
 * parent when this code sits in out/main/chunks/); undefined when running TypeScript sources.
 */
export function findWorkerScript(env: NodeJS.ProcessEnv = process.env, here: string | undefined = moduleDir()): string | undefined {
  if (env.PRESSMARK_WORKER) return path.resolve(env.PRESSMARK_WORKER);
  if (!here) return undefined;
  return [path.join(here, WORKER_FILE_NAME), path.join(here, '..', WORKER_FILE_NAME)].find((file) => fs.existsSync(file));
}

/** Background jobs on a pool of workers for this database, or undefined (run inline) when there can be none. */
export function createBackgroundJobs(db: Database, options: BackgroundJobsOptions = {}): BackgroundJobs | undefined {
  if (db.memory || options.script === false) return undefined;
  const script = options.script ?? findWorkerScript();
  if (!script) return undefined;
  const setup: WorkerSetup = { databaseFile: db.name, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
  const pool = new WorkerPool<WorkerJob, unknown>({
    script,
    size: options.size ?? 2,
    workerData: setup,
    timeoutMs: options.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS,
  });
  return pooledJobs(pool);
}

/** The jobs on a given pool, with a worker's crash or timeout turned into a sentence for the user. */
export function pooledJobs(pool: WorkerPool<WorkerJob, unknown>): BackgroundJobs {
  return {
    async prepareImport(input) {
      try {
        return (await pool.run({ type: 'import', ...input })) as PreparedImport;
      } catch (error) {
        throw explain(error, {
          stopped: (why) =>
            `The importer stopped unexpectedly while reading "${input.file.fileName}" (${why}). Nothing was imported; try again.`,
          timedOut: (seconds) =>
            `Importing "${input.file.fileName}" took longer than ${seconds} seconds and was stopped. Nothing was imported; the file may be too large or too complex.`,
        });
      }
    },
    async renderExport(request) {
      try {
        return (await pool.run({ type: 'export', ...request })) as RenderedExport;
      } catch (error) {
        throw explain(error, {
          stopped: (why) => `The exporter stopped unexpectedly (${why}). No file was written; try again.`,
          timedOut: (seconds) => `The export took longer than ${seconds} seconds and was stopped. No file was written; try again.`,
        });
      }
    },
    close: () => pool.close(),
  };
}

function explain(error: unknown, say: { stopped(why: string): string; timedOut(seconds: number): string }): unknown {
  if (error instanceof WorkerTimeoutError) return new ApiError('internal', say.timedOut(Math.round(error.timeoutMs / 1000)));
  if (error instanceof WorkerStoppedError) return new ApiError('internal', say.stopped(error.reason));
  return error;
}

function moduleDir(): string | undefined {
  // CommonJS (the built bundle, tsx) has __dirname; elsewhere there is no bundle to sit beside.
  return typeof __dirname === 'string' ? __dirname : undefined;
}
