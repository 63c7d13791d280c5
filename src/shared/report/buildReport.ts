/**
 * Builds the report model for an article and its annotations (see reportModel.ts).
 */
import { compareAnnotations, type Annotation, type AnnotationKind, type SourceAnnotation } from '../domain/annotation';
import type { PressmarkDocument } from '../domain/document';
import { parseDocJson } from '../editor/docJson';
import { TextIndex } from '../text/textIndex';
import { locateAnnotation } from '../anchoring/locateAnnotation';
import { SOURCE_TYPE_LABELS } from '../domain/annotation';
import { buildNote, NOT_RATED, sourceDisplayName } from './reportNotes';
import { reportBlocks, type PlacedNote } from './reportBlocks';
import type { Report, ReportNote } from './reportModel';

export interface ReportInput {
  document: Pick<PressmarkDocument, 'title' | 'byline' | 'sourceUrl' | 'publishedAt' | 'language' | 'content'>;
  annotations: readonly Annotation[];
  generatedAt: string;
  /** A claim's verdict as people read it (the scale's label for a verdict id); as stored if not given. */
  verdictLabel?: (verdict: string) => string;
}

export function buildReport({ document, annotations, generatedAt, verdictLabel = (verdict) => verdict }: ReportInput): Report {
  const doc = parseDocJson(document.content);
  const text = TextIndex.fromDoc(doc).text;
  const located = annotations.map((annotation) => ({ annotation, range: locateAnnotation(text, annotation).range }));
  // Notes are numbered in document order; annotations whose words are gone come last.
  // Sort keys built once per annotation, not per comparison (10,000 annotations make ~280,000 comparisons).
  const keyed = located.map((item) => {
    const at = item.range ?? item.annotation;
    return { item, lost: Number(!item.range), key: { id: item.annotation.id, start: at.start, end: at.end } };
  });
  keyed.sort((a, b) => a.lost - b.lost || compareAnnotations(a.key, b.key));
  keyed.forEach(({ item }, index) => (located[index] = item));

  const sourcesById = new Map(annotations.filter((a): a is SourceAnnotation => a.kind === 'source').map((source) => [source.id, source]));
  const notes: ReportNote[] = located.map(({ annotation, range }, index) =>
    buildNote(annotation, index + 1, range !== null, sourcesById, verdictLabel),
  );
  const placed: PlacedNote[] = located.flatMap(({ annotation, range }, index) =>
    range ? [{ number: index + 1, kind: annotation.kind, range }] : [],
  );

  const counts: Record<AnnotationKind, number> = { quote: 0, source: 0, claim: 0 };
  for (const annotation of annotations) counts[annotation.kind]++;

  return {
    header: {
      title: document.title,
      byline: document.byline,
      sourceUrl: document.sourceUrl,
      publishedAt: document.publishedAt,
      language: document.language,
      generatedAt,
    },
    counts,
    blocks: reportBlocks(doc, placed),
    notes,
    ...summaries(notes, verdictLabel),
  };
}

function summaries(
  notes: readonly ReportNote[],
  verdictLabel: (verdict: string) => string,
): Pick<Report, 'quotesBySpeaker' | 'sources' | 'claimsByVerdict'> {
  const group = (key: (note: ReportNote) => string | null) => {
    const groups = new Map<string, number[]>();
    for (const note of notes) {
      const name = key(note);
      if (name === null) continue;
      const numbers = groups.get(name);
      if (numbers) numbers.push(note.number);
      else groups.set(name, [note.number]);
    }
    return [...groups];
  };
  // Who is attributed to each source, in one pass (not one pass over every note per source).
  const attributed = new Map<string, number[]>();
  for (const n of notes) {
    if (n.annotation.kind === 'source' || n.annotation.attributedTo === null) continue;
    const numbers = attributed.get(n.annotation.attributedTo);
    if (numbers) numbers.push(n.number);
    else attributed.set(n.annotation.attributedTo, [n.number]);
  }
  return {
    quotesBySpeaker: group((n) => (n.annotation.kind === 'quote' ? n.annotation.speaker.trim() || 'Speaker not identified' : null)).map(
      ([speaker, numbers]) => ({ speaker, notes: numbers }),
    ),
    sources: notes.flatMap((note) =>
      note.annotation.kind === 'source'
        ? [
            {
              name: sourceDisplayName(note.annotation),
              type: SOURCE_TYPE_LABELS[note.annotation.sourceType],
              note: note.number,
              attributedNotes: attributed.get(note.annotation.id) ?? [],
            },
          ]
        : [],
    ),
    claimsByVerdict: group((n) => (n.annotation.kind === 'claim' ? verdictLabel(n.annotation.verdict).trim() || NOT_RATED : null)).map(
      ([verdict, numbers]) => ({ verdict, notes: numbers }),
    ),
  };
}
