/**
 * The one failure of reading a Web Annotation file: a sentence a journalist can act on, naming
 * the annotation (its position and IRI), where in it the problem is, and what is wrong, e.g.
 * `Annotation 3 (http://example.org/anno1): "created" must be a date and time like 2020-01-06T10:00:00Z.`
 */

export interface AnnotationLocation {
  /** Position in the file's list of annotations, counting from 0 (messages count from 1). */
  index: number;
  id?: string;
}

export class WebAnnotationError extends Error {
  override name = 'WebAnnotationError';
  readonly annotation?: AnnotationLocation;

  /** where: a part of the annotation, e.g. "body 2 › selector". */
  constructor(message: string, annotation?: AnnotationLocation, where = '') {
    super(annotation ? `${annotationLabel(annotation)}${where ? `, ${where}` : ''}: ${message}` : message);
    if (annotation) this.annotation = annotation;
  }
}

/** "Annotation 3 (http://example.org/anno1)", or "Annotation 3" when it has no IRI. */
export function annotationLabel({ index, id }: AnnotationLocation): string {
  return id === undefined ? `Annotation ${index + 1}` : `Annotation ${index + 1} (${clip(id, 120)})`;
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** 60000 → "60,000", the same in every locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
