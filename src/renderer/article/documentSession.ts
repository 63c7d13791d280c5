/**
 * One open document: its editor state, its annotations and every write back to storage.
 *
 * The session is the renderer's single owner of an article's data. React components read
 * immutable snapshots of it (useSyncExternalStore) and call its methods; the ProseMirror view
 * dispatches its transactions here. Every change is saved automatically through one ordered
 * write queue, at most a few hundred milliseconds after the last keystroke.
 */
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { redo, undo } from 'prosemirror-history';
import { selectAll } from 'prosemirror-commands';
import type { ApiClient } from '../../shared/contract/client';
import type { ApiError } from '../../shared/contract/errors';
import type { AnnotationAnchor } from '../../shared/contract/api';
import {
  KIND_LABELS,
  compareAnnotations,
  type Annotation,
  type AnnotationChanges,
  type AnnotationKind,
  type SourceType,
} from '../../shared/domain/annotation';
import { definedOnly } from '../../shared/util/definedOnly';
import type { DocumentMeta, PressmarkDocument } from '../../shared/domain/document';
import { articleSchema } from '../../shared/editor/schema';
import { TextIndex } from '../../shared/text/textIndex';
import { textQuoteAt, trimRange, type TextRange } from '../../shared/anchoring/textQuote';
import { findQuote } from '../../shared/anchoring/findQuote';
import { locateAnnotation } from '../../shared/anchoring/locateAnnotation';
import { nextClaimStatus } from '../../shared/domain/claimWorkflow';
import { guessSourceName } from '../../shared/anchoring/sourceName';
import { editorPlugins } from '../editor/editorPlugins';
import { annotationAction, annotationPluginKey, annotationRange, annotationRanges } from '../editor/annotationPlugin';
import { placeAnnotations } from './placeAnnotations';
import { WriteQueue, type QueueState } from './writeQueue';

export type SaveState = 'saved' | 'saving' | 'retrying';

export interface SessionSnapshot {
  document: DocumentMeta;
  /** Live annotations in document order. */
  annotations: readonly Annotation[];
  /** Annotations whose words are no longer in the text (orphaned): kept, listed apart, re-attachable. */
  detachedIds: ReadonlySet<string>;
  activeId: string | null;
  /** Set when a card should take keyboard focus (after tagging); the nonce makes each request new. */
  focusRequest: { id: string; nonce: number } | null;
  saveState: SaveState;
  saveError: string | null;
}

/** A new annotation's range in the current text and the fields it starts with. */
export type AnnotationDraft = TextRange & { kind: AnnotationKind; speaker?: string; sourceName?: string; sourceType?: SourceType };

export type MetaChanges = Partial<Pick<DocumentMeta, 'title' | 'byline' | 'sourceUrl' | 'publishedAt' | 'language'>>;

export interface SessionNotifier {
  toast(message: string, action?: { label: string; run: () => void }): void;
}

export interface SessionOptions {
  /** How long after the last change a save starts. */
  saveDelayMs?: number;
  newId?: () => string;
  now?: () => string;
}

const DEFAULT_SAVE_DELAY_MS = 300;
/** However busy the user, unsaved work waits at most this long. */
const MAX_SAVE_WAIT_MS = 1000;
/** How far from where its words vanished a detached annotation's words may reappear and re-attach it. */
const REATTACH_WINDOW = 2000;

export class DocumentSession {
  private state: EditorState;
  private view: EditorView | null = null;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly queue: WriteQueue;
  private readonly annotations = new Map<string, Annotation>();
  /** Annotations detached by an edit in this session → where their words were, mapped through later edits (for undo). */
  private readonly detachedAt = new Map<string, number>();
  /** Annotations that lost their words since the last save: saved as orphaned with the next content. */
  private readonly pendingOrphans = new Set<string>();
  private readonly refusedIds = new Set<string>();
  private readonly pendingFields = new Map<string, { changes: AnnotationChanges; sessionId: string | undefined }>();
  private pendingMeta: MetaChanges = {};
  private contentDirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstUnsavedAt: number | null = null;
  private focusNonce = 0;
  private suggestionClickHandler: ((id: string) => void) | null = null;
  private readonly saveDelayMs: number;
  private readonly newId: () => string;
  private readonly now: () => string;

