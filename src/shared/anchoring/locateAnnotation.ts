/**
 * Where a stored annotation's words are in a text now: nowhere if it is known to have lost them
 * (orphaned); at its stored offsets if they still hold its exact words; else wherever the shared
 * anchoring finds its quote (exact words, then similar ones, see reanchor/), flagged for review
 * when less than certain; else nowhere (kept, but not on any words).
 */
import type { Annotation } from '../domain/annotation';
import { anchorQuote, needsReview } from './reanchor';
import type { TextRange } from './textQuote';

export type Location = { range: TextRange; moved: boolean; review: boolean } | { range: null; moved: false; review: false };

export function locateAnnotation(
  text: string,
  annotation: Pick<Annotation, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'> & { anchorStatus?: Annotation['anchorStatus'] },
): Location {
  if (annotation.anchorStatus === 'orphaned') return { range: null, moved: false, review: false };
  if (text.slice(annotation.start, annotation.end) === annotation.exact) {
    return { range: { start: annotation.start, end: annotation.end }, moved: false, review: annotation.anchorStatus === 'review' };
  }
  const outcome = anchorQuote(text, annotation, annotation.start);
  return outcome.range ? { range: outcome.range, moved: true, review: needsReview(outcome) } : { range: null, moved: false, review: false };
}
