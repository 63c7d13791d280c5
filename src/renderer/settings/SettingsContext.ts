/**
 * The workspace settings for every screen: your name, the organisation, the verdict scale.
 * Loaded once at start; every change goes through the API and comes back as the new settings.
 */
import { createContext, useContext } from 'react';
import type { Settings, SettingsChanges } from '../../shared/domain/settings';
import type { VerdictScaleEdit } from '../../shared/contract/api';

export interface SettingsHandle {
  settings: Settings;
  update(changes: SettingsChanges): Promise<void>;
  /** A checked change to the verdict scale; rejects with the reason when storage refuses it. */
  editScale(edit: VerdictScaleEdit): Promise<void>;
}

export const SettingsContext = createContext<SettingsHandle | null>(null);

/** The settings, or null while they are still loading (for views that exist before they arrive). */
export function useSettingsHandle(): SettingsHandle | null {
  return useContext(SettingsContext);
}

export function useSettings(): SettingsHandle {
  const handle = useContext(SettingsContext);
  if (!handle) throw new Error('useSettings outside SettingsContext');
  return handle;
}
