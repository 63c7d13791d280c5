/**
 * What every host (Electron, browser host, command line) does when it opens a data directory:
 * open the database, start the background jobs (imports, exports), build the services, seed the
 * sample on first run, empty an old trash; a damaged library is set aside (see openLibrary) and
 * a backup is made once a day (see BackupsService).
 */
import BetterSqlite3 from 'better-sqlite3';
import { openLibrary } from '../storage/openLibrary';
import { systemClock, type Clock } from './clock';
import { createServices, type Services } from './services';
import { seedSampleIfFirstRun } from '../sample/seedSample';
import type { PdfRenderer } from '../export/pdfRenderer';
import { createBackgroundJobs } from '../workers/backgroundJobs';

export const TRASH_RETENTION_DAYS = 30;

export interface StartupOptions {
  dataDir: string;
  resourcesDir: string;
  nativeBinding?: string;
  /** Create the sample article on first run (hosts with a window do; the command line does not). */
  seedSample?: boolean;
  /** Electron prints PDFs itself; other hosts use headless Chromium. */
  renderPdf?: PdfRenderer;
  /** The background worker script (default: the built worker.js beside this bundle); false: everything inline. */
  workerScript?: string | false;
  clock?: Clock;
  /** Make the once-a-day backup in the background (default true; the command line does not). */
  dailyBackup?: boolean;
}

export function startServices(options: StartupOptions): Services {
  const clock = options.clock ?? systemClock;
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const { db, damaged } = openLibrary({ dataDir: options.dataDir, ...binding, now: clock });
  const library = { dataDir: options.dataDir, damaged, openFile: (file: string) => new BetterSqlite3(file, binding) };
  // Imports and exports run in worker threads, which load the same better-sqlite3 binary as this side.
  const jobs = createBackgroundJobs(db, {
    ...(options.workerScript !== undefined ? { script: options.workerScript } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const services = createServices(db, {
    ...(options.renderPdf ? { renderPdf: options.renderPdf } : {}),
    ...(jobs ? { jobs } : {}),
    clock,
    library,
  });
  // After damage the library is empty until a backup is restored: no sample, and no daily backup
  // of the empty library pushing a good one out of the last seven.
  if ((options.seedSample ?? true) && !damaged) seedSampleIfFirstRun(services, options.resourcesDir);
  services.documents.purgeTrash(TRASH_RETENTION_DAYS);
  if ((options.dailyBackup ?? true) && !damaged) void services.backups.startDailyBackup();
  return services;
}
