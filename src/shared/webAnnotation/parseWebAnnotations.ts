/**
 * Reads a Web Annotation file (https://www.w3.org/TR/annotation-model/) into Pressmark's terms.
 *
 * In order: the text is parsed as JSON; the annotations are located (collection, page, list or
 * single annotation) and counted; the whole file passes the hostile-shape guard (depth, size,
 * prototype keys) before anything walks it; then each annotation is checked for over-long text,
 * checked against the model's MUSTs, and read. The first problem stops the import with a
 * WebAnnotationError naming the annotation and what is wrong. Valid annotations that do not quote
 * words in a text are listed in `ignored`, not refused.
 */
import { LIMITS } from '../domain/limits';
import { jsonShapeProblem, type JsonShapeLimits } from '../contract/jsonShape';
import { checkImportLimits } from './checkImportLimits';
import { isAbsoluteIri } from './iri';
import { isJsonObject, own } from './jsonValue';
import { overlongTextLength } from './longText';
import { readAnnotationList } from './readAnnotationList';
import { readParsedAnnotation } from './readParsedAnnotation';
import { webAnnotationProblem } from './validateWebAnnotation';
import { WebAnnotationError, clip, formatCount, type AnnotationLocation } from './webAnnotationError';
import type { ParseResult } from './webAnnotationTypes';

export { WebAnnotationError } from './webAnnotationError';

export const WEB_ANNOTATION_IMPORT_LIMITS = {
  /** Characters of JSON text: room for a full article's worth of annotations. */
  fileChars: 100_000_000,
  annotations: LIMITS.annotationsPerDocument,
  /** Any one string in an annotation: far above any note or quote Pressmark keeps, far below harm. */
  textChars: 1_000_000,
  /** A Pressmark annotation is some 50 JSON values; the default guard (2 million) would refuse a full export. */
  shape: { maxDepth: 100, maxNodes: 10_000_000 } satisfies JsonShapeLimits,
} as const;

/** A file's text (or its already-parsed JSON) → the annotations Pressmark can place, and those it cannot. */
export function parseWebAnnotations(raw: string | unknown): ParseResult {
  const root = typeof raw === 'string' ? parseJsonText(raw) : raw;
  const list = readAnnotationList(root);
  const limit = WEB_ANNOTATION_IMPORT_LIMITS.annotations;
  if (list.items.length > limit) {
    throw new WebAnnotationError(
      `The file holds ${formatCount(list.items.length)} annotations; Pressmark imports at most ${formatCount(limit)} at a time.`,
    );
  }
  guardShape(root, list.items);

  const result: ParseResult = { annotations: [], ignored: [] };
  list.items.forEach((item, index) => {
    if (typeof item === 'string' && isAbsoluteIri(item)) {
      result.ignored.push({ index, id: item, reason: 'it is only a link to an annotation elsewhere; its content is not in the file.' });
      return;
    }
    const location = locationOf(item, index);
    const longText = overlongTextLength(item, WEB_ANNOTATION_IMPORT_LIMITS.textChars);
    if (longText !== null) {
      throw new WebAnnotationError(
        `it holds a text of ${formatCount(longText)} characters; Pressmark reads texts of at most ${formatCount(WEB_ANNOTATION_IMPORT_LIMITS.textChars)}.`,
        location,
      );
    }
    const problem = webAnnotationProblem(item, { contextFromContainer: list.contextFromContainer });
    if (problem) throw new WebAnnotationError(problem.message, location, problem.where);
    const read = readParsedAnnotation(item as Record<string, unknown>);
    if ('ignored' in read) {
      result.ignored.push({ ...location, reason: read.ignored });
      return;
    }
    checkImportLimits(read.parsed, location);
    result.annotations.push(read.parsed);
  });
  if (list.notices.length > 0) result.notices = list.notices;
  return result;
}

function parseJsonText(text: string): unknown {
  const { fileChars } = WEB_ANNOTATION_IMPORT_LIMITS;
  if (text.length > fileChars) {
    throw new WebAnnotationError(
      `The file is too large to import (${formatCount(text.length)} characters; the limit is ${formatCount(fileChars)}).`,
    );
  }
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') throw new WebAnnotationError('The file is empty.');
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    if (error instanceof RangeError) throw new WebAnnotationError('The file is nested too deeply to read.');
    const reason = error instanceof Error ? error.message : String(error);
    throw new WebAnnotationError(`The file is not valid JSON: ${clip(reason, 200).replace(/\.?$/, '.')}`);
  }
}

/** The shape guard over the whole file; if it objects, names the annotation at fault when it can. */
function guardShape(root: unknown, items: readonly unknown[]): void {
  const { shape } = WEB_ANNOTATION_IMPORT_LIMITS;
  const problem = jsonShapeProblem(root, shape);
  if (problem === null) return;
  const message = problem.replace(/^The request/, 'The file');
  for (const [index, item] of items.entries()) {
    const itemProblem = jsonShapeProblem(item, shape);
    if (itemProblem !== null) throw new WebAnnotationError(itemProblem.replace(/^The request/, 'it'), locationOf(item, index));
  }
  throw new WebAnnotationError(message);
}

function locationOf(item: unknown, index: number): AnnotationLocation {
  const id = isJsonObject(item) ? own(item, 'id') : undefined;
  return typeof id === 'string' ? { index, id } : { index };
}
