/**
 * Builds the fact-check session report (see sessionReportModel.ts): who checked what and for how
 * long, how the claims came out by verdict, and for every claim its words in context, verdict,
 * conclusion, evidence, right of reply and the history of its changes.
 */
import { CLAIM_STATUS_LABELS, type ClaimAnnotation, type SourceAnnotation } from '../domain/annotation';
import type { PressmarkDocument } from '../domain/document';
import type { ClaimHistoryEntry, FactCheckSession, SessionState, VerdictScale } from '../domain/factCheck';
import { sourceDisplayName } from '../report/reportNotes';
import { claimHistory } from './claimHistory';
import { quoteInContext } from './quoteInContext';
import type { SessionReport, SessionReportClaim, ShownVerdict, VerdictSummaryRow } from './sessionReportModel';
import { verdictById } from './verdictLookup';

export const SESSION_STATE_LABELS: Record<SessionState, string> = { active: 'Active', paused: 'Paused', closed: 'Closed' };
export const NO_VERDICT_YET = 'No verdict yet';

export interface SessionReportInput {
  document: Pick<PressmarkDocument, 'title' | 'byline' | 'sourceUrl' | 'publishedAt' | 'language' | 'plainText'>;
  session: FactCheckSession;
  /** The article's claims in document order; they are numbered in this order. */
  claims: readonly ClaimAnnotation[];
  sources: readonly SourceAnnotation[];
  history: readonly ClaimHistoryEntry[];
  scale: VerdictScale;
  generatedAt: string;
}

export function buildSessionReport(input: SessionReportInput): SessionReport {
  const { document, session, scale } = input;
  const sourcesById = new Map(input.sources.map((source) => [source.id, source]));
  const claims = input.claims.map((claim, index) => reportClaim(claim, index + 1, input, sourcesById));
  return {
    header: {
      title: document.title,
      byline: document.byline,
      sourceUrl: document.sourceUrl,
      publishedAt: document.publishedAt,
      language: document.language,
      checker: session.checker,
      startedAt: session.startedAt,
      closedAt: session.closedAt,
      elapsed: readableElapsed(session.elapsedMs),
      state: SESSION_STATE_LABELS[session.state],
      notes: session.notes,
      scaleName: scale.name,
      claimCount: claims.length,
      generatedAt: input.generatedAt,
    },
    summary: verdictSummary(claims, scale),
    claims,
  };
}

/** Active time as people read it: "12 min", "1 h 05 min" (whole minutes, rounded down). */
export function readableElapsed(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}

/** A claim's verdict as shown: the scale's verdict for an id, the text itself otherwise, null for none. */
export function shownVerdict(scale: VerdictScale, verdict: string): ShownVerdict | null {
  if (verdict.trim() === '') return null;
  const onScale = verdictById(scale, verdict);
  return onScale ? { id: onScale.id, label: onScale.label, color: onScale.color } : { id: null, label: verdict, color: null };
}

function reportClaim(
  claim: ClaimAnnotation,
  number: number,
  { document, history, scale }: SessionReportInput,
  sourcesById: ReadonlyMap<string, SourceAnnotation>,
): SessionReportClaim {
  const source = claim.attributedTo ? sourcesById.get(claim.attributedTo) : undefined;
  const claimants = [source ? sourceDisplayName(source) : '', claim.claimantName.trim()].filter(Boolean);
  return {
    number,
    id: claim.id,
    context: quoteInContext(document.plainText, claim),
    status: CLAIM_STATUS_LABELS[claim.status],
    verdict: shownVerdict(scale, claim.verdict),
    conclusion: claim.conclusion.trim(),
    claimant: [...new Set(claimants)].join(' · '),
    checker: claim.checker.trim(),
    note: claim.note.trim(),
    evidence: claim.evidence.map((link) => ({ ...link })),
    reply: { contactedAt: claim.replyContactedAt, response: claim.replyResponse.trim(), respondedAt: claim.replyRespondedAt },
    history: claimHistory(claim.id, history, scale),
  };
}

/** Every verdict of the scale in its order (even unused), then verdict texts not on the scale, then the claims with none. */
function verdictSummary(claims: readonly SessionReportClaim[], scale: VerdictScale): VerdictSummaryRow[] {
  const count = (test: (claim: SessionReportClaim) => boolean) => claims.filter(test).length;
  const others = [...new Set(claims.flatMap((claim) => (claim.verdict && claim.verdict.id === null ? [claim.verdict.label] : [])))];
  return [
    ...scale.verdicts.map((verdict): VerdictSummaryRow => ({
      kind: 'scale',
      verdict: { id: verdict.id, label: verdict.label, color: verdict.color },
      label: verdict.label,
      count: count((claim) => claim.verdict?.id === verdict.id),
    })),
    ...others.map((label): VerdictSummaryRow => ({
      kind: 'other',
      verdict: { id: null, label, color: null },
      label,
      count: count((claim) => claim.verdict?.id === null && claim.verdict.label === label),
    })),
    { kind: 'none', verdict: null, label: NO_VERDICT_YET, count: count((claim) => claim.verdict === null) },
  ];
}
