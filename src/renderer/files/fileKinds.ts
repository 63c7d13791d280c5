/**
 * Which files Pressmark takes in, by extension: articles, and annotation data for an open article.
 */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx'];
export const ANNOTATION_EXTENSIONS = ['.jsonld', '.json'];
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function extensionOf(name: string): string {
  return /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
}

export function isAnnotationFile(name: string): boolean {
  return ANNOTATION_EXTENSIONS.includes(extensionOf(name));
}
