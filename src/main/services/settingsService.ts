/**
 * User settings, stored in SQLite so they travel with the data directory.
 */
import { DEFAULT_SETTINGS, settings as settingsSchema, type Settings } from '../../shared/domain/settings';
import type { ApiParsedInput } from '../../shared/contract/api';
import type { SettingsStore } from '../storage/settingsStore';

const KEY = 'user_settings';

export class SettingsService {
  constructor(private readonly store: SettingsStore) {}

  get(): Settings {
    const parsed = settingsSchema.partial().safeParse(this.store.get(KEY) ?? {});
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  }

  update({ changes }: ApiParsedInput<'settings.update'>): Settings {
    const next = { ...this.get(), ...changes };
    this.store.set(KEY, next);
    return next;
  }
}
