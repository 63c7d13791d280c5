/**
 * The Electron entry point (out/main/index.js): the only main-process code that touches
 * Electron's app lifecycle. Everything it serves comes from the plain Node services.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { app, dialog, BrowserWindow } from 'electron';
import { startServices } from '../services/startup';
import { createDispatcher } from '../api/dispatch';
import type { Services } from '../services/services';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { createMainWindow, installSecurityHooks } from './window';
import { electronPdfRenderer } from './electronPdf';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const { values } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { 'data-dir': { type: 'string' } },
  strict: false,
});
const dataDirFlag = typeof values['data-dir'] === 'string' ? values['data-dir'] : process.env.PRESSMARK_DATA_DIR;
if (dataDirFlag) app.setPath('userData', path.resolve(dataDirFlag));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: Services | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    try {
      services = startServices({
        dataDir: app.getPath('userData'),
        resourcesDir: app.isPackaged ? process.resourcesPath : path.resolve(__dirname, '../../resources'),
        ...(process.env.PRESSMARK_SQLITE_BINDING ? { nativeBinding: process.env.PRESSMARK_SQLITE_BINDING } : {}),
        renderPdf: electronPdfRenderer,
      });
    } catch (error) {
      dialog.showErrorBox('Pressmark could not open its library', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    installSecurityHooks(devServerUrl);
    serveRenderer(path.join(__dirname, '../renderer'));
    registerIpcHandlers(createDispatcher(services.handlers), devServerUrl);
    mainWindow = createMainWindow(devServerUrl);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(devServerUrl);
  });

  app.on('will-quit', () => services?.db.close());
}
