/**
 * Which kind's highlight a piece of the article gets in Word. A run has one fill and one
 * underline, so where annotations overlap one of them must win. The rule: the shortest covering
 * annotation wins (fewest characters of the article); on a tie, the one numbered last (notes are
 * numbered in document order, enclosing ones first, so that is the one starting later). For
 * nested annotations that is the innermost, so a quote inside a claim shows as a quote with the
 * claim's highlight all around it. Every annotation keeps its own comment range and note number,
 * so nothing is lost where its highlight is hidden.
 */
import type { AnnotationKind } from '../../../shared/domain/annotation';
import type { ReportNote, ReportSpan } from '../../../shared/report/reportModel';

export type HighlightRule = (span: ReportSpan) => AnnotationKind | null;

export function highlightRule(notes: readonly ReportNote[], lengths: ReadonlyMap<number, number>): HighlightRule {
  const kinds = new Map(notes.map((note) => [note.number, note.annotation.kind]));
  return (span) => {
    let winner: number | null = null;
    for (const n of span.notes) {
      if (!kinds.has(n)) continue;
      if (winner === null) {
        winner = n;
        continue;
      }
      const length = lengths.get(n) ?? 0;
      const best = lengths.get(winner) ?? 0;
      if (length < best || (length === best && n > winner)) winner = n;
    }
    return winner === null ? null : (kinds.get(winner) ?? null);
  };
}
