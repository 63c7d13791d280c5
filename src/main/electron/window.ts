/**
 * The main window and the security hooks on every web contents: no navigation away from the
 * app, no new windows (web links open in the system browser), no webviews, no permissions.
 */
import { BrowserWindow, app, session, shell } from 'electron';
import path from 'node:path';
import { APP_ORIGIN, isAppUrl, linkAction, permissionAllowed, secureWebPreferences } from '../security/windowPolicy';

export function installSecurityHooks(devServerUrl?: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url, devServerUrl) && url === contents.getURL()) return;
      event.preventDefault();
      if (linkAction(url) === 'open-externally') void shell.openExternal(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (linkAction(url) === 'open-externally') void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function createMainWindow(devServerUrl?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Pressmark',
    backgroundColor: '#f7f6f2',
    webPreferences: secureWebPreferences(path.join(__dirname, '../preload/index.js')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
