/**
 * IRIs and URIs as the Web Annotation model needs them: absolute IRIs (RFC 3987) for ids and
 * links read from files, plain-ASCII URIs (RFC 3986) for what Pressmark writes, and the
 * urn:uuid: form (RFC 4122) that carries Pressmark's own ids.
 */

const UCSCHAR =
  '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}' +
  '\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}' +
  '\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}';
const IPRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';

/** The RFC 3986 grammar for an absolute reference; with `international`, RFC 3987's wider characters. */
function absoluteReferencePattern(international: boolean): RegExp {
  const unreserved = `A-Za-z0-9\\-._~${international ? UCSCHAR : ''}`;
  const subDelims = "!$&'()*+,;=";
  const pct = '%[0-9A-Fa-f]{2}';
  const pchar = `(?:[${unreserved}${subDelims}:@]|${pct})`;
  const segment = `${pchar}*`;
  const segmentNz = `${pchar}+`;
  const userinfo = `(?:[${unreserved}${subDelims}:]|${pct})*`;
  const ipLiteral = `\\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~${subDelims}:]+)\\]`;
  const regName = `(?:[${unreserved}${subDelims}]|${pct})*`;
  const authority = `(?:${userinfo}@)?(?:${ipLiteral}|${regName})(?::[0-9]*)?`;
  const hierPart = `(?://${authority}(?:/${segment})*|/(?:${segmentNz}(?:/${segment})*)?|${segmentNz}(?:/${segment})*|)`;
  const query = `(?:${pchar}|[/?${international ? IPRIVATE : ''}])*`;
  const fragment = `(?:${pchar}|[/?])*`;
  return new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:${hierPart}(?:\\?${query})?(?:#${fragment})?$`, 'u');
}

const ABSOLUTE_IRI = absoluteReferencePattern(true);
const ABSOLUTE_URI = absoluteReferencePattern(false);
const MAX_IRI_CHARS = 8192;

/** True for an absolute IRI: a scheme, then only characters an IRI may hold (no spaces). */
export function isAbsoluteIri(value: string): boolean {
  return value.length <= MAX_IRI_CHARS && ABSOLUTE_IRI.test(value);
}

/** True for an absolute URI in plain ASCII, what JSON Schema's "uri" format accepts. */
export function isAbsoluteUri(value: string): boolean {
  return value.length <= MAX_IRI_CHARS && ABSOLUTE_URI.test(value);
}

/**
 * A web address as a URI to write out: unchanged if it already is one, else as the URL parser
 * encodes it (non-ASCII paths percent-encoded, hosts in punycode); null if it is not an http(s) URL.
 */
export function httpUri(raw: string): string | null {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  if (isAbsoluteUri(trimmed)) return trimmed;
  return isAbsoluteUri(url.href) ? url.href : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidUrn(uuid: string): string {
  return `urn:uuid:${uuid}`;
}

/** The UUID of a urn:uuid: IRI, lower-cased; null for any other IRI. */
export function uuidFromUrn(iri: string): string | null {
  const match = /^urn:uuid:(.+)$/i.exec(iri);
  const uuid = match?.[1];
  return uuid !== undefined && UUID.test(uuid) ? uuid.toLowerCase() : null;
}
