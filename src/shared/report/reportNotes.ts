/**
 * What a report says about each annotation: its heading line and labelled fields.
 */
import { CLAIM_STATUS_LABELS, KIND_LABELS, SOURCE_TYPE_LABELS, type Annotation, type SourceAnnotation } from '../domain/annotation';
import type { ReportField, ReportNote } from './reportModel';

export const NOT_RATED = 'Not yet rated';

export function sourceDisplayName(source: SourceAnnotation): string {
  return source.sourceName.trim() || source.exact;
}

export function buildNote(
  annotation: Annotation,
  number: number,
  located: boolean,
  sourcesById: ReadonlyMap<string, SourceAnnotation>,
  verdictLabel: (verdict: string) => string = (verdict) => verdict,
): ReportNote {
  const fields: ReportField[] = [];
  const add = (label: string, value: string) => value.trim() && fields.push({ label, value: value.trim() });
  const attributed = (id: string | null) => {
    const source = id ? sourcesById.get(id) : undefined;
    return source ? sourceDisplayName(source) : '';
  };
  let detail: string;
  switch (annotation.kind) {
    case 'quote':
      add('Speaker', annotation.speaker);
      add('Attributed to', attributed(annotation.attributedTo));
      detail = annotation.speaker.trim() || 'speaker not identified';
      break;
    case 'source':
      add('Source', sourceDisplayName(annotation));
      add('Type', SOURCE_TYPE_LABELS[annotation.sourceType]);
      detail = sourceDisplayName(annotation);
      break;
    case 'claim':
      add('Status', CLAIM_STATUS_LABELS[annotation.status]);
      add('Verdict', verdictLabel(annotation.verdict) || NOT_RATED);
      add('Attributed to', attributed(annotation.attributedTo));
      detail = verdictLabel(annotation.verdict).trim() || NOT_RATED;
      break;
  }
  add('Note', annotation.note);
  add('Author', annotation.author);
  return {
    number,
    annotation,
    kindLabel: KIND_LABELS[annotation.kind],
    heading: `${KIND_LABELS[annotation.kind]} · ${detail}`,
    located,
    fields,
    evidence: annotation.kind === 'claim' ? annotation.evidence : [],
  };
}
