/**
 * One annotation's card: its words, its fields (by kind), and delete. Every field saves as
 * you type. Enter in a one-line field or Escape anywhere returns to the article.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import {
  ANCHOR_METHOD_LABELS,
  CLAIM_STATUSES,
  CLAIM_STATUS_LABELS,
  KIND_LABELS,
  SOURCE_TYPES,
  SOURCE_TYPE_LABELS,
  type Annotation,
  type AnnotationChanges,
  type SourceAnnotation,
} from '../../shared/domain/annotation';
import type { DocumentSession } from '../article/documentSession';
import { EvidenceEditor } from './EvidenceEditor';

interface CardProps {
  annotation: Annotation;
  session: DocumentSession;
  active: boolean;
  detached: boolean;
  focusNonce: number;
  sources: SourceAnnotation[];
}

const EXCERPT_CHARS = 220;

export function AnnotationCard({ annotation, session, active, detached, focusNonce, sources }: CardProps) {
  const id = useId();
  const card = useRef<HTMLLIElement>(null);
  const firstField = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const update = (changes: AnnotationChanges) => session.updateAnnotation(annotation.id, changes);
  const label = KIND_LABELS[annotation.kind];

  useEffect(() => {
    if (focusNonce > 0) firstField.current?.focus();
  }, [focusNonce]);

  useEffect(() => {
    // Bring the card into view when it was selected elsewhere (a click on its highlight); not when the
    // user is already working in it, where scrolling would move the control under the pointer.
    if (active && !card.current?.contains(document.activeElement)) card.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const backToArticle = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' || (event.key === 'Enter' && target.tagName === 'INPUT')) {
      event.preventDefault();
      session.focusEditor();
    }
  };

  const excerpt = annotation.exact.length > EXCERPT_CHARS ? `${annotation.exact.slice(0, EXCERPT_CHARS)}…` : annotation.exact;

  return (
    <li
      ref={card}
      className={`card card-${annotation.kind}${active ? ' card-active' : ''}${detached ? ' card-detached' : ''}`}
      aria-label={`${label}: ${excerpt}`}
      aria-current={active ? 'true' : undefined}
      onFocus={() => !active && session.activate(annotation.id)}
      onKeyDown={backToArticle}
    >
      <button type="button" className="card-excerpt" onClick={() => session.activate(annotation.id, { scroll: true })}>
        {/* Named by its visible words too (WCAG 2.5.3), after what it does. */}
        <span className="visually-hidden">Show this {label.toLowerCase()} in the article: </span>
        <span className={`kind-badge kind-badge-${annotation.kind}`}>{label}</span>
        <q dir="auto">{excerpt}</q>
      </button>
      {detached && (
        <div className="card-warning" role="note">
          <p>Its words are no longer in the article. Select where it belongs and attach it, or delete it if it is no longer needed.</p>
          <AttachButton session={session} id={annotation.id} />
        </div>
      )}
      {!detached && annotation.anchorStatus === 'review' && (
        <div className="card-review" role="note">
          <p>
            Check its place: {ANCHOR_METHOD_LABELS[annotation.anchorMethod]} in the new version,{' '}
            {Math.round(annotation.anchorConfidence * 100)}% sure.
          </p>
          <div className="card-review-actions">
            <button type="button" className="small" onClick={() => session.acceptAnchor(annotation.id)}>
              Looks right
            </button>
            <AttachButton session={session} id={annotation.id} />
          </div>
        </div>
      )}
      {!active && <CardSummary annotation={annotation} sources={sources} />}
      {active && (
        <>
          <div className="card-fields">
            {annotation.kind === 'quote' && (
              <TextField
                id={`${id}-speaker`}
                label="Speaker"
                inputRef={firstField}
                suggestions="known-names"
                placeholder="Who said it?"
                value={annotation.speaker}
                onChange={(speaker) => update({ speaker })}
              />
            )}
            {annotation.kind === 'source' && (
              <>
                <TextField
                  id={`${id}-name`}
                  label="Source name"
                  inputRef={firstField}
                  suggestions="known-names"
                  value={annotation.sourceName}
                  onChange={(sourceName) => update({ sourceName })}
                />
                <ChoiceField
                  id={`${id}-type`}
                  label="Source type"
                  value={annotation.sourceType}
                  choices={SOURCE_TYPES}
                  labels={SOURCE_TYPE_LABELS}
                  onChange={(sourceType) => update({ sourceType })}
                />
              </>
            )}
            {annotation.kind === 'claim' && (
              <>
                <ChoiceField
                  id={`${id}-status`}
                  label="Status"
                  value={annotation.status}
                  choices={CLAIM_STATUSES}
                  labels={CLAIM_STATUS_LABELS}
                  onChange={(status) => update({ status })}
                />
                <TextField
                  id={`${id}-verdict`}
                  label="Verdict"
                  placeholder="Not yet rated"
                  value={annotation.verdict}
                  onChange={(verdict) => update({ verdict })}
                />
              </>
            )}
            {annotation.kind !== 'source' && (
              <AttributionField
                id={`${id}-attribution`}
                value={annotation.attributedTo}
                sources={sources}
                onChange={(attributedTo) => update({ attributedTo })}
              />
            )}
            {annotation.kind === 'claim' && <EvidenceEditor evidence={annotation.evidence} onChange={(evidence) => update({ evidence })} />}
            <Field id={`${id}-note`} label="Note">
              <textarea
                id={`${id}-note`}
                ref={annotation.kind === 'claim' ? firstField : undefined}
                rows={2}
                dir="auto"
                value={annotation.note}
                onChange={(e) => update({ note: e.target.value })}
              />
            </Field>
          </div>
          <footer className="card-footer">
            <span className="card-meta">
              {annotation.author ? `${annotation.author} · ` : ''}
              {new Date(annotation.createdAt).toLocaleDateString()}
            </span>
            <button
              type="button"
              className="danger small"
              aria-label={`Delete this ${label.toLowerCase()}`}
              onClick={() => session.deleteAnnotation(annotation.id)}
            >
              Delete
            </button>
          </footer>
        </>
      )}
    </li>
  );
}

