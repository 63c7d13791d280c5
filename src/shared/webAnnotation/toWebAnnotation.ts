/**
 * Pressmark annotations → a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/),
 * one AnnotationCollection per article with every annotation embedded in its first page.
 *
 * Each annotation targets the article (its web address, or urn:uuid:<document id> when it has none)
 * with a TextQuoteSelector and, while its offsets are trusted, a TextPositionSelector. The kind is a
 * tagging body, the note a commenting body, a claim's verdict an assessing body, speaker and source
 * name identifying bodies, evidence links linking SpecificResources; what the model has no term for
 * (claim status, attribution, anchoring status) is written as pressmark:* properties. The result is
 * plain JSON: optional properties are left out rather than set to undefined.
 */
import { annotationLabel, compareAnnotations, type Annotation, type ClaimAnnotation } from '../domain/annotation';
import type { TextRange } from '../anchoring/textQuote';
import { isXsdDateTime } from './dateTime';
import { httpUri, isAbsoluteUri, uuidUrn } from './iri';
import { utf16RangeToCodePoints } from './textPosition';
import {
  pressmarkContext,
  type AnchoringStatus,
  type Motivation,
  type WebAgent,
  type WebAnnotation,
  type WebAnnotationBody,
  type WebAnnotationCollection,
  type WebAnnotationPage,
  type WebAnnotationTarget,
  type WebTextPositionSelector,
  type WebTextQuoteSelector,
} from './webAnnotationTypes';

export interface WebAnnotationDocument {
  id: string;
  title: string;
  sourceUrl: string;
  publishedAt: string | null;
  /**
   * The article's plain text. When given, positions are written in Unicode code points as the
   * model requires, and left out for an annotation whose offsets no longer hold its words. Without
   * it, Pressmark's offsets (UTF-16 units) are written as they are: the same numbers unless the text
   * holds characters outside the Basic Multilingual Plane, such as emoji.
   */
  plainText?: string;
}

export interface WebAnnotationGenerator {
  name: string;
  homepage?: string;
}

export interface WebAnnotationOptions {
  /** orphaned: no longer found in the text, so only its quote is written; review: placed, but to be checked. */
  status?: AnchoringStatus;
  /** When the export was made (xsd:dateTime), written as each annotation's `generated`. */
  generatedAt?: string;
  generator?: WebAnnotationGenerator;
  /** A claim's verdict as people read it (the scale's label for a verdict id); the id itself if not given. */
  verdictLabel?: (verdict: string) => string;
}

export interface WebAnnotationCollectionInput {
  document: WebAnnotationDocument;
  annotations: readonly Annotation[];
  generatedAt: string;
  generator?: WebAnnotationGenerator;
  /** Anchoring status by annotation id, for annotations that are not (or not surely) on their words. */
  statuses?: ReadonlyMap<string, AnchoringStatus>;
  /** A claim's verdict as people read it (the scale's label for a verdict id). */
  verdictLabel?: (verdict: string) => string;
}

const MOTIVATION_BY_KIND: Record<Annotation['kind'], Motivation> = {
  quote: 'highlighting',
  source: 'identifying',
  claim: 'assessing',
};

/** The collection IRI: the article's urn:uuid with a path, a valid URI naming "this article's annotations". */
export function collectionIri(documentId: string): string {
  return `${uuidUrn(documentId)}/annotations`;
}

