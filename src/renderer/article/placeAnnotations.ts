/**
 * Where each stored annotation goes in a freshly opened editor. Offsets that still point at the
 * annotation's exact words are used as they are; otherwise the words are searched for (with their
 * stored context); an annotation whose words are gone is "detached": shown in the sidebar with a
 * warning, never dropped.
 */
import type { Annotation } from '../../shared/domain/annotation';
import type { AnnotationAnchor } from '../../shared/contract/api';
import { findQuote } from '../../shared/anchoring/findQuote';
import type { TextIndex } from '../../shared/text/textIndex';
import type { AnnotationRange } from '../editor/annotationPlugin';

export interface Placement {
  ranges: AnnotationRange[];
  /** Annotations found somewhere other than their stored offsets: their new offsets, to be saved. */
  moved: AnnotationAnchor[];
  detached: string[];
}

export function placeAnnotations(index: TextIndex, annotations: readonly Annotation[]): Placement {
  const placement: Placement = { ranges: [], moved: [], detached: [] };
  for (const annotation of annotations) {
    const atStoredOffsets = index.text.slice(annotation.start, annotation.end) === annotation.exact;
    const found = atStoredOffsets
      ? { start: annotation.start, end: annotation.end }
      : findQuote(index.text, { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix, hint: annotation.start });
    if (!found) {
      placement.detached.push(annotation.id);
      continue;
    }
    if (!atStoredOffsets) placement.moved.push({ id: annotation.id, ...found });
    placement.ranges.push({
      id: annotation.id,
      kind: annotation.kind,
      from: index.offsetToPos(found.start, 'start'),
      to: index.offsetToPos(found.end, 'end'),
    });
  }
  return placement;
}
