/**
 * What a saved web page says about itself in its markup: its canonical address, title, author,
 * publication date and language. Read before Readability runs (Readability changes the document)
 * and used where Readability finds nothing.
 */
import { isHttpUrl } from '../../shared/text/safeUrl';
import { LIMITS } from '../../shared/domain/limits';

export interface PageMetadata {
  sourceUrl: string | null;
  title: string | null;
  byline: string | null;
  /** As the page writes it; normalisePublishedAt makes it storable. */
  publishedAt: string | null;
  language: string | null;
}

const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'date',
  'pubdate',
  'publishdate',
];

export function readPageMetadata(document: Document): PageMetadata {
  const metas = metaValues(document);
  const first = (keys: string[]) => keys.map((key) => metas.get(key)).find((value) => value) ?? null;
  return {
    sourceUrl: webAddress(canonicalHref(document)) ?? webAddress(metas.get('og:url')),
    title: document.getElementsByTagName('title')[0]?.textContent ?? null,
    byline: first(AUTHOR_KEYS),
    publishedAt: first(PUBLISHED_KEYS) ?? timeElementDate(document),
    language: document.documentElement?.getAttribute('lang') || metas.get('content-language') || null,
  };
}

/** <meta name|property|itemprop|http-equiv=KEY content=VALUE>, keys lower-cased; the first of each key wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  // getElementsByTagName rather than selectors: a big page has tens of thousands of elements to match.
  for (const meta of document.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function canonicalHref(document: Document): string | null {
  for (const link of document.getElementsByTagName('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical') && link.hasAttribute('href')) return link.getAttribute('href');
  }
  return null;
}

/** Only absolute http(s) addresses of a length we store. */
function webAddress(value: string | null | undefined): string | null {
  const url = value?.trim();
  return url && url.length <= LIMITS.urlChars && isHttpUrl(url) ? url : null;
}

/** The first <time datetime> inside the article, else anywhere on the page. */
function timeElementDate(document: Document): string | null {
  const times = [...document.getElementsByTagName('time')].filter((time) => time.getAttribute('datetime')?.trim());
  const time = times.find((candidate) => candidate.closest('article')) ?? times[0];
  return time?.getAttribute('datetime')?.trim() || null;
}
