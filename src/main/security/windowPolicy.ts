/**
 * Electron's security rules as plain functions, so they are unit-tested without Electron:
 * the window's webPreferences, which URLs the app itself is served from, what happens to a
 * navigation or a new window, and which IPC senders are trusted.
 */

/** The scheme and host the renderer is served from in Electron (see the app:// protocol). */
export const APP_ORIGIN = 'app://pressmark';
export const APP_SCHEME = 'app';

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
}

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** True if the URL is a page of the app itself (app://pressmark/…, or the dev server in development). */
export function isAppUrl(rawUrl: string, devServerUrl?: string): boolean {
  const url = parse(rawUrl);
  if (!url) return false;
  if (url.origin === APP_ORIGIN || (url.protocol === `${APP_SCHEME}:` && url.host === 'pressmark')) return true;
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return dev !== null && url.origin === dev.origin;
}

export type LinkAction = 'open-externally' | 'deny';

/**
 * What to do when the page tries to open a URL (a link click, window.open, a navigation away):
 * the app never navigates or opens windows itself; web links go to the system browser.
 */
export function linkAction(rawUrl: string): LinkAction {
  const url = parse(rawUrl);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? 'open-externally' : 'deny';
}

export type NavigationAction = 'stay' | LinkAction;

/**
 * What to do when a page navigates (will-navigate): only reloading the app page it is on goes
 * ahead; a web link opens in the system browser instead, and anything else is refused.
 */
export function navigationAction(rawUrl: string, currentUrl: string, devServerUrl?: string): NavigationAction {
  return isAppUrl(rawUrl, devServerUrl) && rawUrl === currentUrl ? 'stay' : linkAction(rawUrl);
}

/** A redirect (will-redirect) is followed only to a page of the app itself. */
export function redirectAllowed(rawUrl: string, devServerUrl?: string): boolean {
  return isAppUrl(rawUrl, devServerUrl);
}

/** IPC is answered only for the app's own main frame. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null | undefined, devServerUrl?: string): boolean {
  return !!frame && frame.isMainFrame && isAppUrl(frame.url, devServerUrl);
}

/** Pressmark needs no camera, microphone, location, notifications or anything else: every request is denied. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
