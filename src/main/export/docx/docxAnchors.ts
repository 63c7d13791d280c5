/**
 * Where each note sits in the article's spans: the span its words start in, the span they end in
 * (where its comment range closes and its number goes) and how many characters it covers.
 * Worked out once, before any paragraph is written, because a note's words may run across
 * paragraphs and overlap other notes.
 */
import type { ReportBlock } from '../../../shared/report/reportModel';

export interface SpanAnchors {
  /** Notes whose words start in this span, in number order. */
  starts: number[];
  /** Notes whose words end in this span, in number order. */
  ends: number[];
}

export interface ArticleAnchors {
  /** One entry per span, indexed [block][span]. */
  spans: SpanAnchors[][];
  /** Characters of the article each placed note covers. */
  lengths: Map<number, number>;
}

export function articleAnchors(blocks: readonly ReportBlock[]): ArticleAnchors {
  const spans = blocks.map((block) => block.spans.map((): SpanAnchors => ({ starts: [], ends: [] })));
  const first = new Map<number, SpanAnchors>();
  const last = new Map<number, SpanAnchors>();
  const lengths = new Map<number, number>();
  blocks.forEach((block, b) =>
    block.spans.forEach((span, s) => {
      const anchors = spans[b]?.[s];
      if (!anchors) return;
      for (const n of span.notes) {
        if (!first.has(n)) first.set(n, anchors);
        last.set(n, anchors);
        lengths.set(n, (lengths.get(n) ?? 0) + span.text.length);
      }
    }),
  );
  // Maps iterate in insertion order, not number order; sort each list once filled.
  for (const [n, anchors] of first) anchors.starts.push(n);
  for (const [n, anchors] of last) anchors.ends.push(n);
  for (const anchors of spans.flat()) {
    anchors.starts.sort((a, b) => a - b);
    anchors.ends.sort((a, b) => a - b);
  }
  return { spans, lengths };
}
