/**
 * Where a stored annotation's words are in a text now: nowhere if it is known to have lost them
 * (orphaned), at its stored offsets if they still hold its exact words, else wherever findQuote
 * finds them (with their stored context), else nowhere (kept, but not on any words).
 */
import type { Annotation } from '../domain/annotation';
import { findQuote } from './findQuote';
import type { TextRange } from './textQuote';

export type Location = { range: TextRange; moved: boolean } | { range: null; moved: false };

export function locateAnnotation(
  text: string,
  annotation: Pick<Annotation, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'> & { anchorStatus?: Annotation['anchorStatus'] },
): Location {
  if (annotation.anchorStatus === 'orphaned') return { range: null, moved: false };
  if (text.slice(annotation.start, annotation.end) === annotation.exact) {
    return { range: { start: annotation.start, end: annotation.end }, moved: false };
  }
  const found = findQuote(text, { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix, hint: annotation.start });
  return found ? { range: found, moved: true } : { range: null, moved: false };
}
