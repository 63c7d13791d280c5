/**
 * HTML text into an inert DOM document, with jsdom.
 *
 * Documents come from jsdom's DOMParser on one shared, default-configured JSDOM window: like a
 * browser's DOMParser they have scripting disabled and no browsing context, so no script runs, no
 * resource (image, stylesheet, frame) is fetched, no <iframe> gets a window of its own (in a live
 * jsdom document each one does, which makes a page of a few thousand iframes take minutes) and
 * <meta http-equiv=refresh> goes nowhere. Markup nested absurdly deep is refused before parsing
 * (htmlNesting) and whatever still nests too deep afterwards is flattened (flattenDeepElements).
 */
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { checkHtmlNesting } from './htmlNesting';
import { flattenDeepElements } from './flattenDeepElements';
import { isHttpUrl } from '../../shared/text/safeUrl';

/** Deeper than this, elements are flattened into paragraphs of text before anything recursive walks them. */
const MAX_DOM_DEPTH = 256;

let parserWindow: DOMWindow | null = null;

/** Throws HtmlNestingError for markup nested more than MAX_HTML_NESTING levels deep. */
export function parseHtmlDocument(html: string): Document {
  checkHtmlNesting(html);
  // A silent console: hostile or broken CSS must not print to the app's log.
  parserWindow ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
  const document = new parserWindow.DOMParser().parseFromString(html, 'text/html');
  if (document.documentElement) flattenDeepElements(document.documentElement, MAX_DOM_DEPTH);
  return document;
}

/**
 * The address relative links in the document are relative to: its <base href> (resolved against
 * the page's own address), else the page's address; null if neither is a web address.
 */
export function documentBaseUrl(document: Document, pageUrl: string | null | undefined): string | null {
  const page = pageUrl && isHttpUrl(pageUrl) ? pageUrl : null;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      const base = new URL(baseHref.trim(), page ?? undefined).href;
      if (isHttpUrl(base)) return base;
    } catch {
      // Not a URL: use the page's address.
    }
  }
  return page;
}