/** Re-attaches to the editor's selection; mousedown is prevented so the selection survives the click. */
function AttachButton({ session, id }: { session: DocumentSession; id: string }) {
  return (
    <button type="button" className="small" onMouseDown={(event) => event.preventDefault()} onClick={() => session.reattach(id)}>
      Attach to selected words
    </button>
  );
}

/** The one-line digest a collapsed card shows: who, what kind of source, where a check stands. */
function CardSummary({ annotation, sources }: { annotation: Annotation; sources: SourceAnnotation[] }) {
  const sourceName = (id: string | null) => {
    const source = id ? sources.find((s) => s.id === id) : undefined;
    return source ? source.sourceName || source.exact : null;
  };
  const parts: React.ReactNode[] = [];
  switch (annotation.kind) {
    case 'quote':
      parts.push(
        annotation.speaker ? (
          <strong key="who" dir="auto">
            {annotation.speaker}
          </strong>
        ) : (
          'No speaker yet'
        ),
      );
      if (sourceName(annotation.attributedTo)) parts.push(`via ${sourceName(annotation.attributedTo)}`);
      break;
    case 'source':
      parts.push(
        <strong key="who" dir="auto">
          {annotation.sourceName || 'Unnamed source'}
        </strong>,
        SOURCE_TYPE_LABELS[annotation.sourceType],
      );
      break;
    case 'claim':
      parts.push(<strong key="status">{CLAIM_STATUS_LABELS[annotation.status]}</strong>);
      if (annotation.verdict) parts.push(annotation.verdict);
      if (sourceName(annotation.attributedTo)) parts.push(`attributed to ${sourceName(annotation.attributedTo)}`);
      if (annotation.evidence.length)
        parts.push(`${annotation.evidence.length} evidence ${annotation.evidence.length === 1 ? 'link' : 'links'}`);
      break;
  }
  if (annotation.note) parts.push('note');
  return (
    <p className="card-summary">
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {part}
        </span>
      ))}
    </p>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** A labelled one-line text input. */
function TextField({
  id,
  label,
  value,
  placeholder,
  suggestions,
  inputRef,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  suggestions?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label}>
      <input
        id={id}
        ref={inputRef}
        list={suggestions}
        dir="auto"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** A labelled select over a fixed list of values (source types, claim statuses). */
function ChoiceField<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {props.labels[choice]}
          </option>
        ))}
      </select>
    </Field>
  );
}

function AttributionField({
  id,
  value,
  sources,
  onChange,
}: {
  id: string;
  value: string | null;
  sources: SourceAnnotation[];
  onChange: (id: string | null) => void;
}) {
  return (
    <Field id={id} label="Attributed to">
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">No source</option>
        {sources.map((source) => (
          <option key={source.id} value={source.id}>
            {source.sourceName || source.exact}
          </option>
        ))}
        {value && !sources.some((source) => source.id === value) && <option value={value}>(deleted source)</option>}
      </select>
    </Field>
  );
}
