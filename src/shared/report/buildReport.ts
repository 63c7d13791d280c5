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
  const position = (item: (typeof located)[number]) => ({ id: item.annotation.id, ...(item.range ?? item.annotation) });
  located.sort((a, b) => Number(!a.range) - Number(!b.range) || compareAnnotations(position(a), position(b)));

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
      if (name !== null) groups.set(name, [...(groups.get(name) ?? []), note.number]);
    }
    return [...groups];
  };
  const numberOf = new Map(notes.map((note) => [note.annotation.id, note.number]));
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
              attributedNotes: notes
                .filter((n) => n.annotation.kind !== 'source' && n.annotation.attributedTo === note.annotation.id)
                .map((n) => numberOf.get(n.annotation.id) as number),
            },
          ]
        : [],
    ),
    claimsByVerdict: group((n) => (n.annotation.kind === 'claim' ? verdictLabel(n.annotation.verdict).trim() || NOT_RATED : null)).map(
      ([verdict, numbers]) => ({ verdict, notes: numbers }),
    ),
  };
}
