import { z } from 'zod';
import { LIMITS } from './limits';
import { entityId } from './common';

export const settings = z.object({
  /** Written as the author of new annotations. */
  authorName: z.string().max(LIMITS.authorChars),
  /** The document open when the app last closed, reopened on start. */
  lastDocumentId: entityId.nullable(),
});
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: Settings = { authorName: '', lastDocumentId: null };

export const settingsChanges = settings.partial().strict();
export type SettingsChanges = z.infer<typeof settingsChanges>;
