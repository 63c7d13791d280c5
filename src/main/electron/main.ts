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
import { applyTheme, followThemeSetting } from './theme';
import { applySpellcheck, followDesktopSettings, initialBounds, refreshMenu, rememberBounds } from './desktopSettings';
import { importFiles, openFilesInWindow } from './openFiles';
import { articleFiles } from '../desktop/importArticleFiles';

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

  // Articles handed over before the window exists (command line, macOS "Open With") wait for it.
  const pendingFiles = articleFiles(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd());

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const files = articleFiles(argv.slice(1), workingDirectory);
    if (services && mainWindow && files.length) void openFilesInWindow(services, files, mainWindow);
  });

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (services && mainWindow) void openFilesInWindow(services, [file], mainWindow);
    else pendingFiles.push(file);
  });

  void app.whenReady().then(async () => {
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
    const running = services;
    const window = () => mainWindow;
    applyTheme(running.settings.get().theme);
    applySpellcheck(running.settings.get().spellcheckLanguages);
    registerIpcHandlers(followThemeSetting(followDesktopSettings(createDispatcher(running.handlers), running, window)), devServerUrl);
    // Files given at start open first: the page reopens the last document on start.
    const opened = await importFiles(running, pendingFiles);
    if (opened) running.settings.update({ changes: { lastDocumentId: opened } });
    refreshMenu(running, window);
    mainWindow = createMainWindow(devServerUrl, initialBounds(running));
    rememberBounds(mainWindow, running);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!services || BrowserWindow.getAllWindows().length > 0) return;
    mainWindow = createMainWindow(devServerUrl, initialBounds(services));
    rememberBounds(mainWindow, services);
  });

  app.on('will-quit', () => void services?.close());
}
