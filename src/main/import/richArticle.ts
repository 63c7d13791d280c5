/**
 * What an import produces: the article's title and content, plus whatever metadata the file
 * carried (a web page's byline, canonical address, publication date and language).
 * Shared by every importer in this folder; the checks and limits are applied in one place,
 * importArticleFile.
 */
import type { PmNodeJson } from '../../shared/domain/document';

export interface RichImportedArticle {
  title: string;
  content: PmNodeJson;
  byline?: string;
  sourceUrl?: string;
  /** YYYY-MM-DD or an ISO date-time, as the `publishedDate` schema accepts; absent when unknown. */
  publishedAt?: string | null;
  language?: string;
}

/** "~/Downloads/Council budget.final.html" → "Council budget.final": the title of last resort. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '').trim() || 'Untitled';
}
