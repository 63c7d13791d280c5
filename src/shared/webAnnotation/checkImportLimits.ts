/**
 * An imported annotation must fit what Pressmark stores (domain/limits.ts): refused here, with the
 * annotation named, rather than later by the store with no hint of which one in the file it was.
 */
import { LIMITS } from '../domain/limits';
import { WebAnnotationError, formatCount, type AnnotationLocation } from './webAnnotationError';
import type { ParsedWebAnnotation } from './webAnnotationTypes';

export function checkImportLimits(parsed: ParsedWebAnnotation, location: AnnotationLocation): void {
  const tooLong = (what: string, text: string | undefined, max: number) => {
    if (text !== undefined && text.length > max) {
      throw new WebAnnotationError(
        `${what} is ${formatCount(text.length)} characters long; Pressmark keeps at most ${formatCount(max)}.`,
        location,
      );
    }
  };
  tooLong('its quoted text', parsed.quote.exact, LIMITS.exactChars);
  tooLong("its quote's prefix", parsed.quote.prefix, LIMITS.exactChars);
  tooLong("its quote's suffix", parsed.quote.suffix, LIMITS.exactChars);
  tooLong('its note', parsed.note, LIMITS.noteChars);
  tooLong('its speaker', parsed.speaker, LIMITS.nameChars);
  tooLong('its source name', parsed.sourceName, LIMITS.nameChars);
  tooLong('its verdict', parsed.verdict, LIMITS.verdictChars);
  tooLong("its author's name", parsed.author, LIMITS.authorChars);
  tooLong('the name of the source it is attributed to', parsed.attributedToName, LIMITS.nameChars);
  if (parsed.evidence.length > LIMITS.evidencePerClaim) {
    throw new WebAnnotationError(
      `it has ${formatCount(parsed.evidence.length)} evidence links; Pressmark keeps at most ${LIMITS.evidencePerClaim} per claim.`,
      location,
    );
  }
  parsed.evidence.forEach((link, i) => {
    tooLong(`evidence link ${i + 1}'s web address`, link.url, LIMITS.urlChars);
    tooLong(`evidence link ${i + 1}'s title`, link.title, LIMITS.evidenceTitleChars);
    tooLong(`evidence link ${i + 1}'s note`, link.note, LIMITS.noteChars);
  });
}
