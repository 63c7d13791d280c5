/**
 * SQL for annotations and their evidence links. Rows in, domain objects out.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { AnchorPlacement, AnchorState, Annotation, EvidenceLink } from '../../shared/domain/annotation';

interface AnnotationRow {
  id: string;
  document_id: string;
  kind: Annotation['kind'];
  start_offset: number;
  end_offset: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  author: string;
  speaker: string | null;
  source_name: string | null;
  source_type: string | null;
  claim_status: string | null;
  verdict: string | null;
  attributed_to: string | null;
  anchor_status: AnchorState;
  anchor_confidence: number;
  anchor_method: AnchorPlacement;
  conclusion: string;
  claimant_name: string;
  checker: string;
  reply_contacted_at: string;
  reply_response: string;
  reply_responded_at: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface EvidenceRow {
  annotation_id: string;
  position: number;
  url: string;
  title: string;
  publisher: string;
  accessed_at: string;
  excerpt: string;
  note: string;
}

export interface StoredAnnotation {
  annotation: Annotation;
  deleted: boolean;
}

export interface AnchorUpdate {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorState;
  confidence: number;
  method: AnchorPlacement;
}

export interface AnchorStateUpdate {
  id: string;
  status: AnchorState;
  confidence: number;
  method: AnchorPlacement;
}

export class AnnotationStore {
  private readonly statements: {
    upsert: Statement;
    insert: Statement;
    get: Statement<[string], AnnotationRow>;
    idExists: Statement<[string], { found: number }>;
    listByDocument: Statement<[string], AnnotationRow>;
    evidenceFor: Statement<[string], EvidenceRow>;
    evidenceForDocument: Statement<[string], EvidenceRow>;
    deleteEvidence: Statement;
    insertEvidence: Statement;
    setAnchor: Statement;
    setAnchorState: Statement;
    softDelete: Statement;
    restore: Statement;
    countLive: Statement<[string], { n: number }>;
    verdictUse: Statement<[], { verdict: string; n: number }>;
  };

  constructor(db: Database) {
    this.statements = {
      upsert: db.prepare(`
        INSERT INTO annotations (id, document_id, kind, start_offset, end_offset, exact, prefix, suffix, note, author,
                                 speaker, source_name, source_type, claim_status, verdict, attributed_to,
                                 anchor_status, anchor_confidence, anchor_method,
                                 conclusion, claimant_name, checker, reply_contacted_at, reply_response, reply_responded_at,
                                 created_at, updated_at)
        VALUES (@id, @documentId, @kind, @start, @end, @exact, @prefix, @suffix, @note, @author,
                @speaker, @sourceName, @sourceType, @status, @verdict, @attributedTo,
                @anchorStatus, @anchorConfidence, @anchorMethod,
                @conclusion, @claimantName, @checker, @replyContactedAt, @replyResponse, @replyRespondedAt,
                @createdAt, @updatedAt)
        ON CONFLICT (id) DO UPDATE SET
          start_offset = excluded.start_offset, end_offset = excluded.end_offset, exact = excluded.exact,
          prefix = excluded.prefix, suffix = excluded.suffix, note = excluded.note, author = excluded.author,
          speaker = excluded.speaker, source_name = excluded.source_name, source_type = excluded.source_type,
          claim_status = excluded.claim_status, verdict = excluded.verdict, attributed_to = excluded.attributed_to,
          anchor_status = excluded.anchor_status, anchor_confidence = excluded.anchor_confidence,
          anchor_method = excluded.anchor_method, conclusion = excluded.conclusion, claimant_name = excluded.claimant_name,
          checker = excluded.checker, reply_contacted_at = excluded.reply_contacted_at, reply_response = excluded.reply_response,
          reply_responded_at = excluded.reply_responded_at, updated_at = excluded.updated_at`),
      insert: db.prepare(`
        INSERT INTO annotations (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`),
      get: db.prepare(`SELECT * FROM annotations WHERE id = ?`),
      idExists: db.prepare(`SELECT 1 AS found FROM annotations WHERE id = ?`),
      listByDocument: db.prepare(`
        SELECT * FROM annotations WHERE document_id = ? AND deleted_at IS NULL
        ORDER BY start_offset, end_offset DESC, id`),
      evidenceFor: db.prepare(`SELECT * FROM evidence_links WHERE annotation_id = ? ORDER BY position`),
      evidenceForDocument: db.prepare(`
        SELECT e.* FROM evidence_links e JOIN annotations a ON a.id = e.annotation_id
        WHERE a.document_id = ? AND a.deleted_at IS NULL ORDER BY e.annotation_id, e.position`),
      deleteEvidence: db.prepare(`DELETE FROM evidence_links WHERE annotation_id = ?`),
      insertEvidence: db.prepare(`
        INSERT INTO evidence_links (annotation_id, position, url, title, publisher, accessed_at, excerpt, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      setAnchor: db.prepare(`
        UPDATE annotations SET start_offset = @start, end_offset = @end, exact = @exact, prefix = @prefix, suffix = @suffix,
               anchor_status = @status, anchor_confidence = @confidence, anchor_method = @method
        WHERE id = @id`),
      setAnchorState: db.prepare(`
        UPDATE annotations SET anchor_status = @status, anchor_confidence = @confidence, anchor_method = @method WHERE id = @id`),
      softDelete: db.prepare(`UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`),
      restore: db.prepare(`UPDATE annotations SET deleted_at = NULL, updated_at = ? WHERE id = ?`),
      countLive: db.prepare(`SELECT count(*) AS n FROM annotations WHERE document_id = ? AND deleted_at IS NULL`),
      verdictUse: db.prepare(`
        SELECT a.verdict AS verdict, count(*) AS n FROM annotations a JOIN documents d ON d.id = a.document_id
        WHERE a.kind = 'claim' AND a.verdict != '' AND a.deleted_at IS NULL AND d.deleted_at IS NULL
        GROUP BY a.verdict`),
    };
  }

  /** Writes a whole annotation (insert or update), evidence links included. Call inside a transaction. */
  save(annotation: Annotation): void {
    this.statements.upsert.run(toParams(annotation));
    if (annotation.kind === 'claim') {
      this.statements.deleteEvidence.run(annotation.id);
      this.insertEvidence(annotation.id, annotation.evidence);
    }
  }

  private insertEvidence(annotationId: string, evidence: readonly EvidenceLink[]): void {
    evidence.forEach((link, position) => {
      this.statements.insertEvidence.run(
        annotationId,
        position,
        link.url,
        link.title,
        link.publisher,
        link.accessedAt,
        link.excerpt,
        link.note,
      );
    });
  }

  /**
   * Writes a new annotation (its id must be free: a taken one fails on the primary key), evidence
   * links included. Positional values, for batches. Call inside a transaction.
   */
  insert(annotation: Annotation): void {
    this.statements.insert.run(insertValues(annotation));
    if (annotation.kind === 'claim') this.insertEvidence(annotation.id, annotation.evidence);
  }

  get(id: string): StoredAnnotation | undefined {
    const row = this.statements.get.get(id);
    if (!row) return undefined;
    return { annotation: toAnnotation(row, this.statements.evidenceFor.all(id)), deleted: row.deleted_at !== null };
  }

  /** Whether any annotation (live or in the trash, of any document) has this id. */
  idExists(id: string): boolean {
    return this.statements.idExists.get(id) !== undefined;
  }

  /** Live annotations of a document in document order. */
  listByDocument(documentId: string): Annotation[] {
    const evidence = new Map<string, EvidenceRow[]>();
    for (const row of this.statements.evidenceForDocument.all(documentId)) {
      const list = evidence.get(row.annotation_id) ?? [];
      list.push(row);
      evidence.set(row.annotation_id, list);
    }
    return this.statements.listByDocument.all(documentId).map((row) => toAnnotation(row, evidence.get(row.id) ?? []));
  }

  /** How many live claims, across every live document, have each verdict. */
  verdictUse(): Map<string, number> {
    return new Map(this.statements.verdictUse.all().map((row) => [row.verdict, row.n]));
  }

  countLive(documentId: string): number {
    return this.statements.countLive.get(documentId)?.n ?? 0;
  }

  setAnchor(update: AnchorUpdate): void {
    this.statements.setAnchor.run(update);
  }

  /** Changes where an annotation stands (e.g. orphaned) without moving it. */
  setAnchorState(update: AnchorStateUpdate): void {
    this.statements.setAnchorState.run(update);
  }

  softDelete(id: string, deletedAt: string): boolean {
    return this.statements.softDelete.run(deletedAt, id).changes > 0;
  }

  restore(id: string, updatedAt: string): void {
    this.statements.restore.run(updatedAt, id);
  }
}

