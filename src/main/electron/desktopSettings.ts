/**
 * Settings the desktop itself carries out, kept in step with what the page saves: the native menu's recent
 * documents, the spell-checker's languages, and the window's size and position (saved as it changes, restored
 * on the next start onto a screen that still exists).
 */
import { screen, session, type BrowserWindow } from 'electron';
import type { Dispatch } from '../api/dispatch';
import type { Services } from '../services/services';
import type { Settings } from '../../shared/domain/settings';
import { restoredBounds } from '../desktop/windowBounds';
import { installAppMenu } from './menu';
import { changesMenu } from '../desktop/changesMenu';

/** The spell-checker follows the setting (macOS always uses the system's own languages). */
export function applySpellcheck(languages: readonly string[]): void {
  if (process.platform === 'darwin') return;
  const available = new Set(session.defaultSession.availableSpellCheckerLanguages);
  session.defaultSession.setSpellCheckerLanguages(languages.filter((language) => available.has(language)));
}

export function refreshMenu(services: Services, window: () => BrowserWindow | undefined): void {
  const titles = new Map(services.documents.list().map((d) => [d.id, d.title]));
  const recent = services.settings.get().recentDocumentIds.flatMap((id) => (titles.has(id) ? [{ id, title: titles.get(id)! }] : []));
  installAppMenu(recent, window);
}

/** Wraps the dispatcher: settings and document changes the page makes reach the menu and the spell-checker. */
export function followDesktopSettings(dispatch: Dispatch, services: Services, window: () => BrowserWindow | undefined): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (!result.ok) return result;
    if (method === 'settings.update') applySpellcheck((result.value as Settings).spellcheckLanguages);
    if (changesMenu(method, input)) refreshMenu(services, window);
    return result;
  };
}

/** The bounds a new main window opens with (undefined: the default size, centred). */
export function initialBounds(services: Services): Settings['windowBounds'] {
  return restoredBounds(
    services.settings.get().windowBounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

/** Saves the window's bounds a moment after it stops moving or resizing, and when it closes. */
export function rememberBounds(window: BrowserWindow, services: Services): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const { x, y, width, height } = window.getNormalBounds();
    services.settings.update({ changes: { windowBounds: { x, y, width, height, maximized: window.isMaximized() } } });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
