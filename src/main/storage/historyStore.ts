/**
 * SQL for the claim history: rows are only ever added (a trigger refuses updates).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ClaimHistoryEntry, HistoryField } from '../../shared/domain/factCheck';

interface HistoryRow {
  id: string;
  annotation_id: string;
  session_id: string | null;
  at: string;
  actor: string;
  field: HistoryField;
  from_value: string;
  to_value: string;
}

export class HistoryStore {
  private readonly statements: {
    insert: Statement;
    forAnnotation: Statement<[string], HistoryRow>;
    forDocument: Statement<[string], HistoryRow>;
  };

  constructor(db: Database) {
    this.statements = {
      insert: db.prepare(`
        INSERT INTO claim_history (id, annotation_id, session_id, at, actor, field, from_value, to_value)
        VALUES (@id, @annotationId, @sessionId, @at, @actor, @field, @from, @to)`),
      forAnnotation: db.prepare(`SELECT * FROM claim_history WHERE annotation_id = ? ORDER BY at, rowid`),
      forDocument: db.prepare(`
        SELECT h.* FROM claim_history h JOIN annotations a ON a.id = h.annotation_id
        WHERE a.document_id = ? ORDER BY h.at, h.rowid`),
    };
  }

  append(entry: ClaimHistoryEntry): void {
    this.statements.insert.run(entry);
  }

  forAnnotation(annotationId: string): ClaimHistoryEntry[] {
    return this.statements.forAnnotation.all(annotationId).map(toEntry);
  }

  forDocument(documentId: string): ClaimHistoryEntry[] {
    return this.statements.forDocument.all(documentId).map(toEntry);
  }
}

function toEntry(row: HistoryRow): ClaimHistoryEntry {
  return {
    id: row.id,
    annotationId: row.annotation_id,
    sessionId: row.session_id,
    at: row.at,
    actor: row.actor,
    field: row.field,
    from: row.from_value,
    to: row.to_value,
  };
}
