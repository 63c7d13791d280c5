/**
 * Fact-checking: verdict scales, fact-check sessions and the append-only history of every
 * claim's status, verdict, conclusion, evidence and right of reply.
 */
import { z } from 'zod';
import { entityId, isoTimestamp } from './common';
import { LIMITS } from './limits';

/** One verdict of a scale. The id is stable (claims store it); label, colour and rating may change. */
export const verdictDefinition = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Verdict ids are lower-case letters, digits and hyphens.'),
  label: z.string().trim().min(1, 'A verdict needs a name.').max(60, 'Verdict names are at most 60 characters.'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Colours are written like #1a7f37.'),
  rating: z.number().finite('Ratings are numbers.'),
});
export type VerdictDefinition = z.infer<typeof verdictDefinition>;

export const VERDICT_SCALE_PRESETS = ['default', 'politifact', 'custom'] as const;
export type VerdictScalePreset = (typeof VERDICT_SCALE_PRESETS)[number];

/** A workspace's verdicts in order, with the numeric range their ratings use (for ClaimReview). */
export const verdictScale = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    preset: z.enum(VERDICT_SCALE_PRESETS),
    verdicts: z.array(verdictDefinition).min(1, 'A scale needs at least one verdict.').max(20, 'A scale holds at most 20 verdicts.'),
    bestRating: z.number().finite(),
    worstRating: z.number().finite(),
  })
  .refine((scale) => new Set(scale.verdicts.map((v) => v.id)).size === scale.verdicts.length, { message: 'Two verdicts share an id.' })
  .refine((scale) => new Set(scale.verdicts.map((v) => v.label.toLowerCase())).size === scale.verdicts.length, {
    message: 'Two verdicts share a name.',
  })
  .refine(
    (scale) =>
      scale.verdicts.every(
        (v) => v.rating >= Math.min(scale.bestRating, scale.worstRating) && v.rating <= Math.max(scale.bestRating, scale.worstRating),
      ),
    {
      message: 'Every rating must lie between the worst and the best rating.',
    },
  );
export type VerdictScale = z.infer<typeof verdictScale>;

/** A date a person enters ("2020-01-06"), or empty. */
export const optionalDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written like 2020-01-06.')]);

export const SESSION_STATES = ['active', 'paused', 'closed'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const factCheckSession = z.object({
  id: entityId,
  documentId: entityId,
  checker: z.string().max(LIMITS.nameChars),
  state: z.enum(SESSION_STATES),
  notes: z.string().max(LIMITS.noteChars),
  /** Where the fact-check is published, if it is: used as the ClaimReview url. */
  publishedUrl: z.string().max(LIMITS.urlChars),
  startedAt: isoTimestamp,
  closedAt: isoTimestamp.nullable(),
  /** Time spent active (paused and closed time excluded), up to the moment this was read. */
  elapsedMs: z.number().int().nonnegative(),
  updatedAt: isoTimestamp,
});
export type FactCheckSession = z.infer<typeof factCheckSession>;

/** The claim fields whose every change is recorded in the history. */
export const HISTORY_FIELDS = [
  'status',
  'verdict',
  'conclusion',
  'evidence',
  'replyContactedAt',
  'replyResponse',
  'replyRespondedAt',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export const HISTORY_FIELD_LABELS: Record<HistoryField, string> = {
  status: 'Status',
  verdict: 'Verdict',
  conclusion: 'Conclusion',
  evidence: 'Evidence',
  replyContactedAt: 'Right of reply: contacted on',
  replyResponse: 'Right of reply: response',
  replyRespondedAt: 'Right of reply: responded on',
};

/**
 * One change to a claim. Values are stored as written: plain strings, except evidence, which is
 * the JSON of the whole list before and after. Rows are only ever added.
 */
export const claimHistoryEntry = z.object({
  id: entityId,
  annotationId: entityId,
  sessionId: entityId.nullable(),
  at: isoTimestamp,
  actor: z.string(),
  field: z.enum(HISTORY_FIELDS),
  from: z.string(),
  to: z.string(),
});
export type ClaimHistoryEntry = z.infer<typeof claimHistoryEntry>;
