/**
 * Reviewing the engine's suggestions on the open article: find them (in a worker), outline them
 * in the editor, and walk them one by one. Accepting makes an ordinary annotation with the speaker
 * or source filled in; rejecting is remembered in storage so the same words are not suggested
 * again. Both can be undone from the toast that follows.
 *
 * Where a suggestion is lives in the editor's suggestion plugin, mapped through edits; this class
 * keeps what the engine said about it and the order of review.
 */
import type { ApiClient } from '../../shared/contract/client';
import { KIND_LABELS, type Annotation } from '../../shared/domain/annotation';
import { rejectionKey } from '../../shared/domain/suggestionRejection';
import type { Suggestion, SuggestionKind } from '../../shared/suggest/suggestionTypes';
import { TextIndex } from '../../shared/text/textIndex';
import type { AnnotationDraft, DocumentSession, SessionNotifier } from '../article/documentSession';
import {
  currentSuggestionId,
  suggestionAction,
  suggestionRange,
  suggestionRanges,
  type SuggestionAction,
} from '../editor/suggestionPlugin';
import { runSuggest } from './runSuggest';

export interface ReviewItem {
  id: string;
  suggestion: Suggestion;
}

interface Accepted {
  annotation: Annotation;
  item: ReviewItem;
}

export type ReviewStatus = 'finding' | 'ready' | 'failed';

export interface ReviewSnapshot {
  status: ReviewStatus;
  error: string | null;
  /** Suggestions still to review, in document order. */
  items: readonly ReviewItem[];
  currentId: string | null;
  /** How long the engine took, in milliseconds. */
  tookMs: number | null;
}

/** How often a search is started again because the article changed while the engine ran. */
const MAX_RESTARTS = 3;

export class SuggestionReview {
  private snapshot: ReviewSnapshot = { status: 'finding', error: null, items: [], currentId: null, tookMs: null };
  private readonly listeners = new Set<() => void>();
  private readonly items = new Map<string, ReviewItem>();
  private generation = 0;
  private stopped = false;
  private nextId = 1;

