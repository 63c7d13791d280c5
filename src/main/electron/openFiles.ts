/**
 * Articles handed to the desktop app by the system — on the command line, by a second launch, or (macOS) by the
 * Finder — are imported like a dropped file, and the last one is opened. A file that cannot be imported says why.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Services } from '../services/services';
import { importArticleFiles } from '../desktop/importArticleFiles';
import { MENU_EVENT_CHANNEL, type MenuEvent } from '../../shared/contract/menuEvents';

/** Imports the files; returns the id of the last document imported, or null. */
export async function importFiles(services: Services, files: readonly string[], window?: BrowserWindow): Promise<string | null> {
  const { lastId, failures } = await importArticleFiles(services, files);
  if (failures.length) {
    const options = { type: 'warning' as const, message: 'Some files could not be opened', detail: failures.join('\n') };
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }
  return lastId;
}

/** Imports the files and shows the last one in the running window. */
export async function openFilesInWindow(services: Services, files: readonly string[], window: BrowserWindow): Promise<void> {
  const id = await importFiles(services, files, window);
  if (!id) return;
  const event: MenuEvent = { type: 'openDocument', documentId: id };
  window.webContents.send(MENU_EVENT_CHANNEL, event);
}
