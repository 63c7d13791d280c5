/**
 * SQL for documents. Rows in, domain objects out; no rules beyond what the schema enforces.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { DocumentMeta, DocumentSummary, PressmarkDocument } from '../../shared/domain/document';

interface DocumentRow {
  id: string;
  title: string;
  byline: string;
  source_url: string;
  published_at: string | null;
  language: string;
  content_json: string;
  plain_text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

type SummaryRow = Omit<DocumentRow, 'content_json' | 'plain_text'> & { annotation_count: number; char_count: number };

export interface NewDocumentRow {
  id: string;
  title: string;
  byline: string;
  sourceUrl: string;
  publishedAt: string | null;
  language: string;
  contentJson: string;
  plainText: string;
  createdAt: string;
}

export type DocumentMetaChanges = Partial<Pick<DocumentMeta, 'title' | 'byline' | 'sourceUrl' | 'publishedAt' | 'language'>>;

const META_COLUMNS = {
  title: 'title',
  byline: 'byline',
  sourceUrl: 'source_url',
  publishedAt: 'published_at',
  language: 'language',
} as const;

const SUMMARY_SELECT = `
  SELECT d.id, d.title, d.byline, d.source_url, d.published_at, d.language, d.created_at, d.updated_at, d.deleted_at,
         length(d.plain_text) AS char_count,
         (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.deleted_at IS NULL) AS annotation_count
  FROM documents d`;

export class DocumentStore {
  private readonly statements: {
    insert: Statement;
    get: Statement<[string], DocumentRow>;
    summary: Statement<[string], SummaryRow>;
    list: Statement<[], SummaryRow>;
    setContent: Statement;
    touch: Statement;
    softDelete: Statement;
    restore: Statement;
    purgeDeletedBefore: Statement;
  };

  constructor(private readonly db: Database) {
    this.statements = {
      insert: db.prepare(`
        INSERT INTO documents (id, title, byline, source_url, published_at, language, content_json, plain_text, created_at, updated_at)
        VALUES (@id, @title, @byline, @sourceUrl, @publishedAt, @language, @contentJson, @plainText, @createdAt, @createdAt)`),
      get: db.prepare(`SELECT * FROM documents WHERE id = ?`),
      summary: db.prepare(`${SUMMARY_SELECT} WHERE d.id = ?`),
      list: db.prepare(`${SUMMARY_SELECT} WHERE d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id`),
      setContent: db.prepare(`UPDATE documents SET content_json = ?, plain_text = ?, updated_at = ? WHERE id = ?`),
      touch: db.prepare(`UPDATE documents SET updated_at = ? WHERE id = ?`),
      softDelete: db.prepare(`UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`),
      restore: db.prepare(`UPDATE documents SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
      purgeDeletedBefore: db.prepare(`DELETE FROM documents WHERE deleted_at IS NOT NULL AND deleted_at < ?`),
    };
  }

  insert(row: NewDocumentRow): void {
    this.statements.insert.run(row);
  }

  /** The live document, or undefined if there is none (or it is in the trash). */
  get(id: string): PressmarkDocument | undefined {
    const row = this.statements.get.get(id);
    return row && row.deleted_at === null ? toDocument(row) : undefined;
  }

  isDeleted(id: string): boolean {
    const row = this.statements.summary.get(id);
    return row !== undefined && row.deleted_at !== null;
  }

  summary(id: string): DocumentSummary | undefined {
    const row = this.statements.summary.get(id);
    return row && row.deleted_at === null ? toSummary(row) : undefined;
  }

  list(): DocumentSummary[] {
    return this.statements.list.all().map(toSummary);
  }

  updateMeta(id: string, changes: DocumentMetaChanges, updatedAt: string): void {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as Array<[keyof typeof META_COLUMNS, unknown]>;
    if (entries.length === 0) return;
    const assignments = entries.map(([key]) => `${META_COLUMNS[key]} = @${key}`).join(', ');
    this.db
      .prepare(`UPDATE documents SET ${assignments}, updated_at = @updatedAt WHERE id = @id`)
      .run({ ...Object.fromEntries(entries), id, updatedAt });
  }

  setContent(id: string, contentJson: string, plainText: string, updatedAt: string): void {
    this.statements.setContent.run(contentJson, plainText, updatedAt, id);
  }

  touch(id: string, updatedAt: string): void {
    this.statements.touch.run(updatedAt, id);
  }

  softDelete(id: string, deletedAt: string): boolean {
    return this.statements.softDelete.run(deletedAt, id).changes > 0;
  }

  restore(id: string, updatedAt: string): void {
    this.statements.restore.run(updatedAt, id);
  }

  /** Permanently removes documents deleted before the given time; their annotations go with them. */
  purgeDeletedBefore(isoTime: string): number {
    return this.statements.purgeDeletedBefore.run(isoTime).changes;
  }
}

function toMeta(row: Omit<DocumentRow, 'content_json' | 'plain_text'>): DocumentMeta {
  return {
    id: row.id,
    title: row.title,
    byline: row.byline,
    sourceUrl: row.source_url,
    publishedAt: row.published_at,
    language: row.language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSummary(row: SummaryRow): DocumentSummary {
  return { ...toMeta(row), annotationCount: row.annotation_count, charCount: row.char_count };
}

function toDocument(row: DocumentRow): PressmarkDocument {
  return { ...toMeta(row), content: JSON.parse(row.content_json), plainText: row.plain_text };
}
