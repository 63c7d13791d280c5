/**
 * Everything an import does before it writes: parse the article file (jsdom, Readability, mammoth),
 * check and convert its content to what is stored (JSON and plain text), read the W3C Web Annotation
 * file if one is given and place each annotation in the article's text. Pure computation with no
 * database, so it runs in a background worker (src/main/workers/) or, where there is none, inline;
 * the main thread then only writes the result. Failures are ApiErrors with a message for the user.
 */
import { ApiError } from '../../shared/contract/errors';
import { anchorQuote, type AnchorOutcome } from '../../shared/anchoring/reanchor';
import { decodeText } from '../../shared/text/decodeText';
import { parseWebAnnotations, WebAnnotationError } from '../../shared/webAnnotation/parseWebAnnotations';
import type { ParseResult, ParsedWebAnnotation } from '../../shared/webAnnotation/webAnnotationTypes';
import { codePointRangeToUtf16 } from '../../shared/webAnnotation/textPosition';
import { ImportError } from '../../shared/import/articleFromFile';
import { prepareContent, type PreparedContent } from '../services/documentContent';
import { importArticleFile } from './importArticleFile';

export interface FileBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** An article ready to store: metadata, and content already checked, serialised and turned into plain text. */
export interface PreparedArticle {
  title: string;
  byline?: string;
  sourceUrl?: string;
  publishedAt?: string | null;
  language?: string;
  content: PreparedContent;
}

export interface PlacedAnnotation {
  annotation: ParsedWebAnnotation;
  outcome: AnchorOutcome;
}

export interface PreparedImport {
  article: PreparedArticle;
  annotations: PlacedAnnotation[];
  ignored: ParseResult['ignored'];
}

export async function prepareImport(input: { file: FileBytes; annotations?: FileBytes }): Promise<PreparedImport> {
  // The annotation file is read first: a broken one is reported before the article is parsed.
  const parsed = input.annotations ? readAnnotations(input.annotations) : { annotations: [], ignored: [] };
  const article = await prepareArticle(input.file);
  return { article, annotations: placeAnnotations(article.content.plainText, parsed.annotations), ignored: parsed.ignored };
}

/** An article file → checked, stored-form content (the plain text is always computed here, never taken from the file). */
export async function prepareArticle(file: FileBytes): Promise<PreparedArticle> {
  let article;
  try {
    article = await importArticleFile(file.fileName, file.bytes);
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('invalid_input', error.message);
    throw error;
  }
  const { content, ...meta } = article;
  return { ...meta, content: prepareContent(content) };
}

/** A W3C Web Annotation file, read and checked; its problems become `invalid_input` with the file's name. */
export function readAnnotations(file: FileBytes): ParseResult {
  try {
    return parseWebAnnotations(decodeText(file.bytes).text);
  } catch (error) {
    if (error instanceof WebAnnotationError) throw new ApiError('invalid_input', `"${file.fileName}": ${error.message}`);
    throw error;
  }
}

export function placeAnnotations(text: string, annotations: readonly ParsedWebAnnotation[]): PlacedAnnotation[] {
  return annotations.map((annotation) => ({ annotation, outcome: placeImported(text, annotation) }));
}

/**
 * Where an imported annotation goes: its position, if the words there are its words; else
 * wherever the shared anchoring finds its quote (exact, then fuzzy); else nowhere.
 */
function placeImported(text: string, annotation: ParsedWebAnnotation): AnchorOutcome {
  // TextPositionSelectors count code points; our offsets count UTF-16 units.
  const hint = annotation.position ? codePointRangeToUtf16(text, annotation.position) : null;
  if (hint && hint.end > hint.start && text.slice(hint.start, hint.end) === annotation.quote.exact) {
    return { status: 'exact', range: hint, confidence: 1, method: 'diff' };
  }
  return anchorQuote(text, annotation.quote, hint?.start);
}
