/**
 * Which files Pressmark takes in, by extension: articles, and annotation data for an open article.
 */
import { ANNOTATION_EXTENSIONS, extensionOf } from '../../shared/import/fileTypes';

export { ANNOTATION_EXTENSIONS, ARTICLE_EXTENSIONS, MAX_IMPORT_BYTES } from '../../shared/import/fileTypes';

export function isAnnotationFile(name: string): boolean {
  return ANNOTATION_EXTENSIONS.includes(extensionOf(name));
}
