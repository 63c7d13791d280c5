/**
 * The claim history as the services use it: what changed between two versions of a claim becomes
 * one appended entry per field (who, when, in which session, old → new), and changes made through
 * a closed session are refused.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/contract/errors';
import type { ClaimAnnotation } from '../../shared/domain/annotation';
import { HISTORY_FIELDS, type ClaimHistoryEntry, type HistoryField } from '../../shared/domain/factCheck';
import type { HistoryStore } from '../storage/historyStore';
import type { SessionStore } from '../storage/sessionStore';

export class ClaimHistory {
  constructor(
    private readonly store: HistoryStore,
    private readonly sessions: SessionStore,
    private readonly actor: () => string,
  ) {}

  /** Appends an entry for every tracked field that differs. Call inside the transaction that saves the claim. */
  record(before: ClaimAnnotation, after: ClaimAnnotation, context: { at: string; sessionId: string | null }): ClaimHistoryEntry[] {
    const entries = HISTORY_FIELDS.flatMap((field): ClaimHistoryEntry[] => {
      const from = valueOf(before, field);
      const to = valueOf(after, field);
      return from === to
        ? []
        : [
            {
              id: randomUUID(),
              annotationId: after.id,
              sessionId: context.sessionId,
              at: context.at,
              actor: this.actor(),
              field,
              from,
              to,
            },
          ];
    });
    entries.forEach((entry) => this.store.append(entry));
    return entries;
  }

  forAnnotation(annotationId: string): ClaimHistoryEntry[] {
    return this.store.forAnnotation(annotationId);
  }

  forDocument(documentId: string): ClaimHistoryEntry[] {
    return this.store.forDocument(documentId);
  }

  checkSessionOpen(sessionId: string, documentId: string): void {
    const stored = this.sessions.get(sessionId);
    if (!stored || stored.session.documentId !== documentId)
      throw new ApiError('not_found', 'That fact-check session does not exist for this article.');
    if (stored.session.state === 'closed') throw new ApiError('conflict', 'This session is closed: reopen it to change its claims.');
  }
}

function valueOf(claim: ClaimAnnotation, field: HistoryField): string {
  return field === 'evidence' ? JSON.stringify(claim.evidence) : claim[field];
}
