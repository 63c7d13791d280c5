/**
 * Find in article, the editor part: the matches of the find bar's query as ProseMirror decorations.
 *
 * The search runs on the article's plain text (`findMatches`) and a TextIndex turns each match's
 * offsets into editor positions; the folded text is cached per document node, so typing a query
 * letter by letter folds a long article once. Matches live in plugin state, mapped through edits
 * (and searched again shortly after the edits stop). When there are many, only those over the
 * visible stretch of the article (plus a screen above and below) are drawn, and the current one.
 *
 * The find bar drives it with `findSearch`, `findMove` and `findClose` (transactions that also put
 * the editor's selection on the current match) and reads it through `subscribeFind`.
 */
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { TextIndex } from '../../shared/text/textIndex';
import { findMatches, foldText, MAX_MATCHES, type FoldedText } from './findText';
import { trackVisibleWindow, visibleRange, type PositionRange } from '../editor/visibleWindow';

export interface FindRange {
  from: number;
  to: number;
}

export interface FindState {
  /** Whether the find bar is open (its matches drawn, and searched again after edits). */
  active: boolean;
  query: string;
  /** Every match in document order (at most MAX_MATCHES). */
  matches: readonly FindRange[];
  /** Index of the current match, or -1. */
  current: number;
  /** Whether counting stopped at MAX_MATCHES. */
  capped: boolean;
  /** Counts up each time the current match should be scrolled into view. */
  reveal: number;
  /** Edits since the last search: the matches were mapped, and will be searched again. */
  stale: boolean;
  /** The stretch of the document drawn when there are too many matches to draw them all. */
  window: PositionRange | null;
}

type FindAction = { type: 'set'; state: FindState } | { type: 'window'; window: PositionRange };

/** Up to this many matches are all drawn; beyond it only those near the screen. */
export const DRAW_ALL_LIMIT = 500;
/** How many matches near the screen are drawn at most. */
const DRAW_NEAR_LIMIT = 1000;
/** How long after the last edit the matches are searched again. */
const RESEARCH_DELAY_MS = 250;

const EMPTY: FindState = { active: false, query: '', matches: [], current: -1, capped: false, reveal: 0, stale: false, window: null };

export const findPluginKey = new PluginKey<FindState>('find');

const listeners = new Set<() => void>();

/** Calls `listener` whenever the find state of the open article changes; returns the unsubscribe function. */
export function subscribeFind(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function findState(state: EditorState): FindState {
  return findPluginKey.getState(state) ?? EMPTY;
}

// ---- searching ---------------------------------------------------------------------------

const folded = new WeakMap<Node, { index: TextIndex; folded: FoldedText }>();

function foldedDoc(doc: Node): { index: TextIndex; folded: FoldedText } {
  let entry = folded.get(doc);
  if (!entry) {
    const index = TextIndex.fromDoc(doc);
    entry = { index, folded: foldText(index.text) };
    folded.set(doc, entry);
  }
  return entry;
}

/** The matches of `query` in a document, as editor positions. */
export function searchDoc(doc: Node, query: string): { matches: FindRange[]; capped: boolean } {
  if (query.trim() === '') return { matches: [], capped: false };
  const { index, folded: text } = foldedDoc(doc);
  const found = findMatches(text, query, MAX_MATCHES + 1);
  const capped = found.length > MAX_MATCHES;
  const matches = found
    .slice(0, MAX_MATCHES)
    .map((m) => ({ from: index.offsetToPos(m.start, 'start'), to: index.offsetToPos(m.end, 'end') }))
    .filter((m) => m.to > m.from);
  return { matches, capped };
}

/** The first match at or after `pos`, wrapping round to the first; -1 if none. */
function firstFrom(matches: readonly FindRange[], pos: number): number {
  if (matches.length === 0) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}

function withSelection(tr: Transaction, next: FindState): Transaction {
  const match = next.matches[next.current];
  if (match) tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
  return tr.setMeta(findPluginKey, { type: 'set', state: next } satisfies FindAction).setMeta('addToHistory', false);
}

/** Searches for `query` from the selection on (as the find bar's text changes); selects the current match. */
export function findSearch(state: EditorState, query: string): Transaction {
  const previous = findState(state);
  const { matches, capped } = searchDoc(state.doc, query);
  const current = firstFrom(matches, state.selection.from);
  return withSelection(state.tr, { ...previous, active: true, query, matches, capped, current, stale: false, reveal: previous.reveal + 1 });
}

/** Moves to the next (step 1) or previous (step -1) match, wrapping round; selects it. */
export function findMove(state: EditorState, step: 1 | -1): Transaction {
  const previous = findState(state);
  let next = previous;
  let current = previous.current;
  if (previous.stale || !previous.active) {
    // Search again first; count on from the match that was current, or from the selection.
    next = { ...previous, ...searchDoc(state.doc, previous.query), active: true, stale: false };
    const at = previous.matches[previous.current]?.from;
    current = at === undefined ? -1 : firstFrom(next.matches, at);
  }
  const count = next.matches.length;
  if (count === 0) return withSelection(state.tr, { ...next, current: -1 });
  if (current < 0) {
    // From the caret; a selection (the match found last time, say) counts as passed going forward.
    const { from, empty } = state.selection;
    current = step === 1 ? firstFrom(next.matches, empty ? from : from + 1) : (firstFrom(next.matches, from) - 1 + count) % count;
  } else {
    current = (current + step + count) % count;
  }
  return withSelection(state.tr, { ...next, current, reveal: previous.reveal + 1 });
}

/** Ends finding: no more highlights; the selection stays on the current match. The query is kept for next time. */
export function findClose(state: EditorState): Transaction {
  const previous = findState(state);
  return state.tr
    .setMeta(findPluginKey, { type: 'set', state: { ...EMPTY, query: previous.query, reveal: previous.reveal } } satisfies FindAction)
    .setMeta('addToHistory', false);
}

// ---- the plugin --------------------------------------------------------------------------

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findPluginKey,
    state: {
      init: () => EMPTY,
      apply: (tr, value) => applyTransaction(tr, value),
    },
    props: {
      decorations: (state) => decorationsFor(state),
    },
    view: (view) => new FindView(view),
  });
}

