/**
 * Suggestions the journalist rejected. The engine itself runs where the text is (a worker in the
 * renderer, or the command line); storage only remembers what was turned down, per article.
 */
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { ApiParsedInput } from '../../shared/contract/api';
import { normalizeRejectedText, type StoredSuggestionRejection } from '../../shared/domain/suggestionRejection';
import type { DocumentStore } from '../storage/documentStore';
import type { RejectionStore } from '../storage/rejectionStore';
import type { Clock } from './clock';

export class SuggestionsService {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentStore,
    private readonly rejections: RejectionStore,
    private readonly now: Clock,
  ) {}

  rejected({ documentId }: ApiParsedInput<'suggestions.rejected'>): StoredSuggestionRejection[] {
    this.requireDocument(documentId);
    return this.rejections.list(documentId);
  }

  reject({ documentId, rejections }: ApiParsedInput<'suggestions.reject'>): { rejected: number } {
    this.requireDocument(documentId);
    const rejectedAt = this.now();
    this.db.transaction(() => {
      for (const { kind, exact } of rejections) {
        const text = normalizeRejectedText(exact);
        if (text) this.rejections.add(documentId, { kind, exact: text, rejectedAt });
      }
    })();
    return { rejected: rejections.length };
  }

  unreject({ documentId, rejections }: ApiParsedInput<'suggestions.unreject'>): { restored: number } {
    this.requireDocument(documentId);
    this.db.transaction(() => {
      for (const { kind, exact } of rejections) this.rejections.remove(documentId, kind, normalizeRejectedText(exact));
    })();
    return { restored: rejections.length };
  }

  private requireDocument(documentId: string): void {
    if (!this.documents.summary(documentId)) throw new ApiError('not_found', 'That document does not exist (it may have been deleted).');
  }
}
