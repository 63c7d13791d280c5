/**
 * The export formats Pressmark writes, with their labels, file extensions and media types.
 */
export const EXPORT_FORMATS = {
  html: { label: 'Annotated report (HTML)', extension: '.report.html', mimeType: 'text/html; charset=utf-8' },
  pdf: { label: 'Annotated report (PDF)', extension: '.report.pdf', mimeType: 'application/pdf' },
  docx: {
    label: 'Annotated report (Word)',
    extension: '.report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  md: { label: 'Annotated report (Markdown)', extension: '.report.md', mimeType: 'text/markdown; charset=utf-8' },
  csv: { label: 'Annotations (CSV spreadsheet)', extension: '.annotations.csv', mimeType: 'text/csv; charset=utf-8' },
  jsonld: { label: 'Annotations (W3C Web Annotation JSON-LD)', extension: '.annotations.jsonld', mimeType: 'application/ld+json' },
  claimreview: { label: 'Fact-checks (schema.org ClaimReview JSON-LD)', extension: '.claimreview.jsonld', mimeType: 'application/ld+json' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
