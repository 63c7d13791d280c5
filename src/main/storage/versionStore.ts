/**
 * SQL for article versions (document_versions).
 */
import type { Database, Statement } from 'better-sqlite3';

interface VersionRow {
  id: string;
  document_id: string;
  number: number;
  label: string;
  content_json: string;
  plain_text: string;
  words_added: number;
  words_removed: number;
  created_at: string;
}

export interface StoredVersion {
  number: number;
  label: string;
  createdAt: string;
  wordsAdded: number;
  wordsRemoved: number;
  charCount: number;
  plainText: string;
}

export interface NewVersion {
  id: string;
  documentId: string;
  number: number;
  label: string;
  contentJson: string;
  plainText: string;
  wordsAdded: number;
  wordsRemoved: number;
  createdAt: string;
}

export class VersionStore {
  private readonly statements: {
    insert: Statement;
    list: Statement<[string], VersionRow>;
    get: Statement<[string, number], VersionRow>;
    latest: Statement<[string], VersionRow>;
  };

  constructor(db: Database) {
    this.statements = {
      insert: db.prepare(`
        INSERT INTO document_versions (id, document_id, number, label, content_json, plain_text, words_added, words_removed, created_at)
        VALUES (@id, @documentId, @number, @label, @contentJson, @plainText, @wordsAdded, @wordsRemoved, @createdAt)`),
      list: db.prepare(`SELECT * FROM document_versions WHERE document_id = ? ORDER BY number`),
      get: db.prepare(`SELECT * FROM document_versions WHERE document_id = ? AND number = ?`),
      latest: db.prepare(`SELECT * FROM document_versions WHERE document_id = ? ORDER BY number DESC LIMIT 1`),
    };
  }

  insert(version: NewVersion): void {
    this.statements.insert.run(version);
  }

  list(documentId: string): StoredVersion[] {
    return this.statements.list.all(documentId).map(toVersion);
  }

  get(documentId: string, number: number): StoredVersion | undefined {
    const row = this.statements.get.get(documentId, number);
    return row && toVersion(row);
  }

  latest(documentId: string): StoredVersion | undefined {
    const row = this.statements.latest.get(documentId);
    return row && toVersion(row);
  }
}

function toVersion(row: VersionRow): StoredVersion {
  return {
    number: row.number,
    label: row.label,
    createdAt: row.created_at,
    wordsAdded: row.words_added,
    wordsRemoved: row.words_removed,
    charCount: row.plain_text.length,
    plainText: row.plain_text,
  };
}
