/**
 * The annotated report as plain data, built once and rendered to HTML, Markdown, DOCX and PDF.
 *
 * The article becomes a flat list of blocks (headings, paragraphs, quotes, list items), each a
 * list of spans cut wherever formatting or annotation coverage changes, so every renderer only
 * has to write spans: "this text, these kinds over it, these note numbers end here".
 */
import type { Annotation, AnnotationKind, EvidenceLink } from '../domain/annotation';

export type BlockStyle =
  | { type: 'heading'; level: number }
  | { type: 'paragraph'; indent: number }
  | { type: 'blockquote'; indent: number }
  | { type: 'list-item'; ordered: boolean; number: number; indent: number };

export interface ReportSpan {
  text: string;
  em: boolean;
  strong: boolean;
  /** A safe (http, https, mailto) link target, or null. */
  href: string | null;
  /** True for a line break inside a paragraph (text is "\n"). */
  hardBreak: boolean;
  /** Kinds of the annotations covering this span (each kind once). */
  kinds: AnnotationKind[];
  /** Note numbers of the annotations covering this span. */
  notes: number[];
  /** Note numbers of the annotations that end with this span: where the reference marks go. */
  endNotes: number[];
}

export interface ReportBlock {
  style: BlockStyle;
  spans: ReportSpan[];
}

export interface ReportField {
  label: string;
  value: string;
}

export interface ReportNote {
  number: number;
  annotation: Annotation;
  kindLabel: string;
  /** One line naming the note: "Quote · Ali Khamenei", "Source · Police", "Claim · False". */
  heading: string;
  /** False when the annotation's words are no longer in the article. */
  located: boolean;
  fields: ReportField[];
  evidence: EvidenceLink[];
}

export interface ReportHeader {
  title: string;
  byline: string;
  sourceUrl: string;
  publishedAt: string | null;
  language: string;
  generatedAt: string;
}

export interface Report {
  header: ReportHeader;
  counts: Record<AnnotationKind, number>;
  blocks: ReportBlock[];
  notes: ReportNote[];
  quotesBySpeaker: Array<{ speaker: string; notes: number[] }>;
  sources: Array<{ name: string; type: string; note: number; attributedNotes: number[] }>;
  claimsByVerdict: Array<{ verdict: string; notes: number[] }>;
}
