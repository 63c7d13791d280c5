/**
 * The one API contract between the renderer and the main-side services.
 *
 * Every method has a zod schema for its input and for its output. Electron's preload exposes
 * exactly these methods; the browser host serves exactly these over HTTP and WebSocket; the
 * services implement exactly these. Adding a method here is the only way to add one anywhere.
 */
import { z } from 'zod';
import { entityId, offset } from '../domain/common';
import { FIELDS_BY_KIND, annotation, annotationChanges, commonFields, kindFields, type KindField } from '../domain/annotation';
import { documentMeta, documentMetadataFields, documentSummary, pmNodeJson, pressmarkDocument } from '../domain/document';
import { settings, settingsChanges } from '../domain/settings';
import { claimHistoryEntry, factCheckSession, verdictDefinition, SESSION_STATES } from '../domain/factCheck';
import { storedSuggestionRejection, suggestionRejection } from '../domain/suggestionRejection';
import { backupFileNameInput, backupInfo, restoreResult, startupNotice } from '../domain/backup';
import { LIMITS } from '../domain/limits';
import { API_METHOD_NAMES, type ApiMethodName } from './methods';
import { EXPORT_FORMAT_NAMES } from '../export/exportFormats';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES } from '../import/fileTypes';
import type { ApiResult } from './errors';

const byId = z.strictObject({ id: entityId });

/** Where an annotation sits now, sent with every content save so offsets move with the words. */
export const annotationAnchor = z.strictObject({ id: entityId, start: offset, end: offset });
export type AnnotationAnchor = z.infer<typeof annotationAnchor>;

/** The fields of a new annotation every kind has, but its document. */
const createItemBase = {
  id: entityId.optional(),
  start: offset,
  end: offset,
  /** If given, must equal the document's text at [start, end): catches a client whose text is stale. */
  exact: z
    .string()
    .max(LIMITS.exactChars, `An annotation covers at most ${LIMITS.exactChars.toLocaleString('en')} characters.`)
    .optional(),
  note: commonFields.note.optional(),
  author: commonFields.author.optional(),
};

const pick = <K extends KindField>(...keys: K[]) =>
  Object.fromEntries(keys.map((key) => [key, kindFields[key].optional()])) as { [P in K]: z.ZodOptional<(typeof kindFields)[P]> };

const quoteCreateFields = { kind: z.literal('quote'), ...pick(...FIELDS_BY_KIND.quote) };
const sourceCreateFields = { kind: z.literal('source'), ...pick(...FIELDS_BY_KIND.source) };
const claimCreateFields = { kind: z.literal('claim'), ...pick(...FIELDS_BY_KIND.claim) };

const createBase = { ...createItemBase, documentId: entityId };

export const annotationCreateInput = z.discriminatedUnion('kind', [
  z.strictObject({ ...createBase, ...quoteCreateFields }),
  z.strictObject({ ...createBase, ...sourceCreateFields }),
  z.strictObject({ ...createBase, ...claimCreateFields }),
]);
export type AnnotationCreateInput = z.infer<typeof annotationCreateInput>;

/** One annotation of a batch (annotations.createMany): the same fields as annotations.create, the document given once. */
export const annotationCreateItem = z.discriminatedUnion('kind', [
  z.strictObject({ ...createItemBase, ...quoteCreateFields }),
  z.strictObject({ ...createItemBase, ...sourceCreateFields }),
  z.strictObject({ ...createItemBase, ...claimCreateFields }),
]);
export type AnnotationCreateItem = z.infer<typeof annotationCreateItem>;

export const documentCreateInput = z.strictObject({
  id: entityId.optional(),
  title: documentMetadataFields.title,
  byline: documentMetadataFields.byline.optional(),
  sourceUrl: documentMetadataFields.sourceUrl.optional(),
  publishedAt: documentMetadataFields.publishedAt.optional(),
  language: documentMetadataFields.language.optional(),
  content: pmNodeJson,
});
export type DocumentCreateInput = z.infer<typeof documentCreateInput>;

export const documentUpdateInput = z.strictObject({
  id: entityId,
  changes: z
    .strictObject({
      ...documentMetadataFields,
      content: pmNodeJson,
    })
    .partial(),
  /** With new content: where each still-attached annotation now sits in the new plain text. */
  anchors: z
    .array(annotationAnchor)
    .max(LIMITS.annotationsPerDocument, `An article holds at most ${LIMITS.annotationsPerDocument.toLocaleString('en')} annotations.`)
    .optional(),
  /** Annotations whose words the edit deleted entirely: kept, marked as having lost their words. */
  orphaned: z
    .array(entityId)
    .max(LIMITS.annotationsPerDocument, `An article holds at most ${LIMITS.annotationsPerDocument.toLocaleString('en')} annotations.`)
    .optional(),
});
export type DocumentUpdateInput = z.infer<typeof documentUpdateInput>;

