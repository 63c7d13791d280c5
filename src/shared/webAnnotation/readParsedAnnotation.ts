/**
 * A validated Web Annotation → Pressmark's terms (ParsedWebAnnotation), or the reason it cannot be
 * placed in a text. Reads Pressmark's own exports back exactly, and makes the best of others:
 *
 * - kind: a tagging body whose value is quote, source or claim (any case); else Pressmark data
 *   (a source name or source type → source, a speaker → quote, a claim status → claim);
 *   else 'claim', the kind that asks the journalist to check something.
 * - quote: the first TextQuoteSelector of the targets, directly in `selector` or inside `refinedBy`;
 *   position: a TextPositionSelector beside it (not one refining another selector, which counts
 *   from that selector's start rather than the text's).
 * - note: commenting bodies, bodies without a purpose and `bodyValue`, joined by blank lines.
 * - evidence: linking SpecificResources, and bodies that are links, when they are http(s) links.
 * Choice bodies contribute their first item (the model's default), other sets all their items.
 */
import { ANNOTATION_KINDS, CLAIM_STATUSES, SOURCE_TYPES, type AnnotationKind, type EvidenceLink } from '../domain/annotation';
import type { TextQuote, TextRange } from '../anchoring/textQuote';
import { isHttpUrl } from '../text/safeUrl';
import { uuidFromUrn } from './iri';
import { firstString, has, isJsonObject, own, single, stringsOf, valuesOf, type JsonObject } from './jsonValue';
import { ANCHORING_STATUSES, type ParsedWebAnnotation } from './webAnnotationTypes';

export type ReadAnnotation = { parsed: ParsedWebAnnotation } | { ignored: string };

interface TextAnchor {
  quote: TextQuote;
  position?: TextRange;
  targetSource?: string;
}

interface TextBody {
  value: string;
  purposes: string[];
  object: JsonObject;
}

export function readParsedAnnotation(annotation: JsonObject): ReadAnnotation {
  const anchor = findTextAnchor(own(annotation, 'target'));
  if (!anchor) return { ignored: 'it does not point at words in a text (it has no TextQuoteSelector), so Pressmark cannot place it.' };
  if (anchor.quote.exact === '') return { ignored: 'its quoted words (the TextQuoteSelector\'s "exact") are empty.' };

  const bodies = flattenBodies(own(annotation, 'body'));
  const texts = bodies.flatMap(textBodyOf);
  const identifying = texts.filter((t) => t.purposes.includes('identifying'));
  const speakerBody = identifying.find((t) => own(t.object, 'pressmark:role') === 'speaker');
  const sourceBody = identifying.find((t) => own(t.object, 'pressmark:role') === 'source');
  const kind = kindOf(annotation, texts, { speakerBody, sourceBody });
  const unnamed = identifying.find((t) => !has(t.object, 'pressmark:role'));
  const speaker = speakerBody?.value ?? (kind === 'quote' ? unnamed?.value : undefined);
  const sourceName = sourceBody?.value ?? (kind === 'source' ? unnamed?.value : undefined);
  const sourceType =
    oneOf(SOURCE_TYPES, sourceBody && own(sourceBody.object, 'pressmark:sourceType')) ??
    oneOf(SOURCE_TYPES, own(annotation, 'pressmark:sourceType'));
  const id = stringOf(annotation, 'id');
  const attributedTo = stringOf(annotation, 'pressmark:attributedTo');
  const parsed: ParsedWebAnnotation = {
    kind,
    quote: anchor.quote,
    note: noteOf(annotation, texts),
    evidence: bodies.flatMap(evidenceOf),
    ...definedOnly({
      sourceId: id,
      pressmarkId: id === undefined ? undefined : (uuidFromUrn(id) ?? undefined),
      position: anchor.position,
      targetSource: anchor.targetSource,
      speaker,
      sourceName,
      sourceType,
      verdict: texts.find((t) => t.purposes.includes('assessing'))?.value,
      status: oneOf(CLAIM_STATUSES, own(annotation, 'pressmark:claimStatus')),
      conclusion: stringOf(annotation, 'pressmark:conclusion'),
      claimantName: stringOf(annotation, 'pressmark:claimant'),
      checker: stringOf(annotation, 'pressmark:checker'),
      replyContactedAt: dayOf(annotation, 'pressmark:replyContactedAt'),
      replyResponse: stringOf(annotation, 'pressmark:replyResponse'),
      replyRespondedAt: dayOf(annotation, 'pressmark:replyRespondedAt'),
      attributedToId: attributedTo === undefined ? undefined : (uuidFromUrn(attributedTo) ?? undefined),
      attributedToName: stringOf(annotation, 'pressmark:attributedToName'),
      author: authorOf(own(annotation, 'creator')),
      created: stringOf(annotation, 'created'),
      modified: stringOf(annotation, 'modified'),
      pressmarkStatus: oneOf(ANCHORING_STATUSES, own(annotation, 'pressmark:status')),
    }),
  };
  return { parsed };
}

function kindOf(
  annotation: JsonObject,
  texts: TextBody[],
  found: { speakerBody: TextBody | undefined; sourceBody: TextBody | undefined },
): AnnotationKind {
  for (const text of texts) {
    if (!text.purposes.includes('tagging')) continue;
    const kind = oneOf(ANNOTATION_KINDS, text.value.trim().toLowerCase());
    if (kind) return kind;
  }
  if (found.sourceBody || has(annotation, 'pressmark:sourceType')) return 'source';
  if (found.speakerBody) return 'quote';
  return 'claim';
}

