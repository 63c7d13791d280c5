/**
 * The document half of the contract: list, get, create, update (metadata, content and the
 * anchors that move with it), delete to the trash and restore.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import type { DocumentSummary, PressmarkDocument } from '../../shared/domain/document';
import type { DocumentStore } from '../storage/documentStore';
import type { AnnotationStore } from '../storage/annotationStore';
import { prepareContent, type PreparedContent } from './documentContent';
import { checkedQuote } from './annotationRules';
import type { Clock } from './clock';

/** A new document's metadata (its content comes prepared). */
export interface NewDocumentMeta {
  title: string;
  byline?: string | undefined;
  sourceUrl?: string | undefined;
  publishedAt?: string | null | undefined;
  language?: string | undefined;
}

export class DocumentsService {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentStore,
    private readonly annotations: AnnotationStore,
    private readonly now: Clock,
  ) {}

  list(): ApiOutput<'documents.list'> {
    return this.documents.list();
  }

  get({ id }: ApiParsedInput<'documents.get'>): PressmarkDocument {
    const document = this.documents.get(id);
    if (!document) throw notFound();
    return document;
  }

  create(input: ApiParsedInput<'documents.create'>): PressmarkDocument {
    const id = this.insertPrepared(input, prepareContent(input.content), input.id);
    return this.get({ id });
  }

  /**
   * Stores a new document whose content was already checked and converted by prepareContent (an
   * import prepares it off the main thread); returns its id. Only the write happens here.
   */
  insertPrepared(meta: NewDocumentMeta, content: PreparedContent, id: string = randomUUID()): string {
    if (this.documents.summary(id) || this.documents.isDeleted(id))
      throw new ApiError('conflict', 'A document with this id already exists.');
    this.documents.insert({
      id,
      title: meta.title,
      byline: meta.byline ?? '',
      sourceUrl: meta.sourceUrl ?? '',
      publishedAt: meta.publishedAt ?? null,
      language: meta.language ?? '',
      contentJson: content.contentJson,
      plainText: content.plainText,
      createdAt: this.now(),
    });
    return id;
  }

  /** One live document's summary (no content), as the library lists it. */
  summary(id: string): DocumentSummary {
    const summary = this.documents.summary(id);
    if (!summary) throw notFound();
    return summary;
  }

  /**
   * Saves metadata and content. With content come the editor's `anchors` (where each annotation on
   * screen now sits) and `orphaned` (annotations whose words an edit deleted). An anchor for an
   * annotation that had lost its words means the user brought them back (an undo): it is anchored again.
   */
  update({ id, changes, anchors, orphaned }: ApiParsedInput<'documents.update'>): ApiOutput<'documents.update'> {
    const current = this.documents.get(id);
    if (!current) throw notFound();
    const { content, ...meta } = changes;
    const prepared = content ? prepareContent(content) : undefined;
    const text = prepared?.plainText ?? current.plainText;
    const updatedAt = this.now();
    this.db.transaction(() => {
      if (prepared) this.documents.setContent(id, prepared.contentJson, prepared.plainText, updatedAt);
      this.documents.updateMeta(id, meta, updatedAt);
      for (const anchor of anchors ?? []) {
        const { anchorStatus, anchorConfidence, anchorMethod } = this.liveAnnotation(anchor.id, id);
        const back = anchorStatus === 'orphaned';
        this.annotations.setAnchor({
          id: anchor.id,
          start: anchor.start,
          end: anchor.end,
          ...checkedQuote(text, anchor.start, anchor.end),
          status: back ? 'anchored' : anchorStatus,
          confidence: back ? 1 : anchorConfidence,
          method: back ? 'manual' : anchorMethod,
        });
      }
      for (const annotationId of orphaned ?? []) {
        const { anchorMethod } = this.liveAnnotation(annotationId, id);
        this.annotations.setAnchorState({ id: annotationId, status: 'orphaned', confidence: 0, method: anchorMethod });
      }
      this.documents.touch(id, updatedAt);
    })();
    const { content: _content, plainText: _plainText, ...updatedMeta } = this.get({ id });
    return updatedMeta;
  }

  private liveAnnotation(annotationId: string, documentId: string) {
    const stored = this.annotations.get(annotationId);
    if (!stored || stored.deleted || stored.annotation.documentId !== documentId) {
      throw new ApiError('invalid_input', `Annotation ${annotationId} is not an annotation of this document.`);
    }
    return stored.annotation;
  }

  delete({ id }: ApiParsedInput<'documents.delete'>): ApiOutput<'documents.delete'> {
    if (!this.documents.softDelete(id, this.now())) throw notFound();
    return { id };
  }

  restore({ id }: ApiParsedInput<'documents.restore'>): ApiOutput<'documents.restore'> {
    if (!this.documents.summary(id) && !this.documents.isDeleted(id)) throw notFound();
    this.documents.restore(id, this.now());
    const summary = this.documents.summary(id);
    if (!summary) throw notFound();
    return summary;
  }

  /** Empties the trash of documents deleted more than `days` ago. */
  purgeTrash(days: number): number {
    const cutoff = new Date(Date.parse(this.now()) - days * 86_400_000).toISOString();
    return this.documents.purgeDeletedBefore(cutoff);
  }
}

function notFound(): ApiError {
  return new ApiError('not_found', 'That document does not exist (it may have been deleted).');
}
