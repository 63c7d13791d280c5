/**
 * HTML into an article document: jsdom builds an inert DOM (htmlDocument), cleanHtmlDom removes
 * everything that is not visible article text and makes links absolute and safe, ProseMirror's
 * DOMParser keeps what the article schema holds (its parse rules drop unsafe links a second time)
 * and tidyDoc makes the result valid and compact. Whitespace collapses as in a browser.
 */
import { DOMParser, type Node } from 'prosemirror-model';
import { articleSchema } from '../../shared/editor/schema';
import { cleanHtmlDom } from './cleanHtmlDom';
import { documentBaseUrl, parseHtmlDocument } from './htmlDocument';
import { tidyDoc } from './tidyDoc';

const parser = DOMParser.fromSchema(articleSchema);

/**
 * Parses a page or a fragment. Relative links resolve against the page's <base href> or
 * `baseUrl`, and are dropped if neither is a web address. Throws HtmlNestingError for markup
 * nested more than 512 levels deep.
 */
export function htmlToDoc(html: string, baseUrl?: string): Node {
  const document = parseHtmlDocument(html);
  const root = document.body ?? document.documentElement;
  return root ? elementToDoc(root, documentBaseUrl(document, baseUrl)) : tidyDoc(articleSchema.node('doc', null, []));
}

/** The content of an element already in a DOM (Readability's pick of a page), as an article document. Mutates the element. */
export function elementToDoc(root: Element, baseUrl: string | null): Node {
  cleanHtmlDom(root, baseUrl);
  return tidyDoc(parser.parse(root));
}
