/**
 * Documents: an article's metadata and its content, as ProseMirror JSON plus its plain text.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { entityId, isoTimestamp } from './common';

/** ProseMirror node JSON, structurally. Whether it fits our schema is checked by parseDocJson. */
export interface PmNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNodeJson[];
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  text?: string;
}

const pmMarkJson = z.strictObject({
  type: z.string().max(50),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const pmNodeJson: z.ZodType<PmNodeJson> = z.lazy(() =>
  z.strictObject({
    type: z.string().max(50),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(pmNodeJson).optional(),
    marks: z.array(pmMarkJson).max(20).optional(),
    text: z.string().optional(),
  }),
);

export const publishedDate = z
  .string()
  .max(40)
  .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'Published date must be a date like 2020-01-06 or 2020-01-06T10:30:00Z.',
  });

export const documentMetadataFields = {
  title: z
    .string()
    .trim()
    .min(1, 'A document needs a title.')
    .max(LIMITS.titleChars, `Titles are at most ${LIMITS.titleChars} characters.`),
  byline: z.string().max(LIMITS.bylineChars, `Bylines are at most ${LIMITS.bylineChars} characters.`),
  sourceUrl: z.string().max(LIMITS.urlChars, `Source URLs are at most ${LIMITS.urlChars} characters.`),
  publishedAt: publishedDate.nullable(),
  language: z.string().max(LIMITS.languageChars),
};

export const documentMeta = z.object({
  id: entityId,
  ...documentMetadataFields,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type DocumentMeta = z.infer<typeof documentMeta>;

export const documentSummary = documentMeta.extend({
  annotationCount: z.number().int().nonnegative(),
  charCount: z.number().int().nonnegative(),
});
export type DocumentSummary = z.infer<typeof documentSummary>;

export const pressmarkDocument = documentMeta.extend({
  content: pmNodeJson,
  plainText: z.string(),
});
export type PressmarkDocument = z.infer<typeof pressmarkDocument>;
