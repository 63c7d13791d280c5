/**
 * The annotation half of the contract: create, read, update, delete to the trash and restore,
 * enforcing what the schema alone cannot (ranges inside the text, fields that fit the kind,
 * attributions to a source of the same article).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import type { ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import {
  FIELDS_BY_KIND,
  KIND_LABELS,
  kindFields,
  type Annotation,
  type AnnotationChanges,
  type KindField,
} from '../../shared/domain/annotation';
import { LIMITS } from '../../shared/domain/limits';
import type { DocumentStore } from '../storage/documentStore';
import type { AnnotationStore } from '../storage/annotationStore';
import { checkAttribution, checkedQuote } from './annotationRules';
import type { Clock } from './clock';

export class AnnotationsService {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentStore,
    private readonly annotations: AnnotationStore,
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

  /** Creates an annotation; imports may keep the times the annotation was made and last changed elsewhere. */
  create(
    input: ApiParsedInput<'annotations.create'>,
    times: { createdAt?: string | undefined; updatedAt?: string | undefined } = {},
  ): Annotation {
    const document = this.documents.get(input.documentId);
    if (!document) throw documentNotFound();
    const id = input.id ?? randomUUID();
    if (this.annotations.get(id)) throw new ApiError('conflict', 'An annotation with this id already exists.');
    if (this.annotations.countLive(document.id) >= LIMITS.annotationsPerDocument) {
      throw new ApiError('limit_exceeded', `An article holds at most ${LIMITS.annotationsPerDocument.toLocaleString('en')} annotations.`);
    }
    const quote = checkedQuote(document.plainText, input.start, input.end);
    if (input.exact !== undefined && input.exact !== quote.exact) {
      throw new ApiError('conflict', 'The article changed before the annotation could be saved: its words are no longer at that place.');
    }
    const time = this.now();
    const createdAt = times.createdAt ?? time;
    const base = {
      id,
      documentId: document.id,
      start: input.start,
      end: input.end,
      ...quote,
      note: input.note ?? '',
      author: input.author ?? this.defaultAuthor(),
      createdAt,
      updatedAt: times.updatedAt ?? createdAt,
    };
    let annotation: Annotation;
    switch (input.kind) {
      case 'quote':
        annotation = { ...base, kind: 'quote', speaker: input.speaker ?? '', attributedTo: input.attributedTo ?? null };
        break;
      case 'source':
        annotation = { ...base, kind: 'source', sourceName: input.sourceName ?? '', sourceType: input.sourceType ?? 'other' };
        break;
      case 'claim':
        annotation = {
          ...base,
          kind: 'claim',
          status: input.status ?? 'to_check',
          verdict: input.verdict ?? '',
          evidence: input.evidence ?? [],
          attributedTo: input.attributedTo ?? null,
        };
        break;
    }
    if (annotation.kind !== 'source') checkAttribution(this.annotations, id, document.id, annotation.attributedTo);
    this.db.transaction(() => {
      this.annotations.save(annotation);
      this.documents.touch(document.id, time);
    })();
    return annotation;
  }

  update({ id, changes }: ApiParsedInput<'annotations.update'>): Annotation {
    const current = this.get({ id });
    checkFieldsFitKind(current, changes);
    const document = this.documents.get(current.documentId);
    if (!document) throw documentNotFound();
    const { start = current.start, end = current.end, ...fields } = changes;
    const moved = start !== current.start || end !== current.end;
    const anchor = moved ? { start, end, ...checkedQuote(document.plainText, start, end) } : {};
    if ('attributedTo' in fields) checkAttribution(this.annotations, id, current.documentId, fields.attributedTo);
    const time = this.now();
    const updated = { ...current, ...definedOnly(fields), ...anchor, updatedAt: time } as Annotation;
    this.db.transaction(() => {
      this.annotations.save(updated);
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

  restore({ id, start, end }: ApiParsedInput<'annotations.restore'>): Annotation {
    const stored = this.annotations.get(id);
    if (!stored) throw notFound();
    const document = this.documents.get(stored.annotation.documentId);
    if (!document) throw documentNotFound();
    if ((start === undefined) !== (end === undefined)) throw new ApiError('invalid_input', 'Give both start and end, or neither.');
    const time = this.now();
    this.db.transaction(() => {
      if (start !== undefined && end !== undefined) {
        this.annotations.setAnchor({ id, start, end, ...checkedQuote(document.plainText, start, end) });
      }
      this.annotations.restore(id, time);
      this.documents.touch(document.id, time);
    })();
    return this.get({ id });
  }
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

function definedOnly<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function notFound(): ApiError {
  return new ApiError('not_found', 'That annotation does not exist (it may have been deleted).');
}

function documentNotFound(): ApiError {
  return new ApiError('not_found', 'That document does not exist (it may have been deleted).');
}
