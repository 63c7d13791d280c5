/**
 * The jobs a background worker runs, and how each runs there: an import's parsing (prepareImport),
 * and an export's reading and rendering on the worker's own read-only connection to the database
 * file (WAL lets it read while the main thread writes). The same functions run inline on the main
 * thread when there is no worker; only the connection differs.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { prepareImport, type FileBytes, type PreparedImport } from '../import/prepareImport';
import { createServices, type Services } from '../services/services';
import type { ExportRequest, RenderedExport } from '../services/exportsService';

export type WorkerJob = { type: 'import'; file: FileBytes; annotations?: FileBytes } | ({ type: 'export' } & ExportRequest);

export interface WorkerJobResults {
  import: PreparedImport;
  export: RenderedExport;
}

/** What a worker is started with. */
export interface WorkerSetup {
  /** The database file exports read (absent: the worker only parses imports). */
  databaseFile?: string;
  /** The better-sqlite3 binary for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

export interface JobOutcome {
  value: unknown;
  /** Buffers to move to the main thread rather than copy. */
  transfer: ArrayBuffer[];
}

/** Runs jobs in a worker; opens the read-only connection on the first export. */
export function workerJobRunner(setup: WorkerSetup): (job: WorkerJob) => Promise<JobOutcome> {
  let services: Services | undefined;
  let db: Database | undefined;
  const open = (): { db: Database; services: Services } => {
    if (!setup.databaseFile) throw new Error('this worker has no database to read');
    if (!db || !services) {
      db = new BetterSqlite3(setup.databaseFile, {
        readonly: true,
        fileMustExist: true,
        ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}),
      });
      db.pragma('busy_timeout = 5000');
      services = createServices(db);
    }
    return { db, services };
  };
  return async (job) => {
    switch (job.type) {
      case 'import': {
        const { type: _, ...input } = job;
        return { value: await prepareImport(input), transfer: [] };
      }
      case 'export': {
        const { db: connection, services: readers } = open();
        const { type: _, ...request } = job;
        // One read transaction: the document, its annotations and the settings from one snapshot.
        const rendered = withOwnBuffer(await readers.exports.renderExport(request, (reads) => connection.transaction(reads)()));
        return { value: rendered, transfer: [rendered.file.data.buffer as ArrayBuffer] };
      }
    }
  };
}

/** The file's bytes in an ArrayBuffer of their own, so it can be transferred (a Buffer may share a pool). */
function withOwnBuffer(rendered: RenderedExport): RenderedExport {
  const { data } = rendered.file;
  if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer) return rendered;
  return { ...rendered, file: { ...rendered.file, data: new Uint8Array(data) } };
}
