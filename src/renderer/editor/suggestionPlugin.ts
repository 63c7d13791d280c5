/**
 * Suggestions as dashed outlines: ProseMirror decorations held in plugin state and mapped through
 * every transaction, like the annotation highlights, so an edit made while reviewing keeps each
 * outline on its words (and drops one whose words are deleted).
 *
 * Overlapping inline decorations are drawn as one span per stretch of text, so an outline is
 * built from pieces: every piece draws the top and bottom edges, and two one-character marks
 * draw the left edge at the first character and the right edge at the last.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { SuggestionKind } from '../../shared/suggest/suggestionTypes';

export interface SuggestionRange {
  id: string;
  kind: SuggestionKind;
  from: number;
  to: number;
}

type Part = 'whole' | 'start' | 'end';

interface SuggestionSpec {
  id: string;
  kind: SuggestionKind;
  part: Part;
}

export interface SuggestionPluginState {
  decorations: DecorationSet;
  currentId: string | null;
}

export type SuggestionAction =
  | { type: 'show'; ranges: SuggestionRange[] }
  | { type: 'add'; ranges: SuggestionRange[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'current'; id: string | null }
  | { type: 'clear' };

export const suggestionPluginKey = new PluginKey<SuggestionPluginState>('suggestions');

export function suggestionAction(tr: Transaction, action: SuggestionAction): Transaction {
  return tr.setMeta(suggestionPluginKey, action).setMeta('addToHistory', false);
}

export interface SuggestionPluginOptions {
  /** A click landed on a suggestion's outline: the shortest suggestion under the pointer. */
  onClickSuggestion?: (id: string, view: EditorView) => void;
}

export function suggestionPlugin(options: SuggestionPluginOptions = {}): Plugin<SuggestionPluginState> {
  return new Plugin<SuggestionPluginState>({
    key: suggestionPluginKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, currentId: null }),
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations(state) {
        const value = suggestionPluginKey.getState(state);
        if (!value || value.decorations === DecorationSet.empty) return null;
        const current = value.currentId ? suggestionRange(state, value.currentId) : null;
        if (!current) return value.decorations;
        return value.decorations.add(state.doc, [Decoration.inline(current.from, current.to, { class: 'pm-suggestion-current' })]);
      },
      handleClick(view, pos) {
        const id = innermostSuggestionAt(view.state, pos);
        if (!id || !options.onClickSuggestion) return false;
        options.onClickSuggestion(id, view);
        return true;
      },
    },
  });
}

function applyTransaction(tr: Transaction, value: SuggestionPluginState): SuggestionPluginState {
  const action = tr.getMeta(suggestionPluginKey) as SuggestionAction | undefined;
  if (!tr.docChanged && !action) return value;
  let { decorations, currentId } = value;
  if (tr.docChanged) decorations = decorations.map(tr.mapping, tr.doc);
  switch (action?.type) {
    case 'show':
      decorations = DecorationSet.create(tr.doc, action.ranges.flatMap(toDecorations));
      currentId = null;
      break;
    case 'add':
      decorations = decorations.add(tr.doc, action.ranges.flatMap(toDecorations));
      break;
    case 'remove': {
      const ids = new Set(action.ids);
      decorations = decorations.remove(decorations.find(undefined, undefined, (spec: SuggestionSpec) => ids.has(spec.id)));
      if (currentId && ids.has(currentId)) currentId = null;
      break;
    }
    case 'current':
      currentId = action.id;
      break;
    case 'clear':
      decorations = DecorationSet.empty;
      currentId = null;
      break;
  }
  return { decorations, currentId };
}

function toDecorations(range: SuggestionRange): Decoration[] {
  if (range.to <= range.from) return [];
  const spec = (part: Part): SuggestionSpec & { inclusiveStart: false; inclusiveEnd: false } => ({
    id: range.id,
    kind: range.kind,
    part,
    inclusiveStart: false,
    inclusiveEnd: false,
  });
  const kindClass = `pm-suggestion pm-suggestion-${range.kind}`;
  return [
    Decoration.inline(range.from, range.to, { class: kindClass, 'data-suggestion-id': range.id }, spec('whole')),
    Decoration.inline(range.from, range.from + 1, { class: `pm-suggestion-start-${range.kind}` }, spec('start')),
    Decoration.inline(range.to - 1, range.to, { class: `pm-suggestion-end-${range.kind}` }, spec('end')),
  ];
}

const isWhole = (spec: SuggestionSpec) => spec.part === 'whole';

function toRange(decoration: Decoration): SuggestionRange {
  const spec = decoration.spec as SuggestionSpec;
  return { id: spec.id, kind: spec.kind, from: decoration.from, to: decoration.to };
}

/** Every suggestion shown in the editor now, in document order. */
export function suggestionRanges(state: EditorState): SuggestionRange[] {
  const value = suggestionPluginKey.getState(state);
  return value ? value.decorations.find(undefined, undefined, isWhole).map(toRange) : [];
}

export function suggestionRange(state: EditorState, id: string): SuggestionRange | null {
  const value = suggestionPluginKey.getState(state);
  const [found] = value?.decorations.find(undefined, undefined, (spec: SuggestionSpec) => spec.id === id && isWhole(spec)) ?? [];
  return found ? toRange(found) : null;
}

export function currentSuggestionId(state: EditorState): string | null {
  return suggestionPluginKey.getState(state)?.currentId ?? null;
}

/** The shortest suggestion covering a position, or null. */
export function innermostSuggestionAt(state: EditorState, pos: number): string | null {
  const value = suggestionPluginKey.getState(state);
  if (!value) return null;
  let best: SuggestionRange | null = null;
  for (const decoration of value.decorations.find(pos, pos, isWhole)) {
    if (decoration.from > pos || decoration.to < pos) continue;
    const range = toRange(decoration);
    if (!best || range.to - range.from < best.to - best.from) best = range;
  }
  return best?.id ?? null;
}
