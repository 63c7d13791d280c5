/**
 * The annotation half of the contract: create, read, update, delete to the trash and restore,
 * enforcing what the schema alone cannot (ranges inside the text, fields that fit the kind,
 * attributions to a source of the same article).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { AnnotationCreateItem, ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import {
  FIELDS_BY_KIND,
  KIND_LABELS,
  kindFields,
  type AnchorPlacement,
  type AnchorState,
  type Annotation,
  type AnnotationChanges,
  type KindField,
} from '../../shared/domain/annotation';
import { LIMITS } from '../../shared/domain/limits';
import type { DocumentStore } from '../storage/documentStore';
import type { AnnotationStore } from '../storage/annotationStore';
import { checkAttribution, checkedQuote } from './annotationRules';
import type { TextQuote } from '../../shared/anchoring/textQuote';
import { nextClaimStatus } from '../../shared/domain/claimWorkflow';
import type { ClaimHistory } from './claimHistory';
import type { Clock } from './clock';
import { definedOnly } from '../../shared/util/definedOnly';

/** Where an annotation stands with its words, when it was not tagged by hand (imports). */
export interface AnchorInfo {
  anchorStatus: AnchorState;
  anchorConfidence: number;
  anchorMethod: AnchorPlacement;
}

/** Where an annotation comes from, when not from a selection just made (imports). */
export interface CreateOrigin {
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
  anchor?: AnchorInfo;
  /** For an imported annotation whose words are not in this article: the quote it had, kept as is. */
  lostQuote?: TextQuote;
}

const TAGGED_BY_HAND: AnchorInfo = { anchorStatus: 'anchored', anchorConfidence: 1, anchorMethod: 'selection' };

