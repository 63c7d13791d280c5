/**
 * The main window and the security hooks on every web contents: no navigation away from the
 * app, no new windows (web links open in the system browser), no webviews, no permissions.
 */
import { BrowserWindow, app, session, shell } from 'electron';
import path from 'node:path';
import {
  APP_ORIGIN,
  linkAction,
  navigationAction,
  permissionAllowed,
  redirectAllowed,
  secureWebPreferences,
} from '../security/windowPolicy';
import { windowBackground } from './theme';
import { DEFAULT_SIZE } from '../desktop/windowBounds';
import type { Settings } from '../../shared/domain/settings';

export function installSecurityHooks(devServerUrl?: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      const action = navigationAction(url, contents.getURL(), devServerUrl);
      if (action === 'stay') return;
      event.preventDefault();
      if (action === 'open-externally') void shell.openExternal(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!redirectAllowed(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (linkAction(url) === 'open-externally') void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function createMainWindow(devServerUrl?: string, bounds?: Settings['windowBounds']): BrowserWindow {
  const window = new BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : DEFAULT_SIZE),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Pressmark',
    backgroundColor: windowBackground(),
    webPreferences: secureWebPreferences(path.join(__dirname, '../preload/index.js')),
  });
  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
