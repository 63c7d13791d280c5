/**
 * SQL for fact-check sessions. Active time is kept as the time banked so far (active_ms) plus,
 * while the session is active, the time since it was last resumed.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { FactCheckSession, SessionState } from '../../shared/domain/factCheck';

interface SessionRow {
  id: string;
  document_id: string;
  checker: string;
  state: SessionState;
  notes: string;
  published_url: string;
  started_at: string;
  closed_at: string | null;
  active_ms: number;
  resumed_at: string | null;
  updated_at: string;
}

export interface StoredSession {
  session: Omit<FactCheckSession, 'elapsedMs'>;
  activeMs: number;
  resumedAt: string | null;
}

export class SessionStore {
  private readonly statements: {
    insert: Statement;
    get: Statement<[string], SessionRow>;
    list: Statement<[string], SessionRow>;
    save: Statement;
  };

  constructor(db: Database) {
    this.statements = {
      insert: db.prepare(`
        INSERT INTO factcheck_sessions (id, document_id, checker, state, notes, published_url, started_at, closed_at, active_ms, resumed_at, updated_at)
        VALUES (@id, @documentId, @checker, @state, @notes, @publishedUrl, @startedAt, @closedAt, @activeMs, @resumedAt, @updatedAt)`),
      get: db.prepare(`SELECT * FROM factcheck_sessions WHERE id = ?`),
      list: db.prepare(`SELECT * FROM factcheck_sessions WHERE document_id = ? ORDER BY started_at, id`),
      save: db.prepare(`
        UPDATE factcheck_sessions SET checker = @checker, state = @state, notes = @notes, published_url = @publishedUrl,
               closed_at = @closedAt, active_ms = @activeMs, resumed_at = @resumedAt, updated_at = @updatedAt
        WHERE id = @id`),
    };
  }

  insert(stored: StoredSession): void {
    this.statements.insert.run(toParams(stored));
  }

  save(stored: StoredSession): void {
    this.statements.save.run(toParams(stored));
  }

  get(id: string): StoredSession | undefined {
    const row = this.statements.get.get(id);
    return row && toStored(row);
  }

  list(documentId: string): StoredSession[] {
    return this.statements.list.all(documentId).map(toStored);
  }
}

function toParams({ session, activeMs, resumedAt }: StoredSession): Record<string, unknown> {
  return { ...session, activeMs, resumedAt };
}

function toStored(row: SessionRow): StoredSession {
  return {
    session: {
      id: row.id,
      documentId: row.document_id,
      checker: row.checker,
      state: row.state,
      notes: row.notes,
      publishedUrl: row.published_url,
      startedAt: row.started_at,
      closedAt: row.closed_at,
      updatedAt: row.updated_at,
    },
    activeMs: row.active_ms,
    resumedAt: row.resumed_at,
  };
}