export class AnnotationsService {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentStore,
    private readonly annotations: AnnotationStore,
    private readonly history: ClaimHistory,
    private readonly now: Clock,
    private readonly defaultAuthor: () => string,
  ) {}

  list({ documentId }: ApiParsedInput<'annotations.list'>): Annotation[] {
    if (!this.documents.summary(documentId)) throw documentNotFound();
    return this.annotations.listByDocument(documentId);
  }

  /** A live annotation of a live document (an annotation in the trash, or in a trashed document, is not found). */
  get({ id }: ApiParsedInput<'annotations.get'>): Annotation {
    const stored = this.annotations.get(id);
    if (!stored || stored.deleted || !this.documents.summary(stored.annotation.documentId)) throw notFound();
    return stored.annotation;
  }

  exists(id: string): boolean {
    return this.annotations.get(id) !== undefined;
  }

  /**
   * Creates an annotation. Imports may keep the times it was made and last changed elsewhere, and
   * say how it was placed (found fuzzily, say) or that its words could not be found (orphaned).
   */
  create(input: ApiParsedInput<'annotations.create'>, origin: CreateOrigin = {}): Annotation {
    const document = this.documents.get(input.documentId);
    if (!document) throw documentNotFound();
    const id = input.id ?? randomUUID();
    if (this.annotations.get(id)) throw new ApiError('conflict', 'An annotation with this id already exists.');
    this.checkRoom(document.id, 1);
    const time = this.now();
    const annotation = this.newAnnotation(document, input, id, origin, time, this.defaultAuthor);
    this.db.transaction(() => {
      this.annotations.save(annotation);
      this.documents.touch(document.id, time);
    })();
    return annotation;
  }

  /**
   * Creates many annotations of one document, all or none, in one transaction: each is checked
   * exactly as `create` checks one (its range and words against the stored text, its fields, its
   * attribution, which may point to a source earlier in the same batch), and the first refusal
   * names the annotation ("Annotation 12: …") and writes nothing. The document is read once.
   */
  createMany({ documentId, annotations: items }: ApiParsedInput<'annotations.createMany'>): Annotation[] {
    const document = this.documents.get(documentId);
    if (!document) throw documentNotFound();
    this.checkRoom(document.id, items.length);
    const time = this.now();
    const batchIds = new Set<string>();
    // Settings cannot change during this synchronous call: read the default author once, and only if needed.
    let author: string | undefined;
    const defaultAuthor = () => (author ??= this.defaultAuthor());
    return this.db.transaction(() => {
      const created = items.map((item, index) => {
        try {
          const id = item.id ?? randomUUID();
          if (batchIds.has(id) || this.annotations.idExists(id))
            throw new ApiError('conflict', 'An annotation with this id already exists.');
          batchIds.add(id);
          const annotation = this.newAnnotation(document, item, id, {}, time, defaultAuthor);
          this.annotations.insert(annotation);
          return annotation;
        } catch (error) {
          if (error instanceof ApiError) throw new ApiError(error.code, `Annotation ${index + 1}: ${error.message}`, error.details);
          throw error;
        }
      });
      this.documents.touch(document.id, time);
      return created;
    })();
  }

  /** Refuses to go past the limit of live annotations per document. */
  private checkRoom(documentId: string, adding: number): void {
    if (this.annotations.countLive(documentId) + adding > LIMITS.annotationsPerDocument) {
      throw new ApiError('limit_exceeded', `An article holds at most ${LIMITS.annotationsPerDocument.toLocaleString('en')} annotations.`);
    }
  }

  /** A new annotation from a create input, checked against the document's stored text (nothing is written). */
  private newAnnotation(
    document: { id: string; plainText: string },
    input: AnnotationCreateItem,
    id: string,
    origin: CreateOrigin,
    time: string,
    defaultAuthor: () => string,
  ): Annotation {
    const quote = origin.lostQuote ?? checkedQuote(document.plainText, input.start, input.end);
    if (input.exact !== undefined && input.exact !== quote.exact) {
      throw new ApiError('conflict', 'The article changed before the annotation could be saved: its words are no longer at that place.');
    }
    const createdAt = origin.createdAt ?? time;
    const anchor = origin.anchor ?? TAGGED_BY_HAND;
    // Fields written out and the kind's added with Object.assign rather than object spreads, which
    // cost microseconds each in V8 at this size (this runs 10,000 times in a createMany).
    const base = {
      id,
      documentId: document.id,
      start: input.start,
      end: input.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      note: input.note ?? '',
      author: input.author ?? defaultAuthor(),
      anchorStatus: anchor.anchorStatus,
      anchorConfidence: anchor.anchorConfidence,
      anchorMethod: anchor.anchorMethod,
      createdAt,
      updatedAt: origin.updatedAt ?? createdAt,
    };
    let annotation: Annotation;
    switch (input.kind) {
      case 'quote':
        annotation = Object.assign(base, {
          kind: 'quote' as const,
          speaker: input.speaker ?? '',
          attributedTo: input.attributedTo ?? null,
        });
        break;
      case 'source':
        annotation = Object.assign(base, {
          kind: 'source' as const,
          sourceName: input.sourceName ?? '',
          sourceType: input.sourceType ?? 'other',
        });
        break;
      case 'claim': {
        const workflow = nextClaimStatus({ status: 'to_check', verdict: '' }, { status: input.status, verdict: input.verdict });
        if (!workflow.ok) throw new ApiError('invalid_input', workflow.message);
        annotation = Object.assign(base, {
          kind: 'claim' as const,
          status: workflow.status,
          verdict: input.verdict ?? '',
          evidence: input.evidence ?? [],
          attributedTo: input.attributedTo ?? null,
          conclusion: input.conclusion ?? '',
          claimantName: input.claimantName ?? '',
          checker: input.checker ?? '',
          replyContactedAt: input.replyContactedAt ?? '',
          replyResponse: input.replyResponse ?? '',
          replyRespondedAt: input.replyRespondedAt ?? '',
        });
        break;
      }
    }
    if (annotation.kind !== 'source') checkAttribution(this.annotations, id, document.id, annotation.attributedTo);
    return annotation;
  }

  /**
   * Changes an annotation's fields. For a claim, the status follows the verdict (see claimWorkflow)
   * and every change of status, verdict, conclusion, evidence or reply is appended to its history,
   * with the session it was made in; a closed session's claims cannot be changed through it.
   */
  update({ id, changes, sessionId }: ApiParsedInput<'annotations.update'>): Annotation {
    const current = this.get({ id });
    checkFieldsFitKind(current, changes);
    const document = this.documents.get(current.documentId);
    if (!document) throw documentNotFound();
    if (sessionId !== undefined) this.history.checkSessionOpen(sessionId, current.documentId);
    const { start = current.start, end = current.end, ...fields } = changes;
    const moved = start !== current.start || end !== current.end;
    // Moving an annotation by hand puts it on words the user chose: anchored for certain.
    const anchor = moved ? { start, end, ...checkedQuote(document.plainText, start, end), ...PLACED_BY_HAND } : {};
    if ('attributedTo' in fields) checkAttribution(this.annotations, id, current.documentId, fields.attributedTo);
    let workflow = {};
    if (current.kind === 'claim' && (changes.status !== undefined || changes.verdict !== undefined)) {
      const result = nextClaimStatus(current, { status: changes.status, verdict: changes.verdict });
      if (!result.ok) throw new ApiError('invalid_input', result.message);
      workflow = { status: result.status };
    }
    const time = this.now();
    const updated = { ...current, ...definedOnly(fields), ...workflow, ...anchor, updatedAt: time } as Annotation;
    this.db.transaction(() => {
      this.annotations.save(updated);
      if (current.kind === 'claim' && updated.kind === 'claim')
        this.history.record(current, updated, { at: time, sessionId: sessionId ?? null });
      this.documents.touch(current.documentId, time);
    })();
    return updated;
  }

  delete({ id }: ApiParsedInput<'annotations.delete'>): ApiOutput<'annotations.delete'> {
    const { documentId } = this.get({ id });
    const time = this.now();
    this.db.transaction(() => {
      this.annotations.softDelete(id, time);
      this.documents.touch(documentId, time);
    })();
    return { id };
  }

  /** Puts an annotation (typically one that lost its words) on words the user selected. */
  reattach({ id, start, end }: ApiParsedInput<'annotations.reattach'>): Annotation {
    const current = this.get({ id });
    const document = this.documents.get(current.documentId);
    if (!document) throw documentNotFound();
    const time = this.now();
    const updated = {
      ...current,
      start,
      end,
      ...checkedQuote(document.plainText, start, end),
      ...PLACED_BY_HAND,
      updatedAt: time,
    } as Annotation;
    this.db.transaction(() => {
      this.annotations.save(updated);
      this.documents.touch(current.documentId, time);
    })();
    return updated;
  }

  /** The user checked where Pressmark put an annotation flagged for review, and agrees. */
  acceptAnchor({ id }: ApiParsedInput<'annotations.acceptAnchor'>): Annotation {
    const current = this.get({ id });
    if (current.anchorStatus === 'orphaned')
      throw new ApiError('conflict', 'This annotation has lost its words: re-attach it to a selection instead.');
    const time = this.now();
    const updated = { ...current, anchorStatus: 'anchored', anchorConfidence: 1, updatedAt: time } as Annotation;
    this.db.transaction(() => {
      this.annotations.save(updated);
      this.documents.touch(current.documentId, time);
    })();
    return updated;
  }

  restore({ id, start, end }: ApiParsedInput<'annotations.restore'>): Annotation {
    const stored = this.annotations.get(id);
    if (!stored) throw notFound();
    const document = this.documents.get(stored.annotation.documentId);
    if (!document) throw documentNotFound();
    if ((start === undefined) !== (end === undefined)) throw new ApiError('invalid_input', 'Give both start and end, or neither.');
    if (stored.deleted) this.checkRoom(document.id, 1);
    const time = this.now();
    this.db.transaction(() => {
      if (start !== undefined && end !== undefined) {
        this.annotations.setAnchor({ id, start, end, ...checkedQuote(document.plainText, start, end), ...placedAgain(stored.annotation) });
      }
      this.annotations.restore(id, time);
      this.documents.touch(document.id, time);
    })();
    return this.get({ id });
  }
}