/** A file crossing the boundary: its name and its bytes in base64 (JSON-safe over IPC and WebSocket alike). */
export const fileNameSchema = z.string().trim().min(1, 'The file needs a name.').max(255, 'File names are at most 255 characters.');
export const fileData = z.strictObject({
  fileName: fileNameSchema,
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, `The file is larger than ${MAX_IMPORT_MEGABYTES} MB.`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file data is not valid base64.'),
});
export type FileData = z.infer<typeof fileData>;

const ignoredAnnotation = z.object({ index: z.number().int(), id: z.string().optional(), reason: z.string() });

/** One version of an article's text, as kept by "Update article". */
export const documentVersion = z.object({
  number: z.number().int(),
  label: z.string(),
  createdAt: z.string(),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
  charCount: z.number().int(),
});
export type DocumentVersion = z.infer<typeof documentVersion>;

/** What re-anchoring did with the annotations of an article on a new version. */
export const anchorCounts = z.object({
  exact: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  review: z.number().int(),
  orphaned: z.number().int(),
});
export type AnchorCounts = z.infer<typeof anchorCounts>;

/** Two versions compared: the text as same/added/removed passages, and the annotations the changes touch. */
export const versionDiff = z.object({
  from: z.number().int(),
  to: z.number().int().nullable(),
  passages: z.array(z.object({ change: z.enum(['same', 'added', 'removed']), text: z.string() })),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
  touched: z.array(
    z.object({
      id: entityId,
      kind: z.enum(['quote', 'source', 'claim']),
      exact: z.string(),
      label: z.string(),
      anchorStatus: z.enum(['anchored', 'review', 'orphaned']),
    }),
  ),
});
export type VersionDiff = z.infer<typeof versionDiff>;

/** One checked change to the workspace's verdict scale. */
export const verdictScaleEdit = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('rename'), id: verdictDefinition.shape.id, label: verdictDefinition.shape.label }),
  z.strictObject({ op: z.literal('recolor'), id: verdictDefinition.shape.id, color: verdictDefinition.shape.color }),
  z.strictObject({ op: z.literal('rerate'), id: verdictDefinition.shape.id, rating: verdictDefinition.shape.rating }),
  z.strictObject({ op: z.literal('move'), id: verdictDefinition.shape.id, toIndex: z.number().int().nonnegative() }),
  z.strictObject({
    op: z.literal('add'),
    label: verdictDefinition.shape.label,
    color: verdictDefinition.shape.color,
    rating: verdictDefinition.shape.rating,
  }),
  z.strictObject({ op: z.literal('remove'), id: verdictDefinition.shape.id }),
  z.strictObject({ op: z.literal('switch'), preset: z.enum(['default', 'politifact']) }),
  z.strictObject({ op: z.literal('range'), best: z.number().finite(), worst: z.number().finite() }),
]);
export type VerdictScaleEdit = z.infer<typeof verdictScaleEdit>;

const exportedFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), notes: z.array(z.string()) });

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const apiContract = {
  'documents.list': method(z.strictObject({}), z.array(documentSummary)),
  'documents.get': method(byId, pressmarkDocument),
  'documents.create': method(documentCreateInput, pressmarkDocument),
  'documents.update': method(documentUpdateInput, documentMeta),
  'documents.delete': method(byId, byId),
  'documents.restore': method(byId, documentSummary),
  'documents.import': method(
    z.strictObject({ file: fileData, annotations: fileData.optional() }),
    z.object({ document: documentSummary, annotationCount: z.number().int(), ignored: z.array(ignoredAnnotation) }),
  ),
  'documents.revise': method(
    z
      .strictObject({
        id: entityId,
        content: pmNodeJson.optional(),
        file: fileData.optional(),
        label: z.string().trim().max(200).optional(),
      })
      .refine((input) => (input.content === undefined) !== (input.file === undefined), {
        message: 'Give the new version as content or as a file, not both.',
      }),
    z.object({ version: documentVersion, counts: anchorCounts }),
  ),
  'documents.versions': method(byId, z.array(documentVersion)),
  'documents.diff': method(
    z.strictObject({ id: entityId, from: z.number().int().min(1), to: z.number().int().min(1).nullable() }),
    versionDiff,
  ),
  'documents.export': method(
    z.strictObject({
      id: entityId,
      format: z.enum(EXPORT_FORMAT_NAMES, { message: `Export formats are: ${EXPORT_FORMAT_NAMES.join(', ')}.` }),
    }),
    exportedFile,
  ),
  'annotations.list': method(z.strictObject({ documentId: entityId }), z.array(annotation)),
  'annotations.get': method(byId, annotation),
  'annotations.create': method(annotationCreateInput, annotation),
  'annotations.createMany': method(
    z.strictObject({
      documentId: entityId,
      annotations: z
        .array(annotationCreateItem)
        .min(1, 'Give at least one annotation.')
        .max(LIMITS.annotationsPerDocument, `An article holds at most ${LIMITS.annotationsPerDocument.toLocaleString('en')} annotations.`),
    }),
    z.array(annotation),
  ),
  'annotations.update': method(
    z.strictObject({
      id: entityId,
      changes: annotationChanges,
      /** The fact-check session the change is made in, if any: recorded in the history; refused if the session is closed. */
      sessionId: entityId.optional(),
    }),
    annotation,
  ),
  'annotations.delete': method(byId, byId),
  'annotations.restore': method(z.strictObject({ id: entityId, start: offset.optional(), end: offset.optional() }), annotation),
  'annotations.reattach': method(z.strictObject({ id: entityId, start: offset, end: offset }), annotation),
  'annotations.acceptAnchor': method(byId, annotation),
  'annotations.import': method(
    z.strictObject({ documentId: entityId, file: fileData }),
    z.object({ imported: z.number().int(), ignored: z.array(ignoredAnnotation) }),
  ),
  'settings.get': method(z.strictObject({}), settings),
  'settings.update': method(z.strictObject({ changes: settingsChanges }), settings),
  'settings.editVerdictScale': method(z.strictObject({ edit: verdictScaleEdit }), settings),
  'annotations.history': method(z.strictObject({ annotationId: entityId }), z.array(claimHistoryEntry)),
  'sessions.list': method(z.strictObject({ documentId: entityId }), z.array(factCheckSession)),
  'sessions.start': method(z.strictObject({ documentId: entityId }), factCheckSession),
  'sessions.update': method(
    z.strictObject({
      id: entityId,
      changes: z
        .strictObject({
          notes: factCheckSession.shape.notes,
          publishedUrl: factCheckSession.shape.publishedUrl,
          checker: factCheckSession.shape.checker,
        })
        .partial(),
    }),
    factCheckSession,
  ),
  'sessions.setState': method(z.strictObject({ id: entityId, state: z.enum(SESSION_STATES) }), factCheckSession),
  'sessions.export': method(z.strictObject({ id: entityId, format: z.enum(['html', 'md']) }), exportedFile),
  'suggestions.rejected': method(z.strictObject({ documentId: entityId }), z.array(storedSuggestionRejection)),
  'suggestions.reject': method(
    z.strictObject({ documentId: entityId, rejections: z.array(suggestionRejection).min(1).max(LIMITS.annotationsPerDocument) }),
    z.object({ rejected: z.number().int() }),
  ),
  'suggestions.unreject': method(
    z.strictObject({ documentId: entityId, rejections: z.array(suggestionRejection).min(1).max(LIMITS.annotationsPerDocument) }),
    z.object({ restored: z.number().int() }),
  ),
  'backups.list': method(z.strictObject({}), z.array(backupInfo)),
  'backups.create': method(z.strictObject({}), backupInfo),
  'backups.restore': method(z.strictObject({ fileName: backupFileNameInput }), restoreResult),
  'app.notices': method(z.strictObject({}), z.array(startupNotice)),
} as const satisfies Record<ApiMethodName, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** Every method, in the order methods.ts lists them (the same set as apiContract's keys; checked below). */
export const API_METHODS: readonly ApiMethod[] = API_METHOD_NAMES;
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodListsAgree: Exactly<ApiMethod, ApiMethodName> = true;
void methodListsAgree;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}

/** What the preload puts on window: one function per contract method, answering with a result envelope. */
export type PressmarkBridge = {
  [M in ApiMethod]: (input: unknown) => Promise<ApiResult<ApiOutput<M>>>;
};

/** What each method does, in words, for error messages ("Could not update the annotation: …"). */
export const METHOD_PURPOSES: Record<ApiMethod, string> = {
  'documents.list': 'list the documents',
  'documents.get': 'open the document',
  'documents.create': 'create the document',
  'documents.update': 'save the document',
  'documents.delete': 'delete the document',
  'documents.restore': 'restore the document',
  'documents.import': 'import the file',
  'documents.export': 'export the document',
  'documents.revise': 'update the article',
  'documents.versions': 'list the versions',
  'documents.diff': 'compare the versions',
  'annotations.list': 'list the annotations',
  'annotations.get': 'read the annotation',
  'annotations.create': 'create the annotation',
  'annotations.createMany': 'create the annotations',
  'annotations.update': 'update the annotation',
  'annotations.delete': 'delete the annotation',
  'annotations.restore': 'restore the annotation',
  'annotations.import': 'import the annotations',
  'annotations.reattach': 're-attach the annotation',
  'annotations.acceptAnchor': 'accept the annotation’s new place',
  'settings.get': 'read the settings',
  'settings.update': 'save the settings',
  'settings.editVerdictScale': 'change the verdict scale',
  'annotations.history': 'read the claim’s history',
  'sessions.list': 'list the fact-check sessions',
  'sessions.start': 'start the fact-check session',
  'sessions.update': 'save the session',
  'sessions.setState': 'change the session',
  'sessions.export': 'export the session report',
  'suggestions.rejected': 'read the rejected suggestions',
  'suggestions.reject': 'reject the suggestion',
  'suggestions.unreject': 'bring back the suggestion',
  'backups.list': 'list the backups',
  'backups.create': 'make a backup',
  'backups.restore': 'restore the backup',
  'app.notices': 'read the start-up notices',
};
