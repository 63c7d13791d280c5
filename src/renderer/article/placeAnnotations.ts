/**
 * Where each stored annotation goes in a freshly opened editor (see locateAnnotation): editor
 * ranges for those on their words, new offsets to save for those found elsewhere, and the ids of
 * detached ones (shown in the sidebar with a warning, never dropped).
 */
import type { Annotation } from '../../shared/domain/annotation';
import type { AnnotationAnchor } from '../../shared/contract/api';
import { locateAnnotation } from '../../shared/anchoring/locateAnnotation';
import type { TextIndex } from '../../shared/text/textIndex';
import type { AnnotationRange } from '../editor/annotationPlugin';

export interface Placement {
  ranges: AnnotationRange[];
  /** Annotations found somewhere other than their stored offsets: their new offsets, to be saved. */
  moved: AnnotationAnchor[];
  /** Annotations not on any words: those stored as having lost them, and any whose words are gone now. */
  detached: string[];
  /** Of those, the ones that were on their words until now: to be saved as having lost them. */
  newlyDetached: string[];
}

export function placeAnnotations(index: TextIndex, annotations: readonly Annotation[]): Placement {
  const placement: Placement = { ranges: [], moved: [], detached: [], newlyDetached: [] };
  for (const annotation of annotations) {
    const { range, moved, review } = locateAnnotation(index.text, annotation);
    if (!range) {
      placement.detached.push(annotation.id);
      if (annotation.anchorStatus !== 'orphaned') placement.newlyDetached.push(annotation.id);
      continue;
    }
    if (moved) placement.moved.push({ id: annotation.id, ...range });
    placement.ranges.push({
      id: annotation.id,
      kind: annotation.kind,
      from: index.offsetToPos(range.start, 'start'),
      to: index.offsetToPos(range.end, 'end'),
      review,
    });
  }
  return placement;
}
