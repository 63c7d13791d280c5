/**
 * A saved web page (.html, .htm, .xhtml) into an article. Readability picks the article out of
 * the page's navigation, ads and footers and reads its metadata; where it finds nothing, the
 * whole <body> is used. Links resolve against the page's canonical address (<link rel=canonical>
 * or og:url), so a saved page's relative links still lead to the site.
 */
import { Readability } from '@mozilla/readability';
import type { Node as PmNode } from 'prosemirror-model';
import { ImportError } from '../../shared/import/articleFromFile';
import { LIMITS } from '../../shared/domain/limits';
import type { PmNodeJson } from '../../shared/domain/document';
import { decodeHtmlBytes, looksBinary } from './htmlBytes';
import { documentBaseUrl, parseHtmlDocument } from './htmlDocument';
import { HtmlNestingError, MAX_HTML_NESTING } from './htmlNesting';
import { elementToDoc } from './htmlToDoc';
import { dropRepeatedTitle } from './leadingTitle';
import { cleanMetadataText, normaliseLanguage } from './metadataText';
import { readPageMetadata } from './pageMetadata';
import { normalisePublishedAt } from './publishedAt';
import { titleFromFileName, type RichImportedArticle } from './richArticle';

/** Beyond this many elements Readability is too slow to wait for; the whole body is imported instead. */
const MAX_READABILITY_ELEMENTS = 100_000;

export function articleFromHtmlPage(fileName: string, bytes: Uint8Array): RichImportedArticle {
  if (bytes.length === 0) throw new ImportError(`"${fileName}" is empty.`);
  const html = decodeHtmlBytes(bytes);
  if (looksBinary(html)) throw new ImportError(`"${fileName}" does not look like a web page (it contains binary data).`);
  try {
    return articleFromHtml(fileName, html);
  } catch (error) {
    if (error instanceof HtmlNestingError) {
      throw new ImportError(`"${fileName}" cannot be imported: its elements are nested more than ${MAX_HTML_NESTING} levels deep.`);
    }
    throw error;
  }
}

function articleFromHtml(fileName: string, html: string): RichImportedArticle {
  const document = parseHtmlDocument(html);
  const metadata = readPageMetadata(document);
  const baseUrl = documentBaseUrl(document, metadata.sourceUrl);
  const readable = readArticle(document);

  let doc = readable?.content ? elementToDoc(readable.content, baseUrl) : null;
  if (!doc || !hasText(doc)) {
    // Readability changed the document while it looked; start again from the markup.
    const fresh = parseHtmlDocument(html);
    doc = fresh.body ? elementToDoc(fresh.body, baseUrl) : null;
  }
  if (!doc || !hasText(doc)) throw new ImportError(`"${fileName}" contains no article text.`);

  const title =
    cleanMetadataText(readable?.title, LIMITS.titleChars) ||
    cleanMetadataText(metadata.title, LIMITS.titleChars) ||
    titleFromFileName(fileName);
  // A byline is a name; sites often put a profile address in the author field instead.
  const byline = [readable?.byline, metadata.byline]
    .map((value) => cleanMetadataText(value, LIMITS.bylineChars))
    .find((value) => value && !/^https?:\/\//i.test(value));
  const publishedAt = normalisePublishedAt(readable?.publishedTime) ?? normalisePublishedAt(metadata.publishedAt);
  const language = normaliseLanguage(readable?.lang, LIMITS.languageChars) || normaliseLanguage(metadata.language, LIMITS.languageChars);
  return {
    title,
    content: dropRepeatedTitle(doc, title).toJSON() as PmNodeJson,
    ...(byline ? { byline } : {}),
    ...(metadata.sourceUrl ? { sourceUrl: metadata.sourceUrl } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(language ? { language } : {}),
  };
}

interface ReadableArticle {
  content: Element | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Readability's pick of the page, as a DOM element; null if it finds nothing or gives up. */
function readArticle(document: Document): ReadableArticle | null {
  let result;
  try {
    result = new Readability<Node>(document, {
      serializer: (node) => node,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
  } catch {
    return null; // too many elements, or a page Readability cannot cope with: the body will do
  }
  if (!result) return null;
  const content = result.content;
  return {
    content: content && content.nodeType === 1 ? (content as Element) : null,
    title: result.title ?? null,
    byline: result.byline ?? null,
    publishedTime: result.publishedTime ?? null,
    lang: result.lang ?? null,
  };
}

function hasText(doc: PmNode): boolean {
  return doc.textContent.trim() !== '';
}
