/**
 * URL checks shared by the schema, the card editor and the exports.
 * Only web and mail links are ever followed or written out.
 */

const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Returns the href if it is a link we are willing to follow, else null. */
export function safeLinkHref(raw: string): string | null {
  const href = raw.trim();
  if (href === '' || href.length > 4096) return null;
  const url = parseAbsoluteUrl(href);
  if (!url || !ALLOWED_LINK_PROTOCOLS.has(url.protocol)) return null;
  return href;
}

/** True for an absolute http(s) URL with a host: what evidence links must be. */
export function isHttpUrl(raw: string): boolean {
  const url = parseAbsoluteUrl(raw.trim());
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

function parseAbsoluteUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
