import { z } from 'zod';
import { LIMITS } from './limits';
import { entityId } from './common';
import { verdictScale } from './factCheck';
import { DEFAULT_VERDICT_SCALE } from '../factcheck/verdictScales';

export const settings = z.object({
  /** Your name: the author of new annotations and the checker of fact-check sessions. */
  authorName: z.string().max(LIMITS.authorChars),
  /** The fact-checking organisation, the author of exported ClaimReviews. */
  organisationName: z.string().max(LIMITS.nameChars),
  organisationUrl: z.string().max(LIMITS.urlChars),
  /** The workspace's verdicts. */
  verdictScale: verdictScale,
  /** The document open when the app last closed, reopened on start. */
  lastDocumentId: entityId.nullable(),
});
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: Settings = {
  authorName: '',
  organisationName: '',
  organisationUrl: '',
  verdictScale: DEFAULT_VERDICT_SCALE,
  lastDocumentId: null,
};

/** Settings a person changes directly; the verdict scale changes through its own checked operations. */
export const settingsChanges = settings.omit({ verdictScale: true }).partial().strict();
export type SettingsChanges = z.infer<typeof settingsChanges>;
