import { z } from 'zod';
import { LIMITS } from './limits';
import { entityId } from './common';
import { verdictScale } from './factCheck';
import { DEFAULT_VERDICT_SCALE } from '../factcheck/verdictScales';

/** How many documents File → Recent Documents remembers. */
export const RECENT_DOCUMENTS = 10;

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
  /** Documents opened most recently first (File → Recent Documents); kept by the service as documents are opened. */
  recentDocumentIds: z.array(entityId).max(RECENT_DOCUMENTS),
  /** 'system' follows the operating system's light or dark appearance. */
  theme: z.enum(['system', 'light', 'dark']),
  /** Spell-checking languages as BCP 47 tags ("en-US", "fa"); empty (the default: names and quotes are not typos) turns it off. */
  spellcheckLanguages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag like en-US')).max(8),
  /** Page zoom, 1 = actual size. */
  zoom: z.number().min(0.5).max(3),
  /** The window's last size and position (the desktop app only). */
  windowBounds: z
    .object({
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().min(400),
      height: z.number().int().min(300),
      maximized: z.boolean(),
    })
    .nullable(),
});
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: Settings = {
  authorName: '',
  organisationName: '',
  organisationUrl: '',
  verdictScale: DEFAULT_VERDICT_SCALE,
  lastDocumentId: null,
  recentDocumentIds: [],
  theme: 'system',
  spellcheckLanguages: [],
  zoom: 1,
  windowBounds: null,
};

/** Settings a person changes directly; the verdict scale changes through its own checked operations, the recent
 * documents follow `lastDocumentId`. */
export const settingsChanges = settings.omit({ verdictScale: true, recentDocumentIds: true }).partial().strict();
export type SettingsChanges = z.infer<typeof settingsChanges>;
