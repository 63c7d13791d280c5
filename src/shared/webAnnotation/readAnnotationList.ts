/**
 * Where a file's annotations are: an AnnotationCollection with its first page embedded, an
 * AnnotationPage, a plain list, or a single annotation. Reads only the top levels (so it is safe
 * before the shape guard has walked the file) and notes pages that are only linked.
 */
import { isAbsoluteIri } from './iri';
import { isJsonObject, own, single, stringsOf } from './jsonValue';
import { contextIncludesAnno } from './validateWebAnnotation';
import { WebAnnotationError, clip } from './webAnnotationError';

export interface AnnotationList {
  items: readonly unknown[];
  /** The page or collection names the model's context, so its annotations need not repeat it. */
  contextFromContainer: boolean;
  notices: string[];
}

const NOT_ANNOTATIONS =
  'The file does not hold Web Annotations: expected an annotation, a list of annotations, an AnnotationPage or an AnnotationCollection.';

export function readAnnotationList(root: unknown): AnnotationList {
  if (Array.isArray(root)) return { items: root, contextFromContainer: false, notices: [] };
  if (!isJsonObject(root)) throw new WebAnnotationError(NOT_ANNOTATIONS);
  const types = stringsOf(own(root, 'type'));
  const rootContext = contextIncludesAnno(own(root, '@context'));
  if (types.includes('AnnotationCollection')) return readCollection(root, rootContext);
  if (types.includes('AnnotationPage')) return readPage(root, rootContext, 'The page');
  return { items: [root], contextFromContainer: false, notices: [] };
}

function readCollection(collection: Record<string, unknown>, rootContext: boolean): AnnotationList {
  const first = single(own(collection, 'first'));
  if (first === undefined) return { items: [], contextFromContainer: rootContext, notices: [] };
  if (typeof first === 'string') {
    const link = isAbsoluteIri(first) ? ` (${clip(first, 200)})` : '';
    return {
      items: [],
      contextFromContainer: rootContext,
      notices: [
        `The collection's annotations are not in this file: its first page is only linked${link}. Export it with the annotations included.`,
      ],
    };
  }
  if (!isJsonObject(first))
    throw new WebAnnotationError('The collection\'s "first" must be its first page of annotations or that page\'s web address.');
  return readPage(first, rootContext || contextIncludesAnno(own(first, '@context')), "The collection's first page");
}

function readPage(page: Record<string, unknown>, context: boolean, name: string): AnnotationList {
  const items = own(page, 'items');
  if (!Array.isArray(items)) throw new WebAnnotationError(`${name} has no "items" list of annotations.`);
  const next = single(own(page, 'next'));
  const notices =
    typeof next === 'string'
      ? [
          `Only the first page of annotations is in this file; the next page${isAbsoluteIri(next) ? ` (${clip(next, 200)})` : ''} is only linked and was not read.`,
        ]
      : [];
  return { items, contextFromContainer: context, notices };
}
