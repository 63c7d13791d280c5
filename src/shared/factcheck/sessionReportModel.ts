/**
 * The fact-check session report as plain data, built once (sessionReport.ts) and rendered to HTML
 * and Markdown. Every string is ready to show (labels, not ids) but not escaped; timestamps stay
 * ISO, for each renderer to write readably.
 */
import type { EvidenceLink } from '../domain/annotation';
import type { HistoryField } from '../domain/factCheck';

/** A verdict as shown: on the scale (with its colour), or free text from old or imported data (no colour). */
export interface ShownVerdict {
  /** The verdict id, or null for free text that is not on the scale. */
  id: string | null;
  label: string;
  /** #rrggbb, or null when the verdict is not on the scale. */
  color: string | null;
}

export interface SessionReportHeader {
  title: string;
  byline: string;
  sourceUrl: string;
  publishedAt: string | null;
  language: string;
  checker: string;
  startedAt: string;
  closedAt: string | null;
  /** Active time, "1 h 05 min". */
  elapsed: string;
  /** "Active", "Paused", "Closed". */
  state: string;
  notes: string;
  scaleName: string;
  claimCount: number;
  generatedAt: string;
}

/** One line of the summary: a verdict of the scale, a verdict text not on it, or the claims with none. */
export interface VerdictSummaryRow {
  kind: 'scale' | 'other' | 'none';
  verdict: ShownVerdict | null;
  label: string;
  count: number;
}

/** A claim's words with the sentence (or line) around them; only the words when their offsets no longer hold them. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  /** False when the stored offsets do not hold the claim's words: before and after are then empty. */
  located: boolean;
}

/** One recorded change, readable: a value from → to, or (evidence) what was added, removed or changed. */
export type HistoryChange = { type: 'value'; from: string; to: string } | { type: 'list'; items: string[] };

export interface SessionReportHistoryEntry {
  at: string;
  actor: string;
  field: HistoryField;
  fieldLabel: string;
  change: HistoryChange;
}

export interface SessionReportClaim {
  number: number;
  id: string;
  context: QuoteInContext;
  /** The status label: "To check", "In progress", "Verdict given". */
  status: string;
  verdict: ShownVerdict | null;
  conclusion: string;
  /** Who made the claim: the tagged source it is attributed to and/or the claimant typed by hand. */
  claimant: string;
  checker: string;
  note: string;
  evidence: EvidenceLink[];
  reply: { contactedAt: string; response: string; respondedAt: string };
  history: SessionReportHistoryEntry[];
}

export interface SessionReport {
  header: SessionReportHeader;
  summary: VerdictSummaryRow[];
  claims: SessionReportClaim[];
}
