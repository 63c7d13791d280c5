/**
 * A suggestion the journalist turned down. Stored per article, kind and text, so the same
 * suggestion never comes back for those words (wherever they sit after later edits).
 */
import { z } from 'zod';
import { ANNOTATION_KINDS, type AnnotationKind } from './annotation';
import { isoTimestamp } from './common';
import { LIMITS } from './limits';

export const suggestionRejection = z.strictObject({
  kind: z.enum(ANNOTATION_KINDS),
  exact: z
    .string()
    .min(1, 'A rejected suggestion needs its words.')
    .max(LIMITS.exactChars, `A suggestion covers at most ${LIMITS.exactChars.toLocaleString('en')} characters.`),
});
export type SuggestionRejection = z.infer<typeof suggestionRejection>;

export const storedSuggestionRejection = suggestionRejection.extend({ rejectedAt: isoTimestamp });
export type StoredSuggestionRejection = z.infer<typeof storedSuggestionRejection>;

/** Whitespace differences (a re-wrapped paragraph) do not make a rejected suggestion new. */
export function normalizeRejectedText(exact: string): string {
  return exact.replace(/\s+/g, ' ').trim();
}

/** The key a rejection is looked up by. */
export function rejectionKey(kind: AnnotationKind, exact: string): string {
  return `${kind}\u0000${normalizeRejectedText(exact)}`;
}