  static async open(api: ApiClient, documentId: string, notifier: SessionNotifier, options?: SessionOptions): Promise<DocumentSession> {
    const [document, annotations] = await Promise.all([
      api.call('documents.get', { id: documentId }),
      api.call('annotations.list', { documentId }),
    ]);
    return new DocumentSession(api, document, annotations, notifier, options);
  }

  constructor(
    private readonly api: ApiClient,
    document: PressmarkDocument,
    annotations: readonly Annotation[],
    private readonly notifier: SessionNotifier,
    options: SessionOptions = {},
  ) {
    this.saveDelayMs = options.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? (() => new Date().toISOString());
    this.queue = new WriteQueue((queueState) => this.onQueueState(queueState));

    const doc = articleSchema.nodeFromJSON(document.content);
    const index = TextIndex.fromDoc(doc);
    const placement = placeAnnotations(index, annotations);
    for (const annotation of annotations) this.annotations.set(annotation.id, annotation);
    for (const id of placement.newlyDetached) this.markOrphaned(id);
    this.state = EditorState.create({
      doc,
      plugins: editorPlugins({
        initial: placement.ranges,
        onTag: (kind) => this.tag(kind),
        onClickAnnotation: (id) => this.activate(id),
        onClickSuggestion: (id) => this.suggestionClickHandler?.(id),
      }),
    });
    const { content: _content, plainText: _plainText, ...meta } = document;
    this.snapshot = {
      document: meta,
      annotations: [],
      detachedIds: new Set(placement.detached),
      activeId: null,
      focusRequest: null,
      saveState: 'saved',
      saveError: null,
    };
    this.applyMoves(index, placement.moved);
    this.publish({ annotations: this.sortedAnnotations() });
    if (placement.moved.length > 0 || this.pendingOrphans.size > 0) this.enqueueAnchors(placement.moved);
  }

  get documentId(): string {
    return this.snapshot.document.id;
  }

