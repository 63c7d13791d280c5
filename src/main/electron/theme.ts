/**
 * The Theme setting on the desktop: Electron's nativeTheme.themeSource follows it (window frame,
 * native menus, and the prefers-color-scheme the renderer sees), at start and after every change
 * the renderer saves through settings.update. The browser host has no equivalent: there the
 * renderer follows the browser's prefers-color-scheme.
 */
import { nativeTheme } from 'electron';
import type { Settings } from '../../shared/domain/settings';
import type { Dispatch } from '../api/dispatch';

/** The page colours of app.css, shown before the renderer has painted. */
const BACKGROUNDS = { light: '#f7f6f2', dark: '#17181a' } as const;

export function applyTheme(theme: Settings['theme']): void {
  if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
}

/** The window background for the theme now in force, so a new window does not flash the other one. */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUNDS.dark : BACKGROUNDS.light;
}

/** Wraps the dispatcher: a successful settings.update applies the theme it returns. */
export function followThemeSetting(dispatch: Dispatch): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (method === 'settings.update' && result.ok) applyTheme((result.value as Settings).theme);
    return result;
  };
}
