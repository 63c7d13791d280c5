/**
 * One claim in a fact-check session: verdict (keys 1–9), status and reopen, conclusion,
 * claimant, evidence, right of reply, checker, and its history. Read-only when the session is
 * closed.
 */
import { useEffect, useId, useState, type RefObject } from 'react';
import { CLAIM_STATUS_LABELS, type ClaimAnnotation, type SourceAnnotation } from '../../shared/domain/annotation';
import type { ClaimHistoryEntry, VerdictScale } from '../../shared/domain/factCheck';
import { CLAIM_REVIEWED_RECOMMENDED_CHARS } from '../../shared/factcheck/claimReview';
import { claimHistory } from '../../shared/factcheck/claimHistory';
import { verdictById, verdictLabel } from '../../shared/factcheck/verdictScales';
import { EvidenceEditor } from '../sidebar/EvidenceEditor';

export interface ClaimDetailProps {
  claim: ClaimAnnotation;
  sources: SourceAnnotation[];
  scale: VerdictScale;
  readOnly: boolean;
  history: ClaimHistoryEntry[];
  conclusionRef: RefObject<HTMLTextAreaElement | null>;
  evidenceRequest: number;
  onChange(changes: Partial<ClaimAnnotation>): void;
}

export function ClaimDetail({ claim, sources, scale, readOnly, history, conclusionRef, evidenceRequest, onChange }: ClaimDetailProps) {
  const id = useId();
  const claimReviewed = claim.exact.replace(/\s+/g, ' ').trim();
  const entries = claimHistory(claim.id, history, scale);
  const unknownVerdict = claim.verdict !== '' && !verdictById(scale, claim.verdict);

  return (
    <section className="claim-detail" aria-label="Claim being checked">
      <blockquote className="claim-quote" dir="auto">
        {claim.exact}
      </blockquote>
      {claimReviewed.length > CLAIM_REVIEWED_RECOMMENDED_CHARS && (
        <p className="claim-warning" role="note">
          For ClaimReview this claim is {claimReviewed.length} characters long; Google recommends fewer than{' '}
          {CLAIM_REVIEWED_RECOMMENDED_CHARS}.
        </p>
      )}
      <fieldset className="verdicts" disabled={readOnly}>
        <legend>Verdict</legend>
        {scale.verdicts.map((verdict, index) => (
          <button
            key={verdict.id}
            type="button"
            className="verdict-button"
            aria-pressed={claim.verdict === verdict.id}
            aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
            onClick={() => onChange({ verdict: verdict.id })}
          >
            <span className="verdict-swatch" style={{ background: verdict.color }} aria-hidden="true" />
            {verdict.label}
            {index < 9 && <kbd aria-hidden="true">{index + 1}</kbd>}
          </button>
        ))}
        {unknownVerdict && <p className="muted">Current verdict “{verdictLabel(scale, claim.verdict)}” is not on the scale.</p>}
      </fieldset>
      <div className="claim-status">
        <span>
          Status: <strong>{CLAIM_STATUS_LABELS[claim.status]}</strong>
        </span>
        {!readOnly && claim.status === 'to_check' && (
          <button type="button" className="small" onClick={() => onChange({ status: 'in_progress' })}>
            Start checking
          </button>
        )}
        {!readOnly && claim.status === 'checked' && (
          <button type="button" className="small" onClick={() => onChange({ status: 'in_progress' })}>
            Reopen verdict
          </button>
        )}
      </div>
      <fieldset className="claim-fields" disabled={readOnly}>
        <label htmlFor={`${id}-conclusion`}>
          Conclusion <kbd aria-hidden="true">Enter</kbd>
        </label>
        <textarea
          id={`${id}-conclusion`}
          ref={conclusionRef}
          rows={4}
          dir="auto"
          value={claim.conclusion}
          placeholder="Why this verdict: what the evidence shows."
          onChange={(e) => onChange({ conclusion: e.target.value })}
        />
        <label htmlFor={`${id}-claimant-source`}>Claimant (a source in the article)</label>
        <select
          id={`${id}-claimant-source`}
          value={claim.attributedTo ?? ''}
          onChange={(e) => onChange({ attributedTo: e.target.value || null })}
        >
          <option value="">None</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.sourceName || source.exact}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-claimant-name`}>Claimant (name)</label>
        <input
          id={`${id}-claimant-name`}
          dir="auto"
          value={claim.claimantName}
          onChange={(e) => onChange({ claimantName: e.target.value })}
        />
        <label htmlFor={`${id}-checker`}>Checker</label>
        <input id={`${id}-checker`} dir="auto" value={claim.checker} onChange={(e) => onChange({ checker: e.target.value })} />
      </fieldset>
      <EvidenceEditor
        evidence={claim.evidence}
        disabled={readOnly}
        addRequest={evidenceRequest}
        onChange={(evidence) => onChange({ evidence })}
      />
      <fieldset className="reply" disabled={readOnly}>
        <legend>Right of reply</legend>
        <label htmlFor={`${id}-contacted`}>Contacted on</label>
        <input
          id={`${id}-contacted`}
          type="date"
          value={claim.replyContactedAt}
          onChange={(e) => onChange({ replyContactedAt: e.target.value })}
        />
        <label htmlFor={`${id}-response`}>Response</label>
        <textarea
          id={`${id}-response`}
          rows={2}
          dir="auto"
          value={claim.replyResponse}
          onChange={(e) => onChange({ replyResponse: e.target.value })}
        />
        <label htmlFor={`${id}-responded`}>Responded on</label>
        <input
          id={`${id}-responded`}
          type="date"
          value={claim.replyRespondedAt}
          onChange={(e) => onChange({ replyRespondedAt: e.target.value })}
        />
      </fieldset>
      <section className="history" aria-labelledby={`${id}-history`}>
        <h3 id={`${id}-history`}>History</h3>
        {entries.length === 0 ? (
          <p className="muted">No changes recorded yet.</p>
        ) : (
          <ol className="history-list" aria-label="Changes to this claim">
            {entries.map((entry, index) => (
              <li key={index}>
                <span className="muted">
                  {new Date(entry.at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })}
                  {entry.actor ? ` · ${entry.actor}` : ''}
                </span>{' '}
                <strong>{entry.fieldLabel}:</strong>{' '}
                {entry.change.type === 'value' ? `${entry.change.from} → ${entry.change.to}` : entry.change.items.join('; ')}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}

/** A debounced history refresh: reloads after the claim's saved fields change. */
export function useClaimHistoryVersion(claim: ClaimAnnotation | undefined, saved: boolean): string {
  const [version, setVersion] = useState('');
  const signature = claim
    ? JSON.stringify([
        claim.id,
        claim.status,
        claim.verdict,
        claim.conclusion,
        claim.evidence,
        claim.replyContactedAt,
        claim.replyResponse,
        claim.replyRespondedAt,
      ])
    : '';
  useEffect(() => {
    if (saved) setVersion(signature);
  }, [saved, signature]);
  return version;
}