const PLACED_BY_HAND = { anchorStatus: 'anchored', anchorConfidence: 1, anchorMethod: 'manual' } as const;

/** A restored annotation placed on its words again keeps how it was placed, unless it had lost them. */
function placedAgain(annotation: Annotation) {
  return annotation.anchorStatus === 'orphaned'
    ? { status: 'anchored' as const, confidence: 1, method: 'manual' as const }
    : { status: annotation.anchorStatus, confidence: annotation.anchorConfidence, method: annotation.anchorMethod };
}

/** Refuses a change to a field the annotation's kind does not have ("A quote has no verdict"). */
function checkFieldsFitKind(annotation: Annotation, changes: AnnotationChanges): void {
  const allowed: readonly KindField[] = FIELDS_BY_KIND[annotation.kind];
  for (const key of Object.keys(changes)) {
    if (key in kindFields && !allowed.includes(key as KindField)) {
      throw new ApiError('invalid_input', `A ${KIND_LABELS[annotation.kind].toLowerCase()} has no field "${key}".`);
    }
  }
}

function notFound(): ApiError {
  return new ApiError('not_found', 'That annotation does not exist (it may have been deleted).');
}

function documentNotFound(): ApiError {
  return new ApiError('not_found', 'That document does not exist (it may have been deleted).');
}
