/**
 * Every export of one article, in one place: the annotated report (HTML, PDF, DOCX, Markdown)
 * and the data (CSV, W3C Web Annotation JSON-LD). Used by the contract (the UI's Export menu)
 * and by the command line.
 */
import { buildReport } from '../../shared/report/buildReport';
import { renderReportHtml } from '../../shared/report/renderReportHtml';
import { renderReportMarkdown } from '../../shared/report/renderReportMarkdown';
import { annotationsCsv } from '../../shared/export/annotationsCsv';
import { toWebAnnotationCollection } from '../../shared/webAnnotation/toWebAnnotation';
import type { Annotation } from '../../shared/domain/annotation';
import type { PressmarkDocument } from '../../shared/domain/document';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/exportFormats';
import { exportDocx } from './docx/exportDocx';
import type { PdfRenderer } from './pdfRenderer';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface ExportContext {
  document: PressmarkDocument;
  annotations: readonly Annotation[];
  generatedAt: string;
  renderPdf: PdfRenderer;
}

const encoder = new TextEncoder();

export async function exportDocument(format: ExportFormat, context: ExportContext): Promise<ExportedFile> {
  const { document, annotations, generatedAt } = context;
  const { extension, mimeType } = EXPORT_FORMATS[format];
  const fileName = `${fileStem(document.title)}${extension}`;
  const report = () => buildReport({ document, annotations, generatedAt });
  let data: Uint8Array;
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
      data = encoder.encode(annotationsCsv(document, annotations));
      break;
    case 'jsonld': {
      // Lost annotations keep only their quote and say so; those placed with less than full confidence say so too.
      const statuses = new Map(annotations.flatMap((a) => (a.anchorStatus === 'anchored' ? [] : [[a.id, a.anchorStatus] as const])));
      const collection = toWebAnnotationCollection({
        document,
        annotations,
        generatedAt,
        statuses,
        generator: { name: 'Pressmark', homepage: 'https://pressmark.app' },
      });
      data = encoder.encode(`${JSON.stringify(collection, null, 2)}\n`);
      break;
    }
  }
  return { fileName, mimeType, data };
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