export function toWebAnnotationCollection(input: WebAnnotationCollectionInput): WebAnnotationCollection {
  const { document, generatedAt, generator, statuses, verdictLabel } = input;
  const sourcesById = new Map(input.annotations.filter((a) => a.kind === 'source').map((a) => [a.id, a]));
  const items = [...input.annotations].sort(compareAnnotations).map((a) =>
    toWebAnnotation(a, document, sourcesById, {
      status: statuses?.get(a.id),
      generatedAt,
      generator,
      ...(verdictLabel ? { verdictLabel } : {}),
    }),
  );
  const id = collectionIri(document.id);
  const first: WebAnnotationPage | null =
    items.length > 0 ? { id: `${id}/page1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items } : null;
  return {
    '@context': pressmarkContext(),
    id,
    type: 'AnnotationCollection',
    label: document.title,
    total: items.length,
    ...optional('generated', dateTimeOrNull(generatedAt)),
    ...optional('generator', generator ? softwareAgent(generator) : null),
    ...optional('pressmark:publishedAt', document.publishedAt),
    ...optional('first', first),
  };
}

/**
 * One annotation. sourcesById holds the article's source annotations (more is fine), so an
 * attribution can carry the source's name as well as its IRI.
 */
export function toWebAnnotation(
  annotation: Annotation,
  document: WebAnnotationDocument,
  sourcesById: ReadonlyMap<string, Annotation>,
  options: WebAnnotationOptions = {},
): WebAnnotation {
  const author = annotation.author.trim() === '' ? null : annotation.author;
  const attributedTo = annotation.kind === 'source' ? null : annotation.attributedTo;
  const source = attributedTo ? sourcesById.get(attributedTo) : undefined;
  const sourceName = source?.kind === 'source' ? annotationLabel(source) : '';
  return {
    '@context': pressmarkContext(),
    id: uuidUrn(annotation.id),
    type: 'Annotation',
    motivation: MOTIVATION_BY_KIND[annotation.kind],
    ...optional('created', dateTimeOrNull(annotation.createdAt)),
    ...optional('modified', dateTimeOrNull(annotation.updatedAt)),
    ...optional('generated', options.generatedAt === undefined ? null : dateTimeOrNull(options.generatedAt)),
    ...optional('creator', author === null ? null : ({ type: 'Person', name: author } satisfies WebAgent)),
    ...optional('generator', options.generator ? softwareAgent(options.generator) : null),
    ...optional('pressmark:claimStatus', annotation.kind === 'claim' ? annotation.status : null),
    ...(annotation.kind === 'claim' ? factCheckProperties(annotation) : {}),
    ...optional('pressmark:sourceType', annotation.kind === 'source' && annotation.sourceName === '' ? annotation.sourceType : null),
    ...optional('pressmark:attributedTo', attributedTo ? uuidUrn(attributedTo) : null),
    ...optional('pressmark:attributedToName', sourceName || null),
    ...optional('pressmark:status', options.status ?? null),
    body: bodiesOf(annotation, options.verdictLabel ?? ((verdict) => verdict)),
    target: targetOf(annotation, document, options.status),
  };
}

/** A claim's fact-check record beyond the verdict: written as pressmark:* properties when set. */
function factCheckProperties(claim: ClaimAnnotation): Record<string, string> {
  return {
    ...optional('pressmark:conclusion', claim.conclusion || null),
    ...optional('pressmark:claimant', claim.claimantName || null),
    ...optional('pressmark:checker', claim.checker || null),
    ...optional('pressmark:replyContactedAt', claim.replyContactedAt || null),
    ...optional('pressmark:replyResponse', claim.replyResponse || null),
    ...optional('pressmark:replyRespondedAt', claim.replyRespondedAt || null),
  };
}

function bodiesOf(annotation: Annotation, verdictLabel: (verdict: string) => string): WebAnnotationBody[] {
  const bodies: WebAnnotationBody[] = [{ type: 'TextualBody', purpose: 'tagging', value: annotation.kind }];
  if (annotation.kind === 'quote' && annotation.speaker !== '') {
    bodies.push({ type: 'TextualBody', purpose: 'identifying', value: annotation.speaker, 'pressmark:role': 'speaker' });
  }
  if (annotation.kind === 'source' && annotation.sourceName !== '') {
    bodies.push({
      type: 'TextualBody',
      purpose: 'identifying',
      value: annotation.sourceName,
      'pressmark:role': 'source',
      'pressmark:sourceType': annotation.sourceType,
    });
  }
  if (annotation.note !== '') bodies.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note });
  if (annotation.kind === 'claim') {
    if (annotation.verdict !== '') bodies.push({ type: 'TextualBody', purpose: 'assessing', value: verdictLabel(annotation.verdict) });
    for (const link of annotation.evidence) {
      const url = httpUri(link.url);
      if (url === null) continue;
      bodies.push({
        type: 'SpecificResource',
        source: url,
        purpose: 'linking',
        ...optional('pressmark:title', link.title || null),
        ...optional('pressmark:publisher', link.publisher || null),
        ...optional('pressmark:accessedAt', link.accessedAt || null),
        ...optional('pressmark:excerpt', link.excerpt || null),
        ...optional('pressmark:note', link.note || null),
      });
    }
  }
  return bodies;
}

function targetOf(annotation: Annotation, document: WebAnnotationDocument, status: AnchoringStatus | undefined): WebAnnotationTarget {
  const quote: WebTextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
  };
  const range = status === 'orphaned' ? null : positionOf(annotation, document.plainText);
  const position: WebTextPositionSelector | null = range && { type: 'TextPositionSelector', start: range.start, end: range.end };
  return {
    source: httpUri(document.sourceUrl) ?? uuidUrn(document.id),
    selector: position ? [quote, position] : [quote],
  };
}

/** The annotation's range in code points, or null when its offsets cannot be trusted. */
function positionOf(annotation: Annotation, plainText: string | undefined): TextRange | null {
  const { start, end } = annotation;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) return null;
  if (plainText === undefined) return { start, end };
  if (plainText.slice(start, end) !== annotation.exact) return null;
  return utf16RangeToCodePoints(plainText, { start, end });
}

function softwareAgent(generator: WebAnnotationGenerator): WebAgent {
  const homepage = generator.homepage !== undefined && isAbsoluteUri(generator.homepage) ? generator.homepage : null;
  return { type: 'Software', name: generator.name, ...optional('homepage', homepage) };
}

/** Timestamps as stored, if they are xsd:dateTime (Pressmark stores toISOString()); otherwise left out. */
function dateTimeOrNull(value: string): string | null {
  return isXsdDateTime(value) ? value : null;
}

/** { [key]: value }, or {} when there is no value: how optional properties stay out of plain JSON. */
function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
