/**
 * The one entry point for importing a file as an article, on the main side: picks the importer by
 * extension (.txt and .md through the shared articleFromFile, web pages through fromHtmlPage, Word
 * files through fromDocx), then applies the same limits and checks to every result. Callers only
 * ever see ImportError, whose message names the file and says what to do.
 */
import { articleFromFile, ImportError } from '../../shared/import/articleFromFile';
import {
  ARTICLE_EXTENSIONS,
  extensionOf,
  HTML_EXTENSIONS,
  MARKDOWN_EXTENSIONS,
  MAX_IMPORT_BYTES,
  TEXT_EXTENSIONS,
  tooLargeMessage,
  WORD_EXTENSIONS,
} from '../../shared/import/fileTypes';
import { DocumentContentError, parseDocJson } from '../../shared/editor/docJson';
import { TextIndex } from '../../shared/text/textIndex';
import { LIMITS } from '../../shared/domain/limits';
import type { PmNodeJson } from '../../shared/domain/document';
import { articleFromDocx } from './fromDocx';
import { articleFromHtmlPage } from './fromHtmlPage';
import { cleanMetadataText, normaliseLanguage } from './metadataText';
import { normalisePublishedAt } from './publishedAt';
import { isHttpUrl } from '../../shared/text/safeUrl';
import { titleFromFileName, type RichImportedArticle } from './richArticle';
import { shortReason } from './errorReason';

export type { RichImportedArticle } from './richArticle';

export const IMPORTABLE_EXTENSIONS = ARTICLE_EXTENSIONS;

/**
 * Async because reading .docx files is (mammoth); text, Markdown and HTML are converted
 * synchronously inside, blocking the caller's thread for as long as that takes (two to three
 * seconds for a 1 MB web page). Rejects only with ImportError.
 */
export async function importArticleFile(fileName: string, bytes: Uint8Array): Promise<RichImportedArticle> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(fileName, bytes.length));
  const extension = extensionOf(fileName);
  try {
    if ([...TEXT_EXTENSIONS, ...MARKDOWN_EXTENSIONS].includes(extension)) return finish(fileName, articleFromFile(fileName, bytes));
    if (HTML_EXTENSIONS.includes(extension)) return finish(fileName, articleFromHtmlPage(fileName, bytes));
    if (WORD_EXTENSIONS.includes(extension)) return finish(fileName, await articleFromDocx(fileName, bytes));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`"${fileName}" could not be imported (${shortReason(error)}).`);
  }
  throw new ImportError(
    `"${fileName}" is not a file Pressmark can import: choose a text (.txt), Markdown (.md), web page (.html, .htm) or Word (.docx) file.`,
  );
}

/** Every import's result, checked against the schema and the document limits, metadata tidied. */
function finish(fileName: string, article: RichImportedArticle): RichImportedArticle {
  let doc;
  try {
    doc = parseDocJson(article.content);
  } catch (error) {
    if (error instanceof DocumentContentError) throw new ImportError(`"${fileName}" could not be imported (${shortReason(error)}).`);
    throw error;
  }
  const text = TextIndex.fromDoc(doc).text;
  if (text.trim() === '') throw new ImportError(`"${fileName}" contains no article text.`);
  if (text.length > LIMITS.documentChars) {
    throw new ImportError(
      `"${fileName}" is too long to import: ${text.length.toLocaleString('en')} characters, and Pressmark holds at most ${LIMITS.documentChars.toLocaleString('en')}.`,
    );
  }
  const content = doc.toJSON() as PmNodeJson;
  if (JSON.stringify(content).length > LIMITS.documentJsonChars) {
    throw new ImportError(
      `"${fileName}" is too large to import (its formatted content is over ${LIMITS.documentJsonChars.toLocaleString('en')} characters).`,
    );
  }

  const byline = cleanMetadataText(article.byline, LIMITS.bylineChars);
  const sourceUrl = article.sourceUrl?.trim();
  const publishedAt = normalisePublishedAt(article.publishedAt);
  const language = normaliseLanguage(article.language, LIMITS.languageChars);
  return {
    title: cleanMetadataText(article.title, LIMITS.titleChars) || titleFromFileName(fileName),
    content,
    ...(byline ? { byline } : {}),
    ...(sourceUrl && sourceUrl.length <= LIMITS.urlChars && isHttpUrl(sourceUrl) ? { sourceUrl } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(language ? { language } : {}),
  };
}