/** The columns `insert` writes, in the order of insertValues (the storage bench's raw baseline writes the same). */
export const INSERT_COLUMNS = [
  'id',
  'document_id',
  'kind',
  'start_offset',
  'end_offset',
  'exact',
  'prefix',
  'suffix',
  'note',
  'author',
  'speaker',
  'source_name',
  'source_type',
  'claim_status',
  'verdict',
  'attributed_to',
  'anchor_status',
  'anchor_confidence',
  'anchor_method',
  'conclusion',
  'claimant_name',
  'checker',
  'reply_contacted_at',
  'reply_response',
  'reply_responded_at',
  'created_at',
  'updated_at',
] as const;

/** An annotation as the positional values of INSERT_COLUMNS. */
export function insertValues(a: Annotation): unknown[] {
  const claim = a.kind === 'claim' ? a : null;
  return [
    a.id,
    a.documentId,
    a.kind,
    a.start,
    a.end,
    a.exact,
    a.prefix,
    a.suffix,
    a.note,
    a.author,
    a.kind === 'quote' ? a.speaker : null,
    a.kind === 'source' ? a.sourceName : null,
    a.kind === 'source' ? a.sourceType : null,
    claim ? claim.status : null,
    claim ? claim.verdict : null,
    a.kind === 'source' ? null : a.attributedTo,
    a.anchorStatus,
    a.anchorConfidence,
    a.anchorMethod,
    claim ? claim.conclusion : '',
    claim ? claim.claimantName : '',
    claim ? claim.checker : '',
    claim ? claim.replyContactedAt : '',
    claim ? claim.replyResponse : '',
    claim ? claim.replyRespondedAt : '',
    a.createdAt,
    a.updatedAt,
  ];
}

