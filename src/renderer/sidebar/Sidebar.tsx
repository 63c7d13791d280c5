/**
 * The annotation sidebar: a card per annotation in document order, filterable by kind, and apart
 * from them the annotations that lost their words (never deleted; re-attachable by selection).
 */
import { useState } from 'react';
import { ANNOTATION_KINDS, type AnnotationKind, type SourceAnnotation } from '../../shared/domain/annotation';
import type { DocumentSession, SessionSnapshot } from '../article/documentSession';
import { AnnotationCard } from './AnnotationCard';

type Filter = 'all' | AnnotationKind;

const PLURAL: Record<AnnotationKind, string> = { quote: 'Quotes', source: 'Sources', claim: 'Claims' };

export function Sidebar({ session, snapshot }: { session: DocumentSession; snapshot: SessionSnapshot }) {
  const [filter, setFilter] = useState<Filter>('all');
  const { annotations } = snapshot;
  const ofKind = filter === 'all' ? annotations : annotations.filter((a) => a.kind === filter);
  const shown = ofKind.filter((a) => !snapshot.detachedIds.has(a.id));
  const lost = ofKind.filter((a) => snapshot.detachedIds.has(a.id));
  const card = (annotation: (typeof annotations)[number]) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      session={session}
      active={snapshot.activeId === annotation.id}
      detached={snapshot.detachedIds.has(annotation.id)}
      focusNonce={snapshot.focusRequest?.id === annotation.id ? snapshot.focusRequest.nonce : 0}
      sources={sources}
    />
  );
  const sources = annotations.filter((a): a is SourceAnnotation => a.kind === 'source');
  const names = [
    ...new Set(annotations.flatMap((a) => (a.kind === 'quote' ? [a.speaker] : a.kind === 'source' ? [a.sourceName] : [])).filter(Boolean)),
  ];
  const count = (kind: AnnotationKind) => annotations.filter((a) => a.kind === kind).length;

  return (
    <aside className="sidebar" aria-label="Annotations">
      <div className="filters" role="group" aria-label="Show annotations">
        <FilterButton active={filter === 'all'} onClick={() => setFilter('all')} label={`All (${annotations.length})`} />
        {ANNOTATION_KINDS.map((kind) => (
          <FilterButton
            key={kind}
            active={filter === kind}
            onClick={() => setFilter(kind)}
            label={`${PLURAL[kind]} (${count(kind)})`}
            kind={kind}
          />
        ))}
      </div>
      {lost.length > 0 && (
        <section className="lost" aria-labelledby="lost-heading">
          <h2 id="lost-heading" className="lost-heading">
            Lost their words ({lost.length})
          </h2>
          <p className="lost-help">
            Their words are no longer in the article. Select the right words, then press “Attach to selected words”.
          </p>
          <ul className="cards" aria-label="Annotations that lost their words">
            {lost.map(card)}
          </ul>
        </section>
      )}
      {shown.length === 0 ? (
        <p className="sidebar-empty">
          {annotations.length === 0
            ? 'Nothing tagged yet. Select words in the article and press Quote, Source or Claim.'
            : `No ${filter === 'all' ? 'annotations' : PLURAL[filter].toLowerCase()} yet.`}
        </p>
      ) : (
        <ul className="cards" aria-label="Annotation cards">
          {shown.map(card)}
        </ul>
      )}
      <datalist id="known-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </aside>
  );
}

function FilterButton({ active, onClick, label, kind }: { active: boolean; onClick: () => void; label: string; kind?: AnnotationKind }) {
  return (
    <button type="button" className={`filter ${kind ? `filter-${kind}` : ''}`} aria-pressed={active} onClick={onClick}>
      {kind && <span className={`swatch swatch-${kind}`} aria-hidden="true" />}
      {label}
    </button>
  );
}
