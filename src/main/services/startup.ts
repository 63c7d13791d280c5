/**
 * What every host (Electron, browser host, command line) does when it opens a data directory:
 * open the database, build the services, seed the sample on first run, empty an old trash.
 */
import { openDatabase } from '../storage/database';
import { createServices, type Services } from './services';
import { seedSampleIfFirstRun } from '../sample/seedSample';
import type { PdfRenderer } from '../export/pdfRenderer';

export const TRASH_RETENTION_DAYS = 30;

export interface StartupOptions {
  dataDir: string;
  resourcesDir: string;
  nativeBinding?: string;
  /** Create the sample article on first run (hosts with a window do; the command line does not). */
  seedSample?: boolean;
  /** Electron prints PDFs itself; other hosts use headless Chromium. */
  renderPdf?: PdfRenderer;
}

export function startServices(options: StartupOptions): Services {
  const db = openDatabase({ dataDir: options.dataDir, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  const services = createServices(db, options.renderPdf ? { renderPdf: options.renderPdf } : {});
  if (options.seedSample ?? true) seedSampleIfFirstRun(services, options.resourcesDir);
  services.documents.purgeTrash(TRASH_RETENTION_DAYS);
  return services;
}
