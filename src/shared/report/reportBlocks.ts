/**
 * Cuts an article into report blocks and spans: one block per textblock, one span per run of
 * text with the same formatting and the same covering annotations. A sweep over annotation
 * start and end events keeps this linear in text length plus annotations.
 */
import type { Mark, Node } from 'prosemirror-model';
import { ANNOTATION_KINDS, type AnnotationKind } from '../domain/annotation';
import type { TextRange } from '../anchoring/textQuote';
import { BLOCK_SEPARATOR } from '../text/textIndex';
import { safeLinkHref } from '../text/safeUrl';
import type { BlockStyle, ReportBlock, ReportSpan } from './reportModel';

export interface PlacedNote {
  number: number;
  kind: AnnotationKind;
  range: TextRange;
}

interface Event {
  offset: number;
  start: boolean;
  note: PlacedNote;
}

export function reportBlocks(doc: Node, placed: readonly PlacedNote[]): ReportBlock[] {
  const events: Event[] = placed.flatMap((note) => [
    { offset: note.range.start, start: true, note },
    { offset: note.range.end, start: false, note },
  ]);
  // Ends before starts at the same offset: an annotation ending where another begins does not cover it.
  events.sort((a, b) => a.offset - b.offset || Number(a.start) - Number(b.start));
  const active = new Map<number, PlacedNote>();
  let next = 0;
  const advanceTo = (offset: number, inclusiveStarts: boolean) => {
    while (next < events.length) {
      const event = events[next] as Event;
      if (event.offset > offset || (event.offset === offset && event.start && !inclusiveStarts)) break;
      if (event.start) active.set(event.note.number, event.note);
      else active.delete(event.note.number);
      next++;
    }
  };

  const blocks: ReportBlock[] = [];
  let offset = 0;
  for (const { node, style } of textblocks(doc)) {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    const spans: ReportSpan[] = [];
    node.forEach((child) => {
      const text = child.isText ? (child.text ?? '') : '\n';
      const marks = child.marks;
      let cursor = 0;
      while (cursor < text.length) {
        advanceTo(offset + cursor, true);
        const nextEvent = events[next];
        const boundary = nextEvent ? Math.min(text.length, Math.max(cursor + 1, nextEvent.offset - offset)) : text.length;
        const pieceEnd = child.isText ? boundary : text.length;
        const covering = [...active.values()];
        const endNotes = covering.filter((note) => note.range.end === offset + pieceEnd).map((note) => note.number);
        spans.push(span(text.slice(cursor, pieceEnd), marks, !child.isText, covering, endNotes));
        cursor = pieceEnd;
      }
      offset += text.length;
    });
    advanceTo(offset, false);
    blocks.push({ style, spans: mergeSpans(spans) });
  }
  return blocks;
}

function span(text: string, marks: readonly Mark[], hardBreak: boolean, covering: PlacedNote[], endNotes: number[]): ReportSpan {
  const link = marks.find((mark) => mark.type.name === 'link');
  return {
    text,
    em: marks.some((mark) => mark.type.name === 'em'),
    strong: marks.some((mark) => mark.type.name === 'strong'),
    href: link ? safeLinkHref(String(link.attrs.href ?? '')) : null,
    hardBreak,
    kinds: ANNOTATION_KINDS.filter((kind) => covering.some((note) => note.kind === kind)),
    notes: covering.map((note) => note.number).sort((a, b) => a - b),
    endNotes: endNotes.sort((a, b) => a - b),
  };
}

/** Joins neighbours that look the same, so renderers write fewer, longer runs. */
function mergeSpans(spans: ReportSpan[]): ReportSpan[] {
  const merged: ReportSpan[] = [];
  for (const current of spans) {
    const last = merged[merged.length - 1];
    const same =
      last &&
      last.endNotes.length === 0 &&
      !last.hardBreak &&
      !current.hardBreak &&
      last.em === current.em &&
      last.strong === current.strong &&
      last.href === current.href &&
      last.notes.join() === current.notes.join();
    if (same) merged[merged.length - 1] = { ...last, text: last.text + current.text, endNotes: current.endNotes };
    else merged.push(current);
  }
  return merged;
}

/** Every textblock in document order with the style it should be written in. */
function* textblocks(doc: Node): Generator<{ node: Node; style: BlockStyle }> {
  type Context = { quoteDepth: number; listDepth: number; list: { ordered: boolean; number: number } | null; firstInItem: boolean };
  function* walk(node: Node, context: Context): Generator<{ node: Node; style: BlockStyle }> {
    let childIndex = 0;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (child.isTextblock) {
        const indent = context.quoteDepth + context.listDepth;
        if (child.type.name === 'heading') yield { node: child, style: { type: 'heading', level: Number(child.attrs.level) || 2 } };
        else if (context.list && context.firstInItem && childIndex === 0)
          yield {
            node: child,
            style: { type: 'list-item', ordered: context.list.ordered, number: context.list.number, indent: Math.max(0, indent - 1) },
          };
        else if (context.quoteDepth > 0) yield { node: child, style: { type: 'blockquote', indent } };
        else yield { node: child, style: { type: 'paragraph', indent } };
      } else if (child.type.name === 'blockquote') {
        yield* walk(child, { ...context, quoteDepth: context.quoteDepth + 1, firstInItem: false });
      } else if (child.type.name === 'bullet_list' || child.type.name === 'ordered_list') {
        const ordered = child.type.name === 'ordered_list';
        const start = ordered ? Number(child.attrs.order) || 1 : 1;
        for (let item = 0; item < child.childCount; item++) {
          yield* walk(child.child(item), {
            ...context,
            listDepth: context.listDepth + 1,
            list: { ordered, number: start + item },
            firstInItem: true,
          });
        }
      } else {
        yield* walk(child, context);
      }
      childIndex++;
    }
  }
  yield* walk(doc, { quoteDepth: 0, listDepth: 0, list: null, firstInItem: false });
}
