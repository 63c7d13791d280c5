/**
 * Rules every annotation must satisfy against its document, shared by create, update and
 * content saves: a range inside the text, attribution only to a live source of the same article.
 */
import { ApiError } from '../../shared/contract/errors';
import { textQuoteAt, type TextQuote } from '../../shared/anchoring/textQuote';
import { LIMITS } from '../../shared/domain/limits';
import type { AnnotationStore } from '../storage/annotationStore';

export function checkedQuote(text: string, start: number, end: number): TextQuote {
  if (end <= start)
    throw new ApiError('invalid_input', 'An annotation must cover at least one character (end must be greater than start).');
  if (end > text.length) {
    throw new ApiError('invalid_input', `The annotation runs past the end of the article (end ${end}, article length ${text.length}).`);
  }
  if (end - start > LIMITS.exactChars) {
    throw new ApiError('limit_exceeded', `An annotation covers at most ${LIMITS.exactChars.toLocaleString('en')} characters.`);
  }
  return textQuoteAt(text, { start, end });
}

export function checkAttribution(
  store: AnnotationStore,
  annotationId: string,
  documentId: string,
  targetId: string | null | undefined,
): void {
  if (targetId === null || targetId === undefined) return;
  if (targetId === annotationId) throw new ApiError('invalid_input', 'An annotation cannot be attributed to itself.');
  const target = store.get(targetId);
  if (!target || target.deleted || target.annotation.documentId !== documentId) {
    throw new ApiError('invalid_input', 'Attributions must point to a source tagged in the same article.');
  }
  if (target.annotation.kind !== 'source') {
    throw new ApiError('invalid_input', `Attributions must point to a source, not a ${target.annotation.kind}.`);
  }
}
