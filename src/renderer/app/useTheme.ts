/**
 * Applies the Theme setting: `<html data-theme="light|dark">`, which the stylesheets' palettes key on.
 * 'system' follows prefers-color-scheme and keeps following it while the app runs; before the
 * settings have loaded the system's appearance is used too. View → Dark Mode (`view.theme`)
 * switches between light and dark and saves the choice.
 */
import { useContext, useEffect, useSyncExternalStore } from 'react';
import type { Settings } from '../../shared/domain/settings';
import { SettingsContext } from '../settings/SettingsContext';
import { useCommand } from '../commands/CommandContext';
import type { ToastStore } from '../ui/toastStore';

export type ThemeSetting = Settings['theme'];
export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystem(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

function systemTheme(): ResolvedTheme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function resolveTheme(setting: ThemeSetting, system: ResolvedTheme): ResolvedTheme {
  return setting === 'system' ? system : setting;
}

/** Keeps the document's theme in step with the setting (and with the system, for 'system'); returns the theme shown. */
export function useTheme(setting: ThemeSetting | undefined): ResolvedTheme {
  const system = useSyncExternalStore(subscribeToSystem, systemTheme);
  const theme = resolveTheme(setting ?? 'system', system);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

/** Rendered once inside the settings and command providers: applies the theme and carries out `view.theme`. */
export function ThemeController({ toasts }: { toasts: ToastStore }): null {
  const handle = useContext(SettingsContext);
  const theme = useTheme(handle?.settings.theme);
  useCommand(
    'view.theme',
    () => void handle?.update({ theme: theme === 'dark' ? 'light' : 'dark' }).catch((error: Error) => toasts.show(error.message)),
    handle !== null,
  );
  return null;
}
