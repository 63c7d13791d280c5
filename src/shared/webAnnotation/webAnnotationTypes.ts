/**
 * The shapes Pressmark writes and reads as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * the JSON of an exported collection, and what an imported file becomes before it is stored.
 *
 * Pressmark's own data that the model has no term for travels as `pressmark:*` properties, a
 * compact IRI prefix declared in the @context, so other tools keep it as linked data and may ignore it.
 */
import type { AnnotationKind, ClaimStatus, EvidenceLink, SourceType } from '../domain/annotation';
import type { TextQuote, TextRange } from '../anchoring/textQuote';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const PRESSMARK_NAMESPACE = 'https://pressmark.app/ns#';

export type WebAnnotationContext = [typeof ANNO_CONTEXT, { pressmark: typeof PRESSMARK_NAMESPACE }];

/** A fresh copy each time, so no exported object shares (and lets a caller mutate) another's context. */
export function pressmarkContext(): WebAnnotationContext {
  return [ANNO_CONTEXT, { pressmark: PRESSMARK_NAMESPACE }];
}

/** Motivations and purposes the model defines (section 3.3.5). */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/** How well an annotation is still anchored in its article; absent when it sits on its words. */
export const ANCHORING_STATUSES = ['orphaned', 'review'] as const;
export type AnchoringStatus = (typeof ANCHORING_STATUSES)[number];

// ---- What Pressmark writes ----

export interface WebTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface WebTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface WebAnnotationTarget {
  source: string;
  selector: Array<WebTextQuoteSelector | WebTextPositionSelector>;
}

interface TextualBody<P extends Motivation, V extends string = string> {
  type: 'TextualBody';
  purpose: P;
  value: V;
}

export type KindBody = TextualBody<'tagging', AnnotationKind>;
export type NoteBody = TextualBody<'commenting'>;
export type VerdictBody = TextualBody<'assessing'>;
export type SpeakerBody = TextualBody<'identifying'> & { 'pressmark:role': 'speaker' };
export type SourceNameBody = TextualBody<'identifying'> & { 'pressmark:role': 'source'; 'pressmark:sourceType': SourceType };

/**
 * An evidence link. The model forbids `purpose` on a bare External Web Resource (assertion
 * 3.3.5-bodyEWRNoPurpose), so the linked page is the `source` of a SpecificResource that carries it.
 */
export interface EvidenceBody {
  type: 'SpecificResource';
  source: string;
  purpose: 'linking';
  'pressmark:title'?: string;
  'pressmark:note'?: string;
}

export type WebAnnotationBody = KindBody | NoteBody | VerdictBody | SpeakerBody | SourceNameBody | EvidenceBody;

export interface WebAgent {
  type: 'Person' | 'Software';
  name: string;
  homepage?: string;
}

export interface WebAnnotation {
  '@context': WebAnnotationContext;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created?: string;
  modified?: string;
  generated?: string;
  creator?: WebAgent;
  generator?: WebAgent;
  body: WebAnnotationBody[];
  target: WebAnnotationTarget;
  'pressmark:claimStatus'?: ClaimStatus;
  'pressmark:sourceType'?: SourceType;
  'pressmark:attributedTo'?: string;
  'pressmark:attributedToName'?: string;
  'pressmark:status'?: AnchoringStatus;
}

export interface WebAnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: WebAnnotation[];
}

export interface WebAnnotationCollection {
  '@context': WebAnnotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated?: string;
  generator?: WebAgent;
  'pressmark:publishedAt'?: string;
  /** Absent when there are no annotations: the model wants no empty pages. */
  first?: WebAnnotationPage;
}

// ---- What an imported file becomes ----

/** One annotation read from a file, in Pressmark's terms, ready to be checked and stored. */
export interface ParsedWebAnnotation {
  /** The annotation's IRI in the file. */
  sourceId?: string;
  /** The UUID, when the IRI is urn:uuid:<uuid> (as in Pressmark's own exports), lower-cased. */
  pressmarkId?: string;
  kind: AnnotationKind;
  quote: TextQuote;
  /**
   * From a TextPositionSelector beside the quote. The model counts Unicode code points, not
   * JavaScript's UTF-16 units: convert with codePointRangeToUtf16 against the article's text.
   */
  position?: TextRange;
  /** The IRI of the text the annotation targets. */
  targetSource?: string;
  note: string;
  speaker?: string;
  sourceName?: string;
  sourceType?: SourceType;
  /** The assessing body's text: a verdict's name (Pressmark writes labels), to be matched to the scale. */
  verdict?: string;
  status?: ClaimStatus;
  /** Only http(s) links are kept. */
  evidence: EvidenceLink[];
  /** A claim's fact-check record, from Pressmark's own pressmark:* properties. */
  conclusion?: string;
  claimantName?: string;
  checker?: string;
  replyContactedAt?: string;
  replyResponse?: string;
  replyRespondedAt?: string;
  /** The UUID of the source annotation this one is attributed to. */
  attributedToId?: string;
  attributedToName?: string;
  author?: string;
  created?: string;
  modified?: string;
  pressmarkStatus?: AnchoringStatus;
}

export interface IgnoredWebAnnotation {
  /** Position in the file's list of annotations, counting from 0. */
  index: number;
  id?: string;
  reason: string;
}

export interface ParseResult {
  annotations: ParsedWebAnnotation[];
  /** Valid annotations Pressmark cannot place in a text (no TextQuoteSelector), or only linked from the file. */
  ignored: IgnoredWebAnnotation[];
  /** File-level remarks, e.g. pages of a collection that are only linked, not included. Absent when there are none. */
  notices?: string[];
}
