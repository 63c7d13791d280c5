/**
 * A claim's recorded changes, readable: statuses and verdicts by their labels (verdict ids through
 * the scale, free text as written), dates and texts as written, and evidence (stored as the JSON of
 * the whole list before and after) as what was added, removed or changed.
 */
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../domain/annotation';
import { HISTORY_FIELD_LABELS, type ClaimHistoryEntry, type VerdictScale } from '../domain/factCheck';
import { verdictLabel } from './verdictLookup';
import type { HistoryChange, SessionReportHistoryEntry } from './sessionReportModel';

/** How an empty value reads in a change. */
export const EMPTY_VALUE = '(empty)';
export const NO_VERDICT = 'No verdict';

/** The entries of one claim, oldest first (entries at the same moment keep their recorded order). */
export function claimHistory(
  annotationId: string,
  history: readonly ClaimHistoryEntry[],
  scale: VerdictScale,
): SessionReportHistoryEntry[] {
  return history
    .filter((entry) => entry.annotationId === annotationId)
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.index - b.index))
    .map(({ entry }) => ({
      at: entry.at,
      actor: entry.actor,
      field: entry.field,
      fieldLabel: HISTORY_FIELD_LABELS[entry.field],
      change: describeChange(entry, scale),
    }));
}

export function describeChange(entry: Pick<ClaimHistoryEntry, 'field' | 'from' | 'to'>, scale: VerdictScale): HistoryChange {
  switch (entry.field) {
    case 'status':
      return { type: 'value', from: statusLabel(entry.from), to: statusLabel(entry.to) };
    case 'verdict':
      return { type: 'value', from: verdictLabel(scale, entry.from) || NO_VERDICT, to: verdictLabel(scale, entry.to) || NO_VERDICT };
    case 'evidence': {
      const items = evidenceChanges(entry.from, entry.to);
      return items ? { type: 'list', items } : { type: 'value', from: entry.from || EMPTY_VALUE, to: entry.to || EMPTY_VALUE };
    }
    default:
      return { type: 'value', from: entry.from || EMPTY_VALUE, to: entry.to || EMPTY_VALUE };
  }
}

function statusLabel(status: string): string {
  if (status === '') return EMPTY_VALUE;
  return Object.hasOwn(CLAIM_STATUS_LABELS, status) ? CLAIM_STATUS_LABELS[status as ClaimStatus] : status;
}

interface StoredEvidence {
  url: string;
  title: string;
  publisher: string;
  accessedAt: string;
  excerpt: string;
  note: string;
}

const EVIDENCE_FIELD_NAMES: Array<[Exclude<keyof StoredEvidence, 'url'>, string]> = [
  ['title', 'title'],
  ['publisher', 'publisher'],
  ['accessedAt', 'accessed date'],
  ['excerpt', 'excerpt'],
  ['note', 'note'],
];

/**
 * What changed between two evidence lists, matched by URL in order: "added “Title” (url)",
 * "removed …", "changed “Title” (url): note, excerpt". Null when either side is not an evidence list.
 */
export function evidenceChanges(fromJson: string, toJson: string): string[] | null {
  const from = readEvidence(fromJson);
  const to = readEvidence(toJson);
  if (!from || !to) return null;
  const unmatched = [...from];
  const items: string[] = [];
  for (const link of to) {
    const index = unmatched.findIndex((old) => old.url === link.url);
    const old = index >= 0 ? unmatched.splice(index, 1)[0] : undefined;
    if (!old) {
      items.push(`added ${describeEvidence(link)}`);
      continue;
    }
    const changed = EVIDENCE_FIELD_NAMES.filter(([field]) => old[field] !== link[field]).map(([, name]) => name);
    if (changed.length > 0) items.push(`changed ${describeEvidence(link)}: ${changed.join(', ')}`);
  }
  for (const old of unmatched) items.push(`removed ${describeEvidence(old)}`);
  if (items.length === 0) items.push(from.length === 0 ? 'no evidence' : 'reordered the evidence');
  return items;
}

function describeEvidence(link: StoredEvidence): string {
  return link.title.trim() ? `“${link.title.trim()}” (${link.url})` : link.url;
}

/** A stored evidence list, or null if the text is not one. An empty text is an empty list. */
function readEvidence(json: string): StoredEvidence[] | null {
  if (json.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const links: StoredEvidence[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const record = item as Record<string, unknown>;
    if (typeof record.url !== 'string') return null;
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
    links.push({
      url: record.url,
      title: text('title'),
      publisher: text('publisher'),
      accessedAt: text('accessedAt'),
      excerpt: text('excerpt'),
      note: text('note'),
    });
  }
  return links;
}
