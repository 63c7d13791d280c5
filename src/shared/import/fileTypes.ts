/**
 * Which files Pressmark imports, by extension, and how large they may be: one table for the
 * renderer's file pickers and drop zone, the importers, the contract and the command line.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_MEGABYTES = MAX_IMPORT_BYTES / 1024 / 1024;

export const TEXT_EXTENSIONS = ['.txt', '.text'];
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
export const WORD_EXTENSIONS = ['.docx'];
export const ARTICLE_EXTENSIONS = [...TEXT_EXTENSIONS, ...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS, ...WORD_EXTENSIONS];
/** W3C Web Annotation JSON-LD. */
export const ANNOTATION_EXTENSIONS = ['.jsonld', '.json'];

/** The lower-cased extension of a file name, with its dot ("" if none). */
export function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
}

/** "story.pdf is too large to import (51 MB; the limit is 50 MB)." */
export function tooLargeMessage(fileName: string, bytes: number): string {
  return `"${fileName}" is too large to import (${Math.ceil(bytes / 1024 / 1024)} MB; the limit is ${MAX_IMPORT_MEGABYTES} MB).`;
}