  constructor(
    private readonly session: DocumentSession,
    private readonly api: ApiClient,
    private readonly notifier: SessionNotifier,
    private readonly find: (text: string) => Promise<Suggestion[]> = runSuggest,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ReviewSnapshot => this.snapshot;

  /** Finds the article's suggestions and shows them, the first one current. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.stopped = false;
    this.session.setSuggestionClickHandler((id) => this.accept(id));
    this.publish({ status: 'finding', error: null });
    try {
      for (let attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
        const doc = this.session.editorState.doc;
        const index = TextIndex.fromDoc(doc);
        const began = performance.now();
        const [suggestions, rejected] = await Promise.all([
          this.find(index.text),
          this.api.call('suggestions.rejected', { documentId: this.session.documentId }),
        ]);
        if (generation !== this.generation) return;
        // Typing went on while the engine ran: its offsets are for older text.
        if (this.session.editorState.doc !== doc) continue;
        const rejectedKeys = new Set(rejected.map((r) => rejectionKey(r.kind, r.exact)));
        const fresh = suggestions.filter(
          (s) => !rejectedKeys.has(rejectionKey(s.kind, s.exact)) && !alreadyTagged(s, this.session.getSnapshot().annotations),
        );
        this.items.clear();
        const ranges = fresh.map((suggestion) => {
          const item = { id: `suggestion-${this.nextId++}`, suggestion };
          this.items.set(item.id, item);
          return {
            id: item.id,
            kind: suggestion.kind,
            from: index.offsetToPos(suggestion.start, 'start'),
            to: index.offsetToPos(suggestion.end, 'end'),
          };
        });
        this.dispatch({ type: 'show', ranges });
        this.publish({ status: 'ready', tookMs: Math.round(performance.now() - began) });
        this.focus(this.snapshot.items[0]?.id ?? null);
        return;
      }
      throw new Error('The article kept changing while suggestions were being found. Pause typing and try again.');
    } catch (error) {
      if (generation !== this.generation) return;
      this.publish({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Hides every suggestion and ends the review. */
  stop(): void {
    this.generation++;
    this.stopped = true;
    this.session.setSuggestionClickHandler(null);
    this.items.clear();
    this.dispatch({ type: 'clear' });
    this.publish({ items: [], currentId: null });
  }

  next(): void {
    this.step(1);
  }

  previous(): void {
    this.step(-1);
  }

  /** Makes a suggestion the current one and scrolls it into view. */
  focus(id: string | null): void {
    this.dispatch({ type: 'current', id });
    this.publish({});
    const range = id ? suggestionRange(this.session.editorState, id) : null;
    if (range) this.session.scrollToPos(range.from);
  }

  /** Accepts a suggestion (the current one by default) as an annotation; the next becomes current. */
  accept(id: string | null = this.snapshot.currentId): void {
    const item = id ? this.items.get(id) : undefined;
    if (!item) return;
    const following = this.neighbour(item.id, 1);
    const accepted = this.acceptItems([item]);
    if (accepted.length > 0) {
      this.notifier.toast(`${KIND_LABELS[item.suggestion.kind]} added.`, { label: 'Undo', run: () => this.unaccept(accepted) });
    }
    this.focus(following);
  }

  /** Accepts every remaining suggestion of a kind. */
  acceptAll(kind: SuggestionKind): void {
    const items = this.snapshot.items.filter((item) => item.suggestion.kind === kind);
    if (items.length === 0) return;
    const current = this.snapshot.currentId;
    const accepted = this.acceptItems(items);
    const label = `${accepted.length} ${KIND_LABELS[kind].toLowerCase()}${accepted.length === 1 ? '' : 's'} added.`;
    this.notifier.toast(label, { label: 'Undo', run: () => this.unaccept(accepted) });
    this.focus(current && this.items.has(current) ? current : (this.snapshot.items[0]?.id ?? null));
  }

  /** Rejects a suggestion (the current one by default): it is not suggested again for those words. */
  reject(id: string | null = this.snapshot.currentId): void {
    const item = id ? this.items.get(id) : undefined;
    if (!item) return;
    const { kind, exact } = item.suggestion;
    const key = rejectionKey(kind, exact);
    // The same words suggested elsewhere in the article go too.
    const same = this.snapshot.items.filter((other) => rejectionKey(other.suggestion.kind, other.suggestion.exact) === key);
    const ranges = same.map((other) => suggestionRange(this.session.editorState, other.id)).filter((r) => r !== null);
    const following = this.neighbour(item.id, 1, new Set(same.map((other) => other.id)));
    this.removeItems(same.map((other) => other.id));
    this.focus(following);
    const restore = () => {
      for (const other of same) this.items.set(other.id, other);
      this.dispatch({ type: 'add', ranges });
      this.publish({});
    };
    const rejections = [{ kind, exact }];
    this.api.call('suggestions.reject', { documentId: this.session.documentId, rejections }).then(
      () =>
        this.notifier.toast('Suggestion rejected.', {
          label: 'Undo',
          run: () => {
            restore();
            this.focus(item.id);
            this.api
              .call('suggestions.unreject', { documentId: this.session.documentId, rejections })
              .catch((error: Error) => this.notifier.toast(`Could not bring the suggestion back: ${error.message}`));
          },
        }),
      (error: Error) => {
        restore();
        this.notifier.toast(`Could not reject the suggestion: ${error.message}`);
      },
    );
  }

  /** Turns suggestions into annotations; returns each new annotation with the suggestion it came from. */
  private acceptItems(items: readonly ReviewItem[]): Accepted[] {
    const state = this.session.editorState;
    const index = TextIndex.fromDoc(state.doc);
    const placed: Array<{ item: ReviewItem; draft: AnnotationDraft }> = [];
    for (const item of items) {
      const range = suggestionRange(state, item.id);
      if (range)
        placed.push({
          item,
          draft: { ...draftFields(item.suggestion), start: index.posToOffset(range.from), end: index.posToOffset(range.to) },
        });
    }
    if (placed.length < items.length) this.notifier.toast('Some suggested words were edited away; those suggestions are gone.');
    this.removeItems(items.map((item) => item.id));
    const added = this.session.addAnnotations(placed.map((p) => p.draft));
    return added.flatMap((annotation) => {
      const from = placed.find(
        ({ draft }) => draft.kind === annotation.kind && draft.start <= annotation.start && annotation.end <= draft.end,
      );
      return from ? [{ annotation, item: from.item }] : [];
    });
  }

  /** Undoes an accept: the annotations go, the suggestions come back where their words still are. */
  private unaccept(accepted: readonly Accepted[]): void {
    this.session.deleteAnnotations(accepted.map(({ annotation }) => annotation.id));
    if (this.stopped) return;
    const index = TextIndex.fromDoc(this.session.editorState.doc);
    const ranges = [];
    for (const { annotation, item } of accepted) {
      if (index.text.slice(annotation.start, annotation.end) !== annotation.exact) continue;
      this.items.set(item.id, item);
      ranges.push({
        id: item.id,
        kind: item.suggestion.kind,
        from: index.offsetToPos(annotation.start, 'start'),
        to: index.offsetToPos(annotation.end, 'end'),
      });
    }
    this.dispatch({ type: 'add', ranges });
    this.publish({});
  }

  private removeItems(ids: readonly string[]): void {
    for (const id of ids) this.items.delete(id);
    this.dispatch({ type: 'remove', ids: [...ids] });
    this.publish({});
  }

  private step(direction: 1 | -1): void {
    const { items, currentId } = this.snapshot;
    if (items.length === 0) return;
    this.focus(currentId ? this.neighbour(currentId, direction, new Set(), true) : items[direction === 1 ? 0 : items.length - 1]!.id);
  }

  /** The suggestion after (or before) the given one in document order, skipping some; wraps around if asked. */
  private neighbour(id: string, direction: 1 | -1, skip: ReadonlySet<string> = new Set(), wrap = false): string | null {
    const order = this.snapshot.items.map((item) => item.id).filter((other) => other === id || !skip.has(other));
    const at = order.indexOf(id);
    if (at < 0) return order[0] ?? null;
    const candidate = order[at + direction] ?? (wrap ? order[direction === 1 ? 0 : order.length - 1] : order[at - direction]);
    return candidate === id ? null : (candidate ?? null);
  }

  private dispatch(action: SuggestionAction): void {
    this.session.dispatchTransaction(suggestionAction(this.session.editorState.tr, action));
  }

  /** Publishes a new snapshot; the list of items always follows the outlines' document order. */
  private publish(changes: Partial<ReviewSnapshot>): void {
    const state = this.session.editorState;
    const items = suggestionRanges(state)
      .sort((a, b) => a.from - b.from || a.to - b.to)
      .map((range) => this.items.get(range.id))
      .filter((item): item is ReviewItem => item !== undefined);
    this.snapshot = { ...this.snapshot, ...changes, items, currentId: currentSuggestionId(state) };
    for (const listener of this.listeners) listener();
  }
}

function draftFields(suggestion: Suggestion): Omit<AnnotationDraft, 'start' | 'end'> {
  switch (suggestion.kind) {
    case 'quote':
      return { kind: 'quote', ...(suggestion.speaker ? { speaker: suggestion.speaker } : {}) };
    case 'source':
      return {
        kind: 'source',
        ...(suggestion.source ? { sourceName: suggestion.source } : {}),
        ...(suggestion.sourceType ? { sourceType: suggestion.sourceType } : {}),
      };
    case 'claim':
      return { kind: 'claim' };
  }
}

/** A suggestion whose words are already tagged with its kind (overlapping) is not shown. */
function alreadyTagged(suggestion: Suggestion, annotations: readonly Annotation[]): boolean {
  return annotations.some(
    (a) => a.kind === suggestion.kind && a.anchorStatus !== 'orphaned' && a.start < suggestion.end && suggestion.start < a.end,
  );
}
