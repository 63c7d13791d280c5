/**
 * SQL for rejected suggestions. Texts arrive already whitespace-normalised (see suggestionRejection).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { AnnotationKind } from '../../shared/domain/annotation';
import type { StoredSuggestionRejection } from '../../shared/domain/suggestionRejection';

interface RejectionRow {
  kind: AnnotationKind;
  exact: string;
  rejected_at: string;
}

export class RejectionStore {
  private readonly statements: {
    insert: Statement;
    remove: Statement;
    list: Statement<[string], RejectionRow>;
  };

  constructor(db: Database) {
    this.statements = {
      insert: db.prepare(`
        INSERT INTO suggestion_rejections (document_id, kind, exact, rejected_at) VALUES (@documentId, @kind, @exact, @rejectedAt)
        ON CONFLICT (document_id, kind, exact) DO NOTHING`),
      remove: db.prepare(`DELETE FROM suggestion_rejections WHERE document_id = @documentId AND kind = @kind AND exact = @exact`),
      list: db.prepare(
        `SELECT kind, exact, rejected_at FROM suggestion_rejections WHERE document_id = ? ORDER BY rejected_at, kind, exact`,
      ),
    };
  }

  add(documentId: string, rejection: StoredSuggestionRejection): void {
    this.statements.insert.run({ documentId, ...rejection });
  }

  remove(documentId: string, kind: AnnotationKind, exact: string): void {
    this.statements.remove.run({ documentId, kind, exact });
  }

  list(documentId: string): StoredSuggestionRejection[] {
    return this.statements.list.all(documentId).map((row) => ({ kind: row.kind, exact: row.exact, rejectedAt: row.rejected_at }));
  }
}
