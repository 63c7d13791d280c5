/**
 * Annotation highlights. Every annotation's range lives in an AnnotationIndex (sorted typed arrays) in plugin state and
 * is mapped through every transaction, so editing the text keeps each highlight on its words; only the annotations
 * over the visible stretch of the document (plus a margin above and below) become ProseMirror decorations. A plugin
 * view watches scrolling and moves that window, so 10,000 annotations cost about what the few dozen on screen do.
 *
 * The plugin knows only ranges, kinds and which annotation is active. Everything else about an annotation lives in
 * the document session. When an edit deletes all of an annotation's words its range disappears; the ids of such
 * annotations are reported in `detached` for the transaction that did it, so the session can keep them safe and
 * re-attach them on undo. (Typing inside a highlight is editInsideHighlights.ts.)
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { KIND_LABELS, type AnnotationKind } from '../../shared/domain/annotation';
import { AnnotationIndex } from './annotationIndex';
import { trackVisibleWindow, visibleRange, type PositionRange } from './visibleWindow';

export interface AnnotationRange {
  id: string;
  kind: AnnotationKind;
  from: number;
  to: number;
  /** Placed by Pressmark on a new version with less than full confidence: drawn so it stands out. */
  review?: boolean;
}

export interface AnnotationPluginState {
  index: AnnotationIndex;
  /** The stretch of the document whose annotations are drawn. */
  window: PositionRange;
  /** The highlights drawn: every annotation over `window`, and the active one wherever it is. */
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

/** Moves the drawn window (sent by the plugin's view as the article scrolls). */
interface WindowAction {
  type: 'window';
  window: PositionRange;
}

export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

export function annotationAction(tr: Transaction, action: AnnotationAction): Transaction {
  return tr.setMeta(annotationPluginKey, action).setMeta('addToHistory', false);
}

/** Draws the annotations over another stretch of the document (what the plugin's view does as the article scrolls). */
export function annotationWindowAction(tr: Transaction, window: PositionRange): Transaction {
  const action: WindowAction = { type: 'window', window };
  return tr.setMeta(annotationPluginKey, action).setMeta('addToHistory', false);
}

export interface AnnotationPluginOptions {
  initial: AnnotationRange[];
  /** A click landed on a highlight: the innermost annotation under the pointer. */
  onClickAnnotation?: (id: string, view: EditorView) => void;
}

/** Positions drawn before the view has measured what is on screen: the top of the article, more than a tall screen shows. */
const INITIAL_WINDOW = 8_000;
/** How far beyond the screen, in screen heights, highlights are drawn so that scrolling shows them at once. */
const MARGIN_SCREENS = 0.75;
const NO_IDS: readonly string[] = [];

export function annotationPlugin(options: AnnotationPluginOptions): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => {
        const index = AnnotationIndex.of(options.initial);
        const window = { from: 0, to: Math.min(state.doc.content.size, INITIAL_WINDOW) };
        return { index, window, decorations: draw(state.doc, index, window, null), activeId: null, detached: NO_IDS };
      },
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)?.decorations ?? null,
      handleClick(view, pos) {
        const id = innermostAnnotationAt(view.state, pos);
        if (id && options.onClickAnnotation) options.onClickAnnotation(id, view);
        return false;
      },
    },
    view: (view) => new WindowView(view),
  });
}

function applyTransaction(tr: Transaction, value: AnnotationPluginState): AnnotationPluginState {
  const action = tr.getMeta(annotationPluginKey) as AnnotationAction | WindowAction | undefined;
  if (!tr.docChanged && !action) return value;
  let { index, window, decorations, activeId } = value;
  let detached = NO_IDS;
  if (tr.docChanged) {
    const mapped = index.map(tr.mapping);
    index = mapped.index;
    if (mapped.removed.length > 0) detached = mapped.removed;
    window = { from: tr.mapping.map(window.from, -1), to: tr.mapping.map(window.to, 1) };
    decorations = decorations.map(tr.mapping, tr.doc);
  }
  if (action) {
    switch (action.type) {
      case 'reset':
        index = AnnotationIndex.of(action.ranges);
        break;
      case 'add':
        index = index.add(action.ranges);
        break;
      case 'remove':
        index = index.remove(action.ids);
        if (activeId && action.ids.includes(activeId)) activeId = null;
        break;
      case 'activate':
        activeId = action.id;
        break;
      case 'window':
        window = action.window;
        break;
    }
    decorations = draw(tr.doc, index, window, activeId);
  }
  return { index, window, decorations, activeId, detached };
}

/** The decorations for the annotations over `window`, and for the active annotation wherever it is. */
function draw(doc: Node, index: AnnotationIndex, window: PositionRange, activeId: string | null): DecorationSet {
  const ranges = index.between(window.from, window.to);
  const decorations = ranges.map(toDecoration);
  const active = activeId ? index.get(activeId) : null;
  if (active) {
    if (active.to <= window.from || active.from >= window.to) decorations.push(toDecoration(active));
    decorations.push(Decoration.inline(active.from, active.to, { class: 'pm-annotation-active' }));
  }
  return DecorationSet.create(doc, decorations);
}

function toDecoration(range: AnnotationRange): Decoration {
  const review = range.review ?? false;
  return Decoration.inline(
    range.from,
    range.to,
    {
      class: `pm-annotation pm-annotation-${range.kind}${review ? ' pm-annotation-review' : ''}`,
      // Read out by screen readers after the words (where highlights overlap, the innermost one speaks).
      'aria-description': `${KIND_LABELS[range.kind]}${review ? ', to check after an update' : ''}`,
    },
    { id: range.id, kind: range.kind, review, inclusiveStart: false, inclusiveEnd: false },
  );
}

/**
 * Keeps the drawn window over what is on screen: after a scroll or resize (and once the view is laid out), when the
 * visible blocks are no longer all inside the window, it moves the window to them plus a margin above and below.
 */
class WindowView {
  private readonly tracker: { schedule: () => void; stop: () => void };

  constructor(private readonly view: EditorView) {
    this.tracker = trackVisibleWindow(() => this.check());
  }

  update(view: EditorView, previous: EditorState): void {
    // A large edit (a paste, a replaced document) can move what is on screen without scrolling.
    if (Math.abs(view.state.doc.content.size - previous.doc.content.size) > 200) this.tracker.schedule();
  }

  destroy(): void {
    this.tracker.stop();
  }

  private check(): void {
    const value = annotationPluginKey.getState(this.view.state);
    if (!value || this.view.isDestroyed) return;
    const visible = visibleRange(this.view, 0);
    if (!visible || (visible.from >= value.window.from && visible.to <= value.window.to)) return;
    const window = visibleRange(this.view, MARGIN_SCREENS * (globalThis.innerHeight || 800));
    if (!window) return;
    this.view.dispatch(annotationWindowAction(this.view.state.tr, window));
  }
}

/** Every annotation range in the editor now, in document order. */
export function annotationRanges(state: EditorState): AnnotationRange[] {
  return annotationPluginKey.getState(state)?.index.all() ?? [];
}

export function annotationRange(state: EditorState, id: string): AnnotationRange | null {
  return annotationPluginKey.getState(state)?.index.get(id) ?? null;
}

/** The shortest annotation covering a position, or null. */
export function innermostAnnotationAt(state: EditorState, pos: number): string | null {
  const value = annotationPluginKey.getState(state);
  if (!value) return null;
  let best: AnnotationRange | null = null;
  for (const range of value.index.between(pos, pos)) {
    if (!best || range.to - range.from < best.to - best.from) best = range;
  }
  return best?.id ?? null;
}
