/**
 * Annotations as CSV for spreadsheets: one row per annotation, RFC 4180 quoting, CRLF line ends,
 * UTF-8 with a byte-order mark so Excel reads accents and curly quotes correctly, and formula
 * injection neutralised (see csvField).
 */
import {
  CLAIM_STATUS_LABELS,
  KIND_LABELS,
  SOURCE_TYPE_LABELS,
  compareAnnotations,
  type Annotation,
  type SourceAnnotation,
} from '../domain/annotation';
import { csvField } from './escape';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'start',
  'end',
  'text',
  'speaker',
  'source_name',
  'source_type',
  'claim_status',
  'verdict',
  'attributed_to',
  'evidence',
  'position',
  'note',
  'author',
  'created',
  'modified',
  'document_id',
  'document_title',
] as const;

const POSITION_LABELS: Record<Annotation['anchorStatus'], string> = {
  anchored: 'on its words',
  review: 'to check',
  orphaned: 'lost its words',
};

export function annotationsCsv(
  document: { id: string; title: string },
  annotations: readonly Annotation[],
  verdictLabel: (verdict: string) => string = (verdict) => verdict,
): string {
  const sources = new Map(annotations.filter((a): a is SourceAnnotation => a.kind === 'source').map((s) => [s.id, s]));
  const name = (id: string | null) => {
    const source = id ? sources.get(id) : undefined;
    return source ? source.sourceName || source.exact : '';
  };
  const rows = [...annotations].sort(compareAnnotations).map((a) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: a.id,
      kind: KIND_LABELS[a.kind],
      start: a.start,
      end: a.end,
      text: a.exact,
      speaker: a.kind === 'quote' ? a.speaker : '',
      source_name: a.kind === 'source' ? a.sourceName : '',
      source_type: a.kind === 'source' ? SOURCE_TYPE_LABELS[a.sourceType] : '',
      claim_status: a.kind === 'claim' ? CLAIM_STATUS_LABELS[a.status] : '',
      verdict: a.kind === 'claim' ? verdictLabel(a.verdict) : '',
      attributed_to: a.kind === 'source' ? '' : name(a.attributedTo),
      evidence: a.kind === 'claim' ? a.evidence.map((link) => (link.title ? `${link.title} <${link.url}>` : link.url)).join('\n') : '',
      position: POSITION_LABELS[a.anchorStatus],
      note: a.note,
      author: a.author,
      created: a.createdAt,
      modified: a.updatedAt,
      document_id: document.id,
      document_title: document.title,
    };
    return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