/** The first target that quotes words, with the position and source beside its quote. */
function findTextAnchor(targets: unknown): TextAnchor | null {
  for (const target of flattenResources(targets, false)) {
    if (!isJsonObject(target)) continue;
    const selectors = valuesOf(own(target, 'selector'));
    const quote = firstQuote(selectors);
    if (!quote) continue;
    const anchor: TextAnchor = { quote };
    const position = selectors.find((s) => isJsonObject(s) && stringsOf(own(s, 'type')).includes('TextPositionSelector'));
    if (isJsonObject(position)) anchor.position = { start: own(position, 'start') as number, end: own(position, 'end') as number };
    const source = single(own(target, 'source'));
    const sourceIri = typeof source === 'string' ? source : isJsonObject(source) ? firstString(own(source, 'id')) : undefined;
    if (sourceIri !== undefined) anchor.targetSource = sourceIri;
    return anchor;
  }
  return null;
}

/** Depth-first through selectors and their refinedBy: the first TextQuoteSelector. */
function firstQuote(selectors: unknown[]): TextQuote | null {
  for (const selector of selectors) {
    if (!isJsonObject(selector)) continue;
    if (stringsOf(own(selector, 'type')).includes('TextQuoteSelector')) {
      return {
        exact: own(selector, 'exact') as string,
        prefix: stringOf(selector, 'prefix') ?? '',
        suffix: stringOf(selector, 'suffix') ?? '',
      };
    }
    const refined = firstQuote(valuesOf(own(selector, 'refinedBy')));
    if (refined) return refined;
  }
  return null;
}

/** Bodies or targets with sets opened: a Choice gives its first item (bodies) or all (targets), other sets all. */
function flattenResources(value: unknown, firstOfChoice: boolean): unknown[] {
  const result: unknown[] = [];
  for (const item of valuesOf(value)) {
    if (isJsonObject(item) && Array.isArray(own(item, 'items'))) {
      const items = own(item, 'items') as unknown[];
      const chosen = firstOfChoice && stringsOf(own(item, 'type')).includes('Choice') ? items.slice(0, 1) : items;
      for (const inner of flattenResources(chosen, firstOfChoice)) result.push(inner);
    } else {
      result.push(item);
    }
  }
  return result;
}

function flattenBodies(value: unknown): unknown[] {
  return flattenResources(value, true);
}

/** A TextualBody (any object with a text value that is not a SpecificResource), as [] or [it]. */
function textBodyOf(body: unknown): TextBody[] {
  if (!isJsonObject(body) || has(body, 'source')) return [];
  const value = own(body, 'value');
  return typeof value === 'string' ? [{ value, purposes: stringsOf(own(body, 'purpose')), object: body }] : [];
}

function noteOf(annotation: JsonObject, texts: TextBody[]): string {
  const notes = texts.filter((t) => t.purposes.length === 0 || t.purposes.includes('commenting')).map((t) => t.value);
  const bodyValue = single(own(annotation, 'bodyValue'));
  if (typeof bodyValue === 'string') notes.push(bodyValue);
  return notes.filter((note) => note.trim() !== '').join('\n\n');
}

/** An evidence link from a linking SpecificResource, or from a body that is itself a link. */
function evidenceOf(body: unknown): EvidenceLink[] {
  if (typeof body === 'string') return isHttpUrl(body) ? [link(body)] : [];
  if (!isJsonObject(body)) return [];
  if (has(body, 'source')) {
    if (!stringsOf(own(body, 'purpose')).includes('linking')) return [];
    const source = own(body, 'source');
    const url = typeof source === 'string' ? source : isJsonObject(source) ? firstString(own(source, 'id')) : undefined;
    if (url === undefined || !isHttpUrl(url)) return [];
    return [
      link(url, {
        title: stringOf(body, 'pressmark:title') ?? '',
        publisher: stringOf(body, 'pressmark:publisher') ?? '',
        accessedAt: dayOf(body, 'pressmark:accessedAt') ?? '',
        excerpt: stringOf(body, 'pressmark:excerpt') ?? '',
        note: stringOf(body, 'pressmark:note') ?? '',
      }),
    ];
  }
  const id = firstString(own(body, 'id'));
  const isLink = !has(body, 'value') && !stringsOf(own(body, 'type')).includes('TextualBody');
  return isLink && id !== undefined && isHttpUrl(id) ? [link(id)] : [];
}

function link(url: string, fields: Partial<Omit<EvidenceLink, 'url'>> = {}): EvidenceLink {
  return { url, title: '', publisher: '', accessedAt: '', excerpt: '', note: '', ...fields };
}

/** A YYYY-MM-DD property, or undefined if absent or not such a date. */
function dayOf(object: JsonObject, key: string): string | undefined {
  const value = stringOf(object, key);
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The first creator's name (or nickname), if a creator is described rather than only linked. */
function authorOf(creator: unknown): string | undefined {
  for (const agent of valuesOf(creator)) {
    if (!isJsonObject(agent)) continue;
    const name = firstString(own(agent, 'name')) ?? firstString(own(agent, 'nickname'));
    if (name !== undefined) return name;
  }
  return undefined;
}

/** A single string property (a one-item list counts), else undefined. */
function stringOf(object: JsonObject, key: string): string | undefined {
  const value = single(own(object, key));
  return typeof value === 'string' ? value : undefined;
}

/** The properties that have a value: optional fields stay absent rather than undefined. */
function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
