/**
 * Annotation highlights as ProseMirror decorations held in plugin state and mapped through
 * every transaction (the pattern of ProseMirror's collab-comments example), so editing the
 * text keeps each highlight on its words.
 *
 * The plugin knows only ranges, kinds and which annotation is active. Everything else about an
 * annotation lives in the document session. When an edit deletes all of an annotation's words
 * the decoration disappears; the ids of such annotations are reported in `detached` for the
 * transaction that did it, so the session can keep them safe and re-attach them on undo.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { AnnotationKind } from '../../shared/domain/annotation';

export interface AnnotationRange {
  id: string;
  kind: AnnotationKind;
  from: number;
  to: number;
  /** Placed by Pressmark on a new version with less than full confidence: drawn so it stands out. */
  review?: boolean;
}

interface AnnotationSpec {
  id: string;
  kind: AnnotationKind;
  review: boolean;
}

export interface AnnotationPluginState {
  decorations: DecorationSet;
  activeId: string | null;
  /** Ids whose words the last transaction deleted entirely. */
  detached: readonly string[];
}

export type AnnotationAction =
  | { type: 'reset'; ranges: AnnotationRange[] }
  | { type: 'add'; ranges: AnnotationRange[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'activate'; id: string | null };

export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

export function annotationAction(tr: Transaction, action: AnnotationAction): Transaction {
  return tr.setMeta(annotationPluginKey, action).setMeta('addToHistory', false);
}

export interface AnnotationPluginOptions {
  initial: AnnotationRange[];
  /** A click landed on a highlight: the innermost annotation under the pointer. */
  onClickAnnotation?: (id: string, view: EditorView) => void;
}

const NO_IDS: readonly string[] = [];

export function annotationPlugin(options: AnnotationPluginOptions): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => ({
        decorations: DecorationSet.create(state.doc, options.initial.map(toDecoration)),
        activeId: null,
        detached: NO_IDS,
      }),
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations(state) {
        const value = annotationPluginKey.getState(state);
        if (!value) return null;
        const active = value.activeId ? findRange(value.decorations, value.activeId) : null;
        if (!active) return value.decorations;
        return value.decorations.add(state.doc, [Decoration.inline(active.from, active.to, { class: 'pm-annotation-active' })]);
      },
      handleClick(view, pos) {
        const id = innermostAnnotationAt(view.state, pos);
        if (id && options.onClickAnnotation) options.onClickAnnotation(id, view);
        return false;
      },
    },
  });
}

function applyTransaction(tr: Transaction, value: AnnotationPluginState): AnnotationPluginState {
  let { decorations, activeId } = value;
  let detached: string[] | null = null;
  if (tr.docChanged) {
    decorations = decorations.map(tr.mapping, tr.doc, {
      onRemove: (spec: AnnotationSpec) => (detached ??= []).push(spec.id),
    });
  }
  const action = tr.getMeta(annotationPluginKey) as AnnotationAction | undefined;
  switch (action?.type) {
    case 'reset':
      decorations = DecorationSet.create(tr.doc, action.ranges.map(toDecoration));
      break;
    case 'add': {
      const ids = new Set(action.ranges.map((range) => range.id));
      decorations = decorations.remove(decorations.find(undefined, undefined, (spec: AnnotationSpec) => ids.has(spec.id)));
      decorations = decorations.add(tr.doc, action.ranges.filter((range) => range.to > range.from).map(toDecoration));
      break;
    }
    case 'remove': {
      const ids = new Set(action.ids);
      decorations = decorations.remove(decorations.find(undefined, undefined, (spec: AnnotationSpec) => ids.has(spec.id)));
      if (activeId && ids.has(activeId)) activeId = null;
      break;
    }
    case 'activate':
      activeId = action.id;
      break;
  }
  if (!tr.docChanged && !action) return value;
  return { decorations, activeId, detached: detached ?? NO_IDS };
}

function toDecoration(range: AnnotationRange): Decoration {
  const spec: AnnotationSpec = { id: range.id, kind: range.kind, review: range.review ?? false };
  return Decoration.inline(
    range.from,
    range.to,
    { class: `pm-annotation pm-annotation-${range.kind}${spec.review ? ' pm-annotation-review' : ''}` },
    {
      ...spec,
      inclusiveStart: false,
      inclusiveEnd: false,
    },
  );
}

function findRange(decorations: DecorationSet, id: string): AnnotationRange | null {
  const [found] = decorations.find(undefined, undefined, (spec: AnnotationSpec) => spec.id === id);
  return found ? toRange(found) : null;
}

function toRange(decoration: Decoration): AnnotationRange {
  const spec = decoration.spec as AnnotationSpec;
  return { id: spec.id, kind: spec.kind, from: decoration.from, to: decoration.to, review: spec.review };
}

/** Every annotation range in the editor now. */
export function annotationRanges(state: EditorState): AnnotationRange[] {
  return annotationPluginKey.getState(state)?.decorations.find().map(toRange) ?? [];
}

export function annotationRange(state: EditorState, id: string): AnnotationRange | null {
  const value = annotationPluginKey.getState(state);
  return value ? findRange(value.decorations, id) : null;
}

/** The shortest annotation covering a position, or null. */
export function innermostAnnotationAt(state: EditorState, pos: number): string | null {
  const value = annotationPluginKey.getState(state);
  if (!value) return null;
  let best: AnnotationRange | null = null;
  for (const decoration of value.decorations.find(pos, pos)) {
    if (decoration.from > pos || decoration.to < pos) continue;
    const range = toRange(decoration);
    if (!best || range.to - range.from < best.to - best.from) best = range;
  }
  return best?.id ?? null;
}
