/**
 * User settings, stored in SQLite so they travel with the data directory. Each setting is read
 * on its own, so one damaged value falls back to its default without taking the others with it.
 * The verdict scale changes only through checked edits (a verdict in use cannot be removed).
 */
import { DEFAULT_SETTINGS, RECENT_DOCUMENTS, settings as settingsSchema, type Settings } from '../../shared/domain/settings';
import type { ApiParsedInput } from '../../shared/contract/api';
import { ApiError } from '../../shared/contract/errors';
import type { VerdictScale } from '../../shared/domain/factCheck';
import {
  VerdictScaleError,
  addVerdict,
  moveVerdict,
  recolorVerdict,
  removeVerdict,
  renameVerdict,
  rerateVerdict,
  setRatingRange,
  switchToPreset,
} from '../../shared/factcheck/verdictScales';
import type { SettingsStore } from '../storage/settingsStore';

const KEY = 'user_settings';

export class SettingsService {
  constructor(
    private readonly store: SettingsStore,
    /** How many live claims have each verdict id. */
    private readonly verdictUse: () => ReadonlyMap<string, number>,
  ) {}

  get(): Settings {
    const stored = this.store.get(KEY);
    const values = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
    const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const [key, schema] of Object.entries(settingsSchema.shape)) {
      const parsed = schema.safeParse(values[key]);
      if (parsed.success) result[key] = parsed.data;
    }
    return result as Settings;
  }

  update({ changes }: ApiParsedInput<'settings.update'>): Settings {
    const current = this.get();
    const opened = changes.lastDocumentId;
    const recentDocumentIds = opened
      ? [opened, ...current.recentDocumentIds.filter((id) => id !== opened)].slice(0, RECENT_DOCUMENTS)
      : current.recentDocumentIds;
    return this.save({ ...current, ...changes, recentDocumentIds });
  }

  editVerdictScale({ edit }: ApiParsedInput<'settings.editVerdictScale'>): Settings {
    const current = this.get();
    const use = this.verdictUse();
    const claimsUsing = (id: string) => use.get(id) ?? 0;
    let scale: VerdictScale;
    try {
      const s = current.verdictScale;
      switch (edit.op) {
        case 'rename':
          scale = renameVerdict(s, edit.id, edit.label);
          break;
        case 'recolor':
          scale = recolorVerdict(s, edit.id, edit.color);
          break;
        case 'rerate':
          scale = rerateVerdict(s, edit.id, edit.rating);
          break;
        case 'move':
          scale = moveVerdict(s, edit.id, edit.toIndex);
          break;
        case 'add':
          scale = addVerdict(s, edit);
          break;
        case 'remove':
          scale = removeVerdict(s, edit.id, claimsUsing);
          break;
        case 'switch':
          scale = switchToPreset(s, edit.preset, claimsUsing);
          break;
        case 'range':
          scale = setRatingRange(s, edit.best, edit.worst);
          break;
      }
    } catch (error) {
      if (error instanceof VerdictScaleError) throw new ApiError('conflict', error.message);
      throw error;
    }
    return this.save({ ...current, verdictScale: scale });
  }

  private save(next: Settings): Settings {
    this.store.set(KEY, next);
    return next;
  }
}