  // ---- reading -------------------------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  get editorState(): EditorState {
    return this.state;
  }

  // ---- the editor ----------------------------------------------------------------------

  attachView(view: EditorView): void {
    this.view = view;
  }

  detachView(view: EditorView): void {
    if (this.view === view) this.view = null;
  }

  dispatchTransaction(tr: Transaction): void {
    const before = this.state;
    this.state = this.state.apply(tr);
    this.view?.updateState(this.state);
    if (tr.docChanged) {
      for (const [id, pos] of this.detachedAt) this.detachedAt.set(id, tr.mapping.map(pos, -1));
      const { detached } = annotationPluginKey.getState(this.state) ?? { detached: [] };
      for (const id of detached) {
        const range = annotationRange(before, id);
        this.detachedAt.set(id, range ? tr.mapping.map(range.from, -1) : 0);
        this.markOrphaned(id);
      }
      if (detached.length > 0) this.publish({ annotations: this.sortedAnnotations(), detachedIds: this.orphanIds() });
      this.reattachDetached();
      this.contentDirty = true;
      this.scheduleSave();
    }
    const activeId = annotationPluginKey.getState(this.state)?.activeId ?? null;
    if (activeId !== this.snapshot.activeId) this.publish({ activeId });
  }

  // ---- annotations ---------------------------------------------------------------------

  /** Tags the editor's selection as an annotation of the given kind. */
  tag(kind: AnnotationKind): void {
    const { from: selectionFrom, to: selectionTo, empty } = this.state.selection;
    if (empty) {
      this.notifier.toast(`Select the words to tag as a ${KIND_LABELS[kind].toLowerCase()} first.`);
      return;
    }
    const index = TextIndex.fromDoc(this.state.doc);
    const range = trimRange(index.text, { start: index.posToOffset(selectionFrom), end: index.posToOffset(selectionTo) });
    if (!range) {
      this.notifier.toast('Select some words, not just spaces, to tag them.');
      return;
    }
    this.flushContent(index);
    const duplicate = this.sortedAnnotations().find(
      (a) => a.kind === kind && a.anchorStatus !== 'orphaned' && a.start === range.start && a.end === range.end,
    );
    if (duplicate) {
      this.activate(duplicate.id, { scroll: true, focusCard: true });
      return;
    }
    const annotation = this.newAnnotation(kind, index.text, range);
    this.annotations.set(annotation.id, annotation);
    const to = index.offsetToPos(range.end, 'end');
    this.dispatchAnnotationAction({
      type: 'add',
      ranges: [{ id: annotation.id, kind, from: index.offsetToPos(range.start, 'start'), to }],
    });
    this.dispatchAnnotationAction({ type: 'activate', id: annotation.id });
    // Collapse the selection after the new annotation so its highlight shows at once.
    this.dispatchTransaction(this.state.tr.setSelection(TextSelection.create(this.state.doc, to)));
    this.publish({
      annotations: this.sortedAnnotations(),
      activeId: annotation.id,
      focusRequest: { id: annotation.id, nonce: ++this.focusNonce },
    });
    this.saveNewAnnotation(annotation);
  }

  /**
   * Adds annotations at ranges of the current text with their fields filled in (accepted
   * suggestions). A range already tagged with the same kind is skipped. Returns the new ones.
   */
  addAnnotations(drafts: readonly AnnotationDraft[]): Annotation[] {
    const index = TextIndex.fromDoc(this.state.doc);
    this.flushContent(index);
    const taken = new Set(
      this.sortedAnnotations()
        .filter((a) => a.anchorStatus !== 'orphaned')
        .map((a) => `${a.kind}:${a.start}:${a.end}`),
    );
    const added: Annotation[] = [];
    for (const { kind, start, end, ...fields } of drafts) {
      const range = trimRange(index.text, { start, end });
      if (!range || taken.has(`${kind}:${range.start}:${range.end}`)) continue;
      taken.add(`${kind}:${range.start}:${range.end}`);
      const annotation = { ...this.newAnnotation(kind, index.text, range), ...definedOnly(fields) } as Annotation;
      this.annotations.set(annotation.id, annotation);
      added.push(annotation);
    }
    if (added.length === 0) return added;
    this.dispatchAnnotationAction({
      type: 'add',
      ranges: added.map((a) => ({
        id: a.id,
        kind: a.kind,
        from: index.offsetToPos(a.start, 'start'),
        to: index.offsetToPos(a.end, 'end'),
      })),
    });
    this.publish({ annotations: this.sortedAnnotations() });
    for (const annotation of added) this.saveNewAnnotation(annotation);
    return added;
  }

  /** Deletes several annotations at once (an undone "accept all"), without a toast for each. */
  deleteAnnotations(ids: readonly string[]): void {
    this.flushFields();
    for (const id of ids) {
      if (!this.annotations.has(id)) continue;
      this.forget(id);
      this.queue.enqueue(
        () => this.api.call('annotations.delete', { id }).then(() => undefined),
        (error) => this.notifier.toast(`Could not delete: ${error.message}`),
      );
    }
  }

  /** Who handles a click on a suggestion's outline: the open suggestion review, if any. */
  setSuggestionClickHandler(handler: ((id: string) => void) | null): void {
    this.suggestionClickHandler = handler;
  }

  private saveNewAnnotation(annotation: Annotation): void {
    const { id, documentId, start, end, exact, note, kind } = annotation;
    const kindFields =
      annotation.kind === 'quote'
        ? { kind: annotation.kind, speaker: annotation.speaker }
        : annotation.kind === 'source'
          ? { kind: annotation.kind, sourceName: annotation.sourceName, sourceType: annotation.sourceType }
          : { kind: annotation.kind, status: annotation.status };
    this.queue.enqueue(
      async () => {
        const saved = await this.api.call('annotations.create', { id, documentId, start, end, exact, note, ...kindFields });
        const local = this.annotations.get(id);
        if (local) this.annotations.set(id, { ...local, author: saved.author, createdAt: saved.createdAt });
        this.publish({ annotations: this.sortedAnnotations() });
      },
      (error) => {
        this.refusedIds.add(id);
        this.forget(id);
        this.notifier.toast(`Could not tag the ${KIND_LABELS[kind].toLowerCase()}: ${error.message}`);
      },
    );
  }

  /**
   * Changes an annotation's fields now, and saves them shortly after. Changes made in a fact-check
   * session carry its id, so the claim's history says where they were made. A claim's status
   * follows its verdict here exactly as storage will (see claimWorkflow); a change storage would
   * refuse is refused here, with the same message.
   */
  updateAnnotation(id: string, changes: AnnotationChanges, options: { sessionId?: string } = {}): boolean {
    const current = this.annotations.get(id);
    if (!current) return false;
    let next = { ...current, ...changes } as Annotation;
    if (current.kind === 'claim' && (changes.status !== undefined || changes.verdict !== undefined)) {
      const workflow = nextClaimStatus(current, { status: changes.status, verdict: changes.verdict });
      if (!workflow.ok) {
        this.notifier.toast(workflow.message);
        return false;
      }
      next = { ...next, status: workflow.status } as Annotation;
    }
    this.annotations.set(id, next);
    const pending = this.pendingFields.get(id);
    // Changes from different sessions (or none) are saved separately, so each carries its own.
    if (pending && pending.sessionId !== options.sessionId) this.flushFields();
    this.pendingFields.set(id, { changes: { ...this.pendingFields.get(id)?.changes, ...changes }, sessionId: options.sessionId });
    this.publish({ annotations: this.sortedAnnotations() });
    if (changes.status !== undefined || changes.verdict !== undefined) {
      // A verdict or status is a decision, not typing: saved at once and on its own, so the
      // claim's history records each one (and storage sees the same order of events).
      this.flushFields();
      this.updateSaveState();
    } else {
      this.scheduleSave();
    }
    return true;
  }

  /** Deletes an annotation, offering to undo it. */
  deleteAnnotation(id: string): void {
    const annotation = this.annotations.get(id);
    if (!annotation) return;
    this.flushFields();
    this.forget(id);
    this.queue.enqueue(
      () => this.api.call('annotations.delete', { id }).then(() => undefined),
      (error) => this.notifier.toast(`Could not delete: ${error.message}`),
    );
    this.notifier.toast(`${KIND_LABELS[annotation.kind]} deleted.`, { label: 'Undo', run: () => this.restoreAnnotation(annotation) });
  }

  /** Brings back a deleted annotation, on its words if they are still in the text. */
  restoreAnnotation(annotation: Annotation): void {
    this.flushContent();
    const index = TextIndex.fromDoc(this.state.doc);
    const found = locateAnnotation(index.text, annotation).range;
    const restored = found ? { ...annotation, ...found, ...textQuoteAt(index.text, found) } : annotation;
    this.annotations.set(annotation.id, restored);
    if (found) {
      this.dispatchAnnotationAction({
        type: 'add',
        ranges: [
          {
            id: annotation.id,
            kind: annotation.kind,
            from: index.offsetToPos(found.start, 'start'),
            to: index.offsetToPos(found.end, 'end'),
          },
        ],
      });
    } else if (annotation.anchorStatus !== 'orphaned') {
      this.markOrphaned(annotation.id);
    }
    this.publish({ annotations: this.sortedAnnotations(), detachedIds: this.orphanIds() });
    this.queue.enqueue(
      () => this.api.call('annotations.restore', { id: annotation.id, ...(found ?? {}) }).then(() => undefined),
      (error) => {
        this.forget(annotation.id);
        this.notifier.toast(`Could not restore: ${error.message}`);
      },
    );
  }

  /**
   * Puts an annotation on the words selected in the editor: how a lost annotation is re-attached,
   * or one flagged for review is moved to the right words.
   */
  reattach(id: string): void {
    const annotation = this.annotations.get(id);
    if (!annotation) return;
    const { from, to, empty } = this.state.selection;
    const index = TextIndex.fromDoc(this.state.doc);
    const range = empty ? null : trimRange(index.text, { start: index.posToOffset(from), end: index.posToOffset(to) });
    if (!range) {
      this.notifier.toast('Select the words in the article to attach it to, then press Attach again.');
      return;
    }
    this.flushContent(index);
    const previous = annotation;
    this.annotations.set(id, {
      ...annotation,
      ...range,
      ...textQuoteAt(index.text, range),
      anchorStatus: 'anchored',
      anchorConfidence: 1,
      anchorMethod: 'manual',
    });
    this.detachedAt.delete(id);
    this.pendingOrphans.delete(id);
    this.dispatchAnnotationAction({
      type: 'add',
      ranges: [{ id, kind: annotation.kind, from: index.offsetToPos(range.start, 'start'), to: index.offsetToPos(range.end, 'end') }],
    });
    this.activate(id);
    this.publish({ annotations: this.sortedAnnotations(), detachedIds: this.orphanIds() });
    this.queue.enqueue(
      () => this.api.call('annotations.reattach', { id, ...range }).then(() => undefined),
      (error) => {
        this.annotations.set(id, previous);
        if (previous.anchorStatus === 'orphaned') this.dispatchAnnotationAction({ type: 'remove', ids: [id] });
        this.publish({ annotations: this.sortedAnnotations(), detachedIds: this.orphanIds() });
        this.notifier.toast(`Could not attach it: ${error.message}`);
      },
    );
  }

  /** The user agrees with where Pressmark put an annotation flagged for review. */
  acceptAnchor(id: string): void {
    const annotation = this.annotations.get(id);
    const range = annotationRange(this.state, id);
    if (!annotation || annotation.anchorStatus !== 'review' || !range) return;
    this.annotations.set(id, { ...annotation, anchorStatus: 'anchored', anchorConfidence: 1 });
    this.dispatchAnnotationAction({ type: 'add', ranges: [{ ...range, review: false }] });
    this.publish({ annotations: this.sortedAnnotations() });
    this.queue.enqueue(
      () => this.api.call('annotations.acceptAnchor', { id }).then(() => undefined),
      (error) => this.notifier.toast(`Could not save that: ${error.message}`),
    );
  }

  /** Selects an annotation: its highlight is outlined and its card marked. */
  activate(id: string | null, options: { scroll?: boolean; focusCard?: boolean } = {}): void {
    this.dispatchAnnotationAction({ type: 'activate', id });
    this.publish({ activeId: id, ...(options.focusCard && id ? { focusRequest: { id, nonce: ++this.focusNonce } } : {}) });
    if (id && options.scroll) this.scrollToAnnotation(id);
  }

  /** Puts keyboard focus back in the article, just after the given annotation if there is one. */
  focusEditor(): void {
    this.view?.focus();
  }

  /** Edit → Undo / Redo from a menu: the editor's own history, as Mod-Z would. */
  undo(): boolean {
    return this.view ? undo(this.view.state, this.view.dispatch) : false;
  }

  redo(): boolean {
    return this.view ? redo(this.view.state, this.view.dispatch) : false;
  }

  /** Edit → Select All from a menu: the whole article, in the editor. */
  selectAll(): void {
    if (!this.view) return;
    selectAll(this.view.state, this.view.dispatch);
    this.view.focus();
  }

  // ---- document metadata ---------------------------------------------------------------

  updateMeta(changes: MetaChanges): void {
    this.pendingMeta = { ...this.pendingMeta, ...changes };
    this.publish({ document: { ...this.snapshot.document, ...changes } });
    this.scheduleSave();
  }

  // ---- saving --------------------------------------------------------------------------

  /** Starts every pending save now and resolves when all are stored (or refused). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstUnsavedAt = null;
    this.flushContent();
    if (this.pendingOrphans.size > 0) this.enqueueAnchors([]);
    this.flushFields();
    this.flushMeta();
    this.updateSaveState();
    return this.queue.idle();
  }

  hasUnsavedWork(): boolean {
    return (
      this.contentDirty ||
      this.pendingFields.size > 0 ||
      this.pendingOrphans.size > 0 ||
      Object.keys(this.pendingMeta).length > 0 ||
      this.queue.getState().pending > 0
    );
  }

  /**
   * Saves shortly after the last change; during continuous work (typing in one field after
   * another) no later than MAX_SAVE_WAIT_MS after the first unsaved change.
   */
  private scheduleSave(): void {
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.min(this.saveDelayMs, Math.max(0, this.firstUnsavedAt + MAX_SAVE_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
    this.updateSaveState();
  }

  private flushContent(knownIndex?: TextIndex): void {
    if (!this.contentDirty) return;
    this.contentDirty = false;
    const index = knownIndex ?? TextIndex.fromDoc(this.state.doc);
    const content = this.state.doc.toJSON();
    const anchors: AnnotationAnchor[] = annotationRanges(this.state)
      .map((range) => ({ id: range.id, start: index.posToOffset(range.from), end: index.posToOffset(range.to) }))
      .filter((anchor) => anchor.end > anchor.start);
    const orphaned = this.takePendingOrphans();
    this.applyMoves(index, anchors);
    this.publish({ annotations: this.sortedAnnotations() });
    this.queue.enqueue(
      () =>
        this.api
          .call('documents.update', {
            id: this.documentId,
            changes: { content },
            anchors: anchors.filter((anchor) => !this.refusedIds.has(anchor.id)),
            orphaned: orphaned.filter((id) => !this.refusedIds.has(id)),
          })
          .then(() => undefined),
      (error) => this.notifier.toast(`Could not save the article: ${error.message}`),
    );
  }

  private flushFields(): void {
    for (const [id, { changes, sessionId }] of this.pendingFields) {
      this.queue.enqueue(
        () => this.api.call('annotations.update', { id, changes, ...(sessionId ? { sessionId } : {}) }).then(() => undefined),
        (error) => this.onFieldsRefused(id, error),
      );
    }
    this.pendingFields.clear();
  }

  private flushMeta(): void {
    if (Object.keys(this.pendingMeta).length === 0) return;
    const changes = this.pendingMeta;
    this.pendingMeta = {};
    this.queue.enqueue(
      () => this.api.call('documents.update', { id: this.documentId, changes }).then(() => undefined),
      (error) => this.notifier.toast(`Could not save the article details: ${error.message}`),
    );
  }

  /** Saves where annotations moved, and which lost their words, without new content. */
  private enqueueAnchors(anchors: AnnotationAnchor[]): void {
    const orphaned = this.takePendingOrphans();
    this.queue.enqueue(
      () => this.api.call('documents.update', { id: this.documentId, changes: {}, anchors, orphaned }).then(() => undefined),
      (error) => this.notifier.toast(`Could not save where annotations moved: ${error.message}`),
    );
  }

  private onFieldsRefused(id: string, error: ApiError): void {
    this.notifier.toast(`Could not save the change: ${error.message}`);
    void this.api.call('annotations.get', { id }).then(
      (stored) => {
        this.annotations.set(id, {
          ...stored,
          start: this.annotations.get(id)?.start ?? stored.start,
          end: this.annotations.get(id)?.end ?? stored.end,
        });
        this.publish({ annotations: this.sortedAnnotations() });
      },
      () => undefined,
    );
  }

  private onQueueState(_state: QueueState): void {
    this.updateSaveState();
  }

  private updateSaveState(): void {
    const queue = this.queue.getState();
    const waiting = this.timer !== null || queue.pending > 0;
    const saveState: SaveState = queue.retrying ? 'retrying' : waiting ? 'saving' : 'saved';
    const saveError = queue.retrying ? null : queue.lastError;
    if (saveState !== this.snapshot.saveState || saveError !== this.snapshot.saveError) this.publish({ saveState, saveError });
  }

  // ---- helpers -------------------------------------------------------------------------

  private newAnnotation(kind: AnnotationKind, text: string, range: TextRange): Annotation {
    const time = this.now();
    const base = {
      id: this.newId(),
      documentId: this.documentId,
      ...range,
      ...textQuoteAt(text, range),
      note: '',
      author: '',
      anchorStatus: 'anchored' as const,
      anchorConfidence: 1,
      anchorMethod: 'selection' as const,
      createdAt: time,
      updatedAt: time,
    };
    switch (kind) {
      case 'quote':
        return { ...base, kind, speaker: '', attributedTo: null };
      case 'source':
        return { ...base, kind, sourceName: guessSourceName(base.exact), sourceType: 'other' };
      case 'claim':
        return {
          ...base,
          kind,
          status: 'to_check',
          verdict: '',
          evidence: [],
          attributedTo: null,
          conclusion: '',
          claimantName: '',
          checker: '',
          replyContactedAt: '',
          replyResponse: '',
          replyRespondedAt: '',
        };
    }
  }

  /** Records new offsets (and the words now there) for annotations that moved. */
  private applyMoves(index: TextIndex, anchors: readonly AnnotationAnchor[]): void {
    for (const anchor of anchors) {
      const annotation = this.annotations.get(anchor.id);
      if (annotation)
        this.annotations.set(anchor.id, { ...annotation, start: anchor.start, end: anchor.end, ...textQuoteAt(index.text, anchor) });
    }
  }

  /** Re-attaches detached annotations whose exact words are back near where they vanished (an undo, typically). */
  private reattachDetached(): void {
    if (this.detachedAt.size === 0) return;
    const index = TextIndex.fromDoc(this.state.doc);
    const ranges = [];
    for (const [id, pos] of this.detachedAt) {
      const annotation = this.annotations.get(id);
      if (!annotation) continue;
      const hint = index.posToOffset(pos);
      const found = findQuote(index.text, { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix, hint });
      if (!found || Math.abs(found.start - hint) > REATTACH_WINDOW) continue;
      ranges.push({ id, kind: annotation.kind, from: index.offsetToPos(found.start, 'start'), to: index.offsetToPos(found.end, 'end') });
      this.detachedAt.delete(id);
      // Its words are back (an undo): the next save's anchors put it on them again.
      this.pendingOrphans.delete(id);
      this.annotations.set(id, { ...annotation, anchorStatus: 'anchored', anchorConfidence: 1, anchorMethod: 'manual' });
    }
    if (ranges.length === 0) return;
    this.dispatchAnnotationAction({ type: 'add', ranges });
    this.publish({ annotations: this.sortedAnnotations(), detachedIds: this.orphanIds() });
  }

  /** Removes an annotation from the editor and the sidebar (not from storage). */
  private forget(id: string): void {
    this.annotations.delete(id);
    this.detachedAt.delete(id);
    this.pendingOrphans.delete(id);
    this.pendingFields.delete(id);
    this.dispatchAnnotationAction({ type: 'remove', ids: [id] });
    this.publish({
      annotations: this.sortedAnnotations(),
      detachedIds: this.orphanIds(),
      activeId: this.snapshot.activeId === id ? null : this.snapshot.activeId,
    });
  }

  private dispatchAnnotationAction(action: Parameters<typeof annotationAction>[1]): void {
    this.dispatchTransaction(annotationAction(this.state.tr, action));
  }

  private scrollToAnnotation(id: string): void {
    const range = annotationRange(this.state, id);
    if (range) this.scrollToPos(range.from);
  }

  /** Scrolls the article so the given document position sits mid-screen. */
  scrollToPos(pos: number): void {
    if (!this.view) return;
    const { node } = this.view.domAtPos(pos, 1);
    const element = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  /** Marks an annotation as having lost its words, here and (with the next save) in storage. */
  private markOrphaned(id: string): void {
    const annotation = this.annotations.get(id);
    if (!annotation || annotation.anchorStatus === 'orphaned') return;
    this.annotations.set(id, { ...annotation, anchorStatus: 'orphaned', anchorConfidence: 0 });
    this.pendingOrphans.add(id);
  }

  private takePendingOrphans(): string[] {
    const ids = [...this.pendingOrphans];
    this.pendingOrphans.clear();
    return ids;
  }

  private orphanIds(): Set<string> {
    return new Set([...this.annotations.values()].filter((a) => a.anchorStatus === 'orphaned').map((a) => a.id));
  }

  private sortedAnnotations(): Annotation[] {
    return [...this.annotations.values()].sort(compareAnnotations);
  }

  private publish(changes: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...changes };
    for (const listener of this.listeners) listener();
  }
}