function toParams(a: Annotation): Record<string, unknown> {
  return {
    id: a.id,
    documentId: a.documentId,
    kind: a.kind,
    start: a.start,
    end: a.end,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    note: a.note,
    author: a.author,
    speaker: a.kind === 'quote' ? a.speaker : null,
    sourceName: a.kind === 'source' ? a.sourceName : null,
    sourceType: a.kind === 'source' ? a.sourceType : null,
    status: a.kind === 'claim' ? a.status : null,
    verdict: a.kind === 'claim' ? a.verdict : null,
    attributedTo: a.kind === 'source' ? null : a.attributedTo,
    anchorStatus: a.anchorStatus,
    anchorConfidence: a.anchorConfidence,
    anchorMethod: a.anchorMethod,
    conclusion: a.kind === 'claim' ? a.conclusion : '',
    claimantName: a.kind === 'claim' ? a.claimantName : '',
    checker: a.kind === 'claim' ? a.checker : '',
    replyContactedAt: a.kind === 'claim' ? a.replyContactedAt : '',
    replyResponse: a.kind === 'claim' ? a.replyResponse : '',
    replyRespondedAt: a.kind === 'claim' ? a.replyRespondedAt : '',
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function toAnnotation(row: AnnotationRow, evidence: EvidenceRow[]): Annotation {
  const base = {
    id: row.id,
    documentId: row.document_id,
    start: row.start_offset,
    end: row.end_offset,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    author: row.author,
    anchorStatus: row.anchor_status,
    anchorConfidence: row.anchor_confidence,
    anchorMethod: row.anchor_method,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  // Object.assign rather than spreading base: spreads of this size cost microseconds each in V8,
  // and a list reads 10,000 rows.
  switch (row.kind) {
    case 'quote':
      return Object.assign(base, { kind: 'quote' as const, speaker: row.speaker ?? '', attributedTo: row.attributed_to });
    case 'source':
      return Object.assign(base, {
        kind: 'source' as const,
        sourceName: row.source_name ?? '',
        sourceType: (row.source_type ?? 'other') as never,
      });
    case 'claim':
      return Object.assign(base, {
        kind: 'claim' as const,
        status: (row.claim_status ?? 'to_check') as never,
        verdict: row.verdict ?? '',
        evidence: evidence.map((e): EvidenceLink => ({
          url: e.url,
          title: e.title,
          publisher: e.publisher,
          accessedAt: e.accessed_at,
          excerpt: e.excerpt,
          note: e.note,
        })),
        attributedTo: row.attributed_to,
        conclusion: row.conclusion,
        claimantName: row.claimant_name,
        checker: row.checker,
        replyContactedAt: row.reply_contacted_at,
        replyResponse: row.reply_response,
        replyRespondedAt: row.reply_responded_at,
      });
  }
}
