/**
 * Annotations: a span of an article's plain text tagged as a quote, a source or a claim.
 *
 * Every annotation keeps its offsets (start/end in the plain text) and a W3C-style quote
 * (exact words with 32 characters of prefix and suffix), so it can be found again if the
 * offsets stop fitting. The kind decides the extra fields.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { entityId, isoTimestamp, offset } from './common';
import { isHttpUrl } from '../text/safeUrl';

export const ANNOTATION_KINDS = ['quote', 'source', 'claim'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const SOURCE_TYPES = ['person', 'organisation', 'document', 'media', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const CLAIM_STATUSES = ['to_check', 'in_progress', 'checked'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Where an annotation stands with its words: on them, placed by Pressmark but to be checked, or lost. */
export const ANCHOR_STATUSES = ['anchored', 'review', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATUSES)[number];

/** What last placed an annotation on its words. */
export const ANCHOR_METHODS = ['selection', 'diff', 'quote', 'fuzzy', 'import', 'manual'] as const;
export type AnchorPlacement = (typeof ANCHOR_METHODS)[number];

export const ANCHOR_METHOD_LABELS: Record<AnchorPlacement, string> = {
  selection: 'tagged by hand',
  diff: 'followed the text through the update',
  quote: 'found by its exact words',
  fuzzy: 'found by similar words',
  import: 'imported',
  manual: 're-attached by hand',
};

export const KIND_LABELS: Record<AnnotationKind, string> = { quote: 'Quote', source: 'Source', claim: 'Claim' };
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  document: 'Document',
  media: 'Media',
  other: 'Other',
};
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  to_check: 'To check',
  in_progress: 'In progress',
  checked: 'Verdict given',
};

const text = (max: number, what: string) => z.string().max(max, `${what} is at most ${max} characters.`);

const evidenceDate = z
  .union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Accessed dates are written like 2020-01-06.')])
  .default('');

/** One piece of evidence for a claim: a web source, who published it, when it was read, what it says. */
export const evidenceLink = z.strictObject({
  url: z
    .string()
    .max(LIMITS.urlChars, `Evidence URLs are at most ${LIMITS.urlChars} characters.`)
    .refine(isHttpUrl, { message: 'Evidence links must be web addresses starting with http:// or https://.' }),
  title: text(LIMITS.evidenceTitleChars, 'An evidence title'),
  publisher: text(LIMITS.nameChars, 'A publisher name').default(''),
  accessedAt: evidenceDate,
  excerpt: text(LIMITS.noteChars, 'An evidence excerpt').default(''),
  note: text(LIMITS.noteChars, 'An evidence note'),
});
export type EvidenceLink = z.infer<typeof evidenceLink>;
/** Evidence as callers may write it: publisher, accessed date and excerpt may be left out. */
export type EvidenceLinkInput = z.input<typeof evidenceLink>;

const optionalDay = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written like 2020-01-06.')]);

/** Fields every kind may set, and their schemas. */
export const commonFields = {
  note: text(LIMITS.noteChars, 'A note'),
  author: text(LIMITS.authorChars, 'An author name'),
};

/** Fields only one kind (or two) may carry. */
export const kindFields = {
  speaker: text(LIMITS.nameChars, 'A speaker name'),
  sourceName: text(LIMITS.nameChars, 'A source name'),
  sourceType: z.enum(SOURCE_TYPES, { message: `Source type must be one of: ${SOURCE_TYPES.join(', ')}.` }),
  status: z.enum(CLAIM_STATUSES, { message: `Claim status must be one of: ${CLAIM_STATUSES.join(', ')}.` }),
  verdict: text(LIMITS.verdictChars, 'A verdict'),
  evidence: z.array(evidenceLink).max(LIMITS.evidencePerClaim, `A claim holds at most ${LIMITS.evidencePerClaim} evidence links.`),
  attributedTo: entityId.nullable(),
  /** The rating explanation: why the claim got its verdict. */
  conclusion: text(LIMITS.noteChars, 'A conclusion'),
  /** Who made the claim, when that is not (or not only) a source tagged in the article. */
  claimantName: text(LIMITS.nameChars, 'A claimant name'),
  /** Who checked the claim. */
  checker: text(LIMITS.nameChars, 'A checker name'),
  replyContactedAt: optionalDay,
  replyResponse: text(LIMITS.noteChars, 'A response'),
  replyRespondedAt: optionalDay,
};

/** Which kind-specific fields each kind has. The store and the UI both read this. */
export const FIELDS_BY_KIND = {
  quote: ['speaker', 'attributedTo'],
  source: ['sourceName', 'sourceType'],
  claim: [
    'status',
    'verdict',
    'evidence',
    'attributedTo',
    'conclusion',
    'claimantName',
    'checker',
    'replyContactedAt',
    'replyResponse',
    'replyRespondedAt',
  ],
} as const satisfies Record<AnnotationKind, ReadonlyArray<keyof typeof kindFields>>;

const base = {
  id: entityId,
  documentId: entityId,
  start: offset,
  end: offset,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  ...commonFields,
  anchorStatus: z.enum(ANCHOR_STATUSES),
  anchorConfidence: z.number().min(0).max(1),
  anchorMethod: z.enum(ANCHOR_METHODS),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
};

export const quoteAnnotation = z.object({
  ...base,
  kind: z.literal('quote'),
  speaker: kindFields.speaker,
  attributedTo: kindFields.attributedTo,
});
export const sourceAnnotation = z.object({
  ...base,
  kind: z.literal('source'),
  sourceName: kindFields.sourceName,
  sourceType: kindFields.sourceType,
});
export const claimAnnotation = z.object({
  ...base,
  kind: z.literal('claim'),
  status: kindFields.status,
  verdict: kindFields.verdict,
  evidence: kindFields.evidence,
  attributedTo: kindFields.attributedTo,
  conclusion: kindFields.conclusion,
  claimantName: kindFields.claimantName,
  checker: kindFields.checker,
  replyContactedAt: kindFields.replyContactedAt,
  replyResponse: kindFields.replyResponse,
  replyRespondedAt: kindFields.replyRespondedAt,
});

export const annotation = z.discriminatedUnion('kind', [quoteAnnotation, sourceAnnotation, claimAnnotation]);
export type Annotation = z.infer<typeof annotation>;
export type QuoteAnnotation = z.infer<typeof quoteAnnotation>;
export type SourceAnnotation = z.infer<typeof sourceAnnotation>;
export type ClaimAnnotation = z.infer<typeof claimAnnotation>;

/** Every field an update may change; which of them apply depends on the annotation's kind. */
export const annotationChanges = z
  .strictObject({
    start: offset,
    end: offset,
    ...commonFields,
    ...kindFields,
  })
  .partial();
export type AnnotationChanges = z.infer<typeof annotationChanges>;

export type KindField = keyof typeof kindFields;

/** The display name of an annotation: who is quoted, who is the source, or what is claimed. */
export function annotationLabel(a: Annotation): string {
  switch (a.kind) {
    case 'quote':
      return a.speaker || 'Unattributed quote';
    case 'source':
      return a.sourceName || a.exact;
    case 'claim':
      return a.verdict || CLAIM_STATUS_LABELS[a.status];
  }
}

/** Document order: by start, then longer spans first so an enclosing annotation precedes what it contains. */
export function compareAnnotations(a: Pick<Annotation, 'start' | 'end' | 'id'>, b: Pick<Annotation, 'start' | 'end' | 'id'>): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
