/**
 * Every export of one article, in one place: the annotated report (HTML, PDF, DOCX, Markdown)
 * and the data (CSV, W3C Web Annotation JSON-LD, schema.org ClaimReview). Used by the contract
 * (the UI's Export menu) and by the command line. `notes` says what a reader of the file should
 * know about it (ClaimReview: the claims left out and why).
 */
import { buildReport } from '../../shared/report/buildReport';
import { renderReportHtml } from '../../shared/report/renderReportHtml';
import { renderReportMarkdown } from '../../shared/report/renderReportMarkdown';
import { annotationsCsv } from '../../shared/export/annotationsCsv';
import { toWebAnnotationCollection } from '../../shared/webAnnotation/toWebAnnotation';
import type { Annotation, ClaimAnnotation, SourceAnnotation } from '../../shared/domain/annotation';
import type { PressmarkDocument } from '../../shared/domain/document';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/exportFormats';
import { exportDocx } from './docx/exportDocx';
import type { PdfRenderer } from './pdfRenderer';
import type { Settings } from '../../shared/domain/settings';
import { verdictLabel as labelOnScale } from '../../shared/factcheck/verdictScales';
import { claimReviews } from '../../shared/factcheck/claimReview';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
  notes: string[];
}

export interface ExportContext {
  document: PressmarkDocument;
  annotations: readonly Annotation[];
  generatedAt: string;
  renderPdf: PdfRenderer;
  settings: Pick<Settings, 'verdictScale' | 'organisationName' | 'organisationUrl'>;
  /** Where the fact-check is published (the latest session's URL), for ClaimReview urls. */
  reviewUrl?: string;
}

const encoder = new TextEncoder();

export async function exportDocument(format: ExportFormat, context: ExportContext): Promise<ExportedFile> {
  const { document, annotations, generatedAt } = context;
  const { extension, mimeType } = EXPORT_FORMATS[format];
  const fileName = `${fileStem(document.title)}${extension}`;
  const verdictLabel = (verdict: string) => labelOnScale(context.settings.verdictScale, verdict);
  const report = () => buildReport({ document, annotations, generatedAt, verdictLabel });
  const notes: string[] = [];
  let data!: Uint8Array;
  switch (format) {
    case 'html':
      data = encoder.encode(renderReportHtml(report()));
      break;
    case 'pdf':
      data = await context.renderPdf(renderReportHtml(report()));
      break;
    case 'docx':
      data = await exportDocx(report());
      break;
    case 'md':
      data = encoder.encode(renderReportMarkdown(report()));
      break;
    case 'csv':
      data = encoder.encode(annotationsCsv(document, annotations, verdictLabel));
      break;
    case 'jsonld': {
      // Lost annotations keep only their quote and say so; those placed with less than full confidence say so too.
      const statuses = new Map(annotations.flatMap((a) => (a.anchorStatus === 'anchored' ? [] : [[a.id, a.anchorStatus] as const])));
      const collection = toWebAnnotationCollection({
        document,
        annotations,
        generatedAt,
        statuses,
        verdictLabel,
        generator: { name: 'Pressmark', homepage: 'https://pressmark.app' },
      });
      data = encoder.encode(`${JSON.stringify(collection, null, 2)}\n`);
      break;
    }
    case 'claimreview': {
      const result = claimReviews({
        document,
        claims: annotations.filter((a): a is ClaimAnnotation => a.kind === 'claim'),
        sources: annotations.filter((a): a is SourceAnnotation => a.kind === 'source'),
        scale: context.settings.verdictScale,
        organisation: { name: context.settings.organisationName, url: context.settings.organisationUrl },
        ...(context.reviewUrl ? { reviewUrl: context.reviewUrl } : {}),
        datePublished: generatedAt.slice(0, 10),
      });
      notes.push(`${result.reviews.length} ClaimReview${result.reviews.length === 1 ? '' : 's'} written.`);
      for (const omitted of result.omitted) notes.push(`Left out “${clip(omitted.exact)}”: ${omitted.reason}.`);
      for (const warning of result.warnings) notes.push(warning.message);
      data = encoder.encode(`${JSON.stringify(result.reviews, null, 2)}\n`);
      break;
    }
  }
  return { fileName, mimeType, data, notes };
}

/** A safe, readable file name from an article title: "An emotional Khamenei…" → "an-emotional-khamenei…". */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Long titles are cut at the last word boundary within 60 characters.
  const cut = stem.length <= 60 ? stem : stem.slice(0, 61).replace(/-[^-]*$/, '');
  return cut || 'article';
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
