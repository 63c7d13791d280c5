/**
 * The suggestion review beside the article: what the engine found per kind (each with "accept
 * all"), the current suggestion with why it was suggested, and the whole list. Every key has a
 * button too.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { KIND_LABELS, SOURCE_TYPE_LABELS } from '../../shared/domain/annotation';
import type { SuggestionKind } from '../../shared/suggest/suggestionTypes';
import type { ReviewItem, SuggestionReview } from './suggestionReview';
import { useReviewKeys } from './useReviewKeys';

const KINDS: readonly SuggestionKind[] = ['quote', 'source', 'claim'];
const PLURAL: Record<SuggestionKind, string> = { quote: 'quotes', source: 'sources', claim: 'claims' };

export function SuggestionsPanel({ review, onDone }: { review: SuggestionReview; onDone: () => void }) {
  const snapshot = useSyncExternalStore(review.subscribe, review.getSnapshot);
  const panel = useRef<HTMLElement>(null);
  const currentRow = useRef<HTMLButtonElement>(null);
  const { status, items, currentId } = snapshot;
  const current = items.find((item) => item.id === currentId) ?? null;
  const counts = useMemo(() => countByKind(items), [items]);

  const actions = useMemo(
    () => ({
      accept: () => review.accept(),
      reject: () => review.reject(),
      next: () => review.next(),
      previous: () => review.previous(),
      done: onDone,
    }),
    [review, onDone],
  );
  useReviewKeys(true, panel, actions);

  useEffect(() => {
    if (status === 'ready') panel.current?.focus();
  }, [status]);
  useEffect(() => {
    currentRow.current?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  return (
    <aside ref={panel} tabIndex={-1} className="sidebar suggestions-panel" aria-label="Suggestions" aria-busy={status === 'finding'}>
      <header className="suggestions-header">
        <h2>Suggestions</h2>
        <button type="button" className="small" onClick={onDone} aria-keyshortcuts="Escape">
          Done
        </button>
      </header>
      {status === 'finding' && (
        <p className="suggestions-status" role="status">
          Reading the article for quotes, sources and claims…
        </p>
      )}
      {status === 'failed' && (
        <div className="suggestions-status" role="alert">
          <p>Suggestions could not be found: {snapshot.error}</p>
          <button type="button" className="small" onClick={() => void review.start()}>
            Try again
          </button>
        </div>
      )}
      {status === 'ready' && (
        <>
          <p className="suggestions-status" role="status">
            {items.length === 0
              ? 'Nothing left to suggest: everything found is tagged or rejected.'
              : `${items.length} suggestion${items.length === 1 ? '' : 's'} to review${snapshot.tookMs !== null ? ` (found in ${snapshot.tookMs} ms)` : ''}.`}
          </p>
          <ul className="suggestion-kinds" aria-label="Suggestions by kind">
            {KINDS.map((kind) => (
              <li key={kind}>
                <span className={`swatch swatch-${kind}`} aria-hidden="true" />
                <span className="suggestion-kind-count">
                  {counts[kind]} {counts[kind] === 1 ? KIND_LABELS[kind].toLowerCase() : PLURAL[kind]}
                </span>
                <button type="button" className="small" disabled={counts[kind] === 0} onClick={() => review.acceptAll(kind)}>
                  Accept all {PLURAL[kind]}
                </button>
              </li>
            ))}
          </ul>
          {current && <CurrentSuggestion item={current} review={review} />}
          <p className="focus-help" role="note">
            <kbd>Enter</kbd> accept · <kbd>Backspace</kbd> reject · <kbd>Tab</kbd> next · <kbd>Shift</kbd>+<kbd>Tab</kbd> previous ·{' '}
            <kbd>Esc</kbd> done. Clicking an outline in the article accepts it.
          </p>
          {items.length > 0 && (
            <ol className="suggestion-list" aria-label="All suggestions">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    ref={item.id === currentId ? currentRow : undefined}
                    type="button"
                    className="suggestion-row"
                    aria-current={item.id === currentId}
                    onClick={() => review.focus(item.id)}
                  >
                    <span className={`swatch swatch-${item.suggestion.kind}`} aria-hidden="true" />
                    <span className="visually-hidden">{KIND_LABELS[item.suggestion.kind]}: </span>
                    <span className="suggestion-excerpt">{excerpt(item.suggestion.exact, 80)}</span>
                    {whoOf(item) && <span className="suggestion-who">{whoOf(item)}</span>}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}

function CurrentSuggestion({ item, review }: { item: ReviewItem; review: SuggestionReview }) {
  const { suggestion } = item;
  return (
    <section className={`suggestion-card suggestion-card-${suggestion.kind}`} aria-label="Current suggestion" aria-live="polite">
      <p className="suggestion-card-kind">
        <span className={`swatch swatch-${suggestion.kind}`} aria-hidden="true" />
        {KIND_LABELS[suggestion.kind]}
        {suggestion.kind === 'claim' && <span className="suggestion-score"> · check-worthiness {Math.round(suggestion.score * 100)}%</span>}
      </p>
      <blockquote className="suggestion-card-text">{excerpt(suggestion.exact, 400)}</blockquote>
      <dl className="suggestion-card-fields">
        {suggestion.kind === 'quote' && (
          <>
            <dt>Speaker</dt>
            <dd>{suggestion.speaker || <em>not found: fill it in after accepting</em>}</dd>
          </>
        )}
        {suggestion.kind === 'source' && (
          <>
            <dt>Source</dt>
            <dd>
              {suggestion.source || <em>unnamed</em>}
              {suggestion.sourceType && ` (${SOURCE_TYPE_LABELS[suggestion.sourceType].toLowerCase()})`}
            </dd>
          </>
        )}
        <dt>Why</dt>
        <dd>{suggestion.reason}</dd>
      </dl>
      <div className="suggestion-card-actions">
        <button type="button" className="primary small" onClick={() => review.accept(item.id)} aria-keyshortcuts="Enter">
          Accept
        </button>
        <button type="button" className="small" onClick={() => review.reject(item.id)} aria-keyshortcuts="Backspace">
          Reject
        </button>
        <button type="button" className="small" onClick={() => review.previous()} aria-keyshortcuts="Shift+Tab">
          ← Previous
        </button>
        <button type="button" className="small" onClick={() => review.next()} aria-keyshortcuts="Tab">
          Next →
        </button>
      </div>
    </section>
  );
}

function countByKind(items: readonly ReviewItem[]): Record<SuggestionKind, number> {
  const counts: Record<SuggestionKind, number> = { quote: 0, source: 0, claim: 0 };
  for (const item of items) counts[item.suggestion.kind]++;
  return counts;
}

function whoOf(item: ReviewItem): string {
  return item.suggestion.kind === 'quote'
    ? (item.suggestion.speaker ?? '')
    : item.suggestion.kind === 'source'
      ? (item.suggestion.source ?? '')
      : '';
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