function applyTransaction(tr: Transaction, value: FindState): FindState {
  const action = tr.getMeta(findPluginKey) as FindAction | undefined;
  if (action?.type === 'set') return action.state;
  let next = value;
  if (tr.docChanged && value.active) {
    const matches: FindRange[] = [];
    let current = -1;
    value.matches.forEach((match, i) => {
      const from = tr.mapping.map(match.from, 1);
      const to = tr.mapping.map(match.to, -1);
      if (to <= from) return;
      if (i === value.current) current = matches.length;
      matches.push({ from, to });
    });
    next = { ...value, matches, current, stale: true };
  }
  if (action?.type === 'window') next = { ...next, window: action.window };
  return next;
}

const drawn = new WeakMap<FindState, DecorationSet>();

function decorationsFor(state: EditorState): DecorationSet | null {
  const value = findState(state);
  if (value.matches.length === 0) return null;
  let set = drawn.get(value);
  if (!set) {
    set = DecorationSet.create(
      state.doc,
      matchesToDraw(value).map((i) => decoration(value.matches[i]!, i === value.current)),
    );
    drawn.set(value, set);
  }
  return set;
}

function decoration(match: FindRange, current: boolean): Decoration {
  return Decoration.inline(match.from, match.to, { class: current ? 'pm-find-match pm-find-current' : 'pm-find-match' });
}

/** Indexes of the matches to draw: all of few; else those over the window (at most DRAW_NEAR_LIMIT), and the current. */
export function matchesToDraw(value: FindState): number[] {
  const { matches, current, window } = value;
  if (matches.length <= DRAW_ALL_LIMIT) return matches.map((_, i) => i);
  const indexes: number[] = [];
  if (window) {
    for (let i = firstFrom(matches, window.from); i < matches.length && indexes.length < DRAW_NEAR_LIMIT; i++) {
      if (matches[i]!.from > window.to) break;
      if (matches[i]!.to >= window.from) indexes.push(i);
    }
  }
  if (current >= 0 && !indexes.includes(current)) indexes.push(current);
  return indexes.sort((a, b) => a - b);
}

/** Tells the find bar about changes, scrolls the current match into view, follows scrolling, searches again after edits. */
class FindView {
  private shown: FindState;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly tracker: { schedule: () => void; stop: () => void };

  constructor(private readonly view: EditorView) {
    this.shown = findState(view.state);
    this.tracker = trackVisibleWindow(() => this.checkWindow());
  }

  update(): void {
    const value = findState(this.view.state);
    if (value === this.shown) return;
    const previous = this.shown;
    this.shown = value;
    if (value.reveal !== previous.reveal && value.current >= 0) this.revealCurrent();
    if (value.matches.length > DRAW_ALL_LIMIT && value.matches !== previous.matches) this.tracker.schedule();
    if (value.stale && !previous.stale) this.scheduleResearch();
    for (const listener of listeners) listener();
  }

  destroy(): void {
    this.tracker.stop();
    if (this.timer) clearTimeout(this.timer);
  }

  private checkWindow(): void {
    const value = findState(this.view.state);
    if (value.matches.length <= DRAW_ALL_LIMIT) return;
    const range = visibleRange(this.view, window.innerHeight);
    if (!range || (value.window && value.window.from === range.from && value.window.to === range.to)) return;
    this.view.dispatch(
      this.view.state.tr.setMeta(findPluginKey, { type: 'window', window: range } satisfies FindAction).setMeta('addToHistory', false),
    );
  }

  /** After edits, the same query again, staying on (or after) the match that was current. */
  private scheduleResearch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const { state } = this.view;
      const value = findState(state);
      if (!value.stale) return;
      const { matches, capped } = searchDoc(state.doc, value.query);
      const at = value.matches[value.current]?.from;
      const current = at === undefined ? -1 : firstFrom(matches, at);
      const next: FindState = { ...value, matches, capped, current, stale: false };
      this.view.dispatch(state.tr.setMeta(findPluginKey, { type: 'set', state: next } satisfies FindAction).setMeta('addToHistory', false));
    }, RESEARCH_DELAY_MS);
  }

  /** Scrolls the article so the current match sits mid-screen, unless it is already well in view. */
  private revealCurrent(): void {
    const element = this.view.dom.querySelector('.pm-find-current');
    if (!element) return;
    const rect = element.getBoundingClientRect();
    const scroller = scrollParent(this.view.dom);
    const bounds = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const margin = 48;
    const top = Math.max(bounds.top, 0) + margin;
    const bottom = Math.min(bounds.bottom, window.innerHeight) - margin;
    if (rect.top >= top && rect.bottom <= bottom) return;
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'instant' });
  }
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}
