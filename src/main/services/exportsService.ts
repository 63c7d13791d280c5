/**
 * Exports through the contract (base64 for the UI) or as bytes (command line): an article in
 * every format, and a fact-check session's report. An article's export is read and rendered by the
 * background worker when there is one (on its own read-only connection), else here; PDFs are then
 * printed here, where the printer is (Electron's, in the app).
 */
import type { ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import type { ExportFormat } from '../../shared/export/exportFormats';
import { exportDocument, fileStem, type ExportContext, type ExportedFile } from '../export/exportDocument';
import type { PdfRenderer } from '../export/pdfRenderer';
import { exportSessionReport } from '../export/exportSessionReport';
import type { AnnotationsService } from './annotationsService';
import type { DocumentsService } from './documentsService';
import type { SettingsService } from './settingsService';
import type { SessionsService } from './sessionsService';
import type { ClaimHistory } from './claimHistory';
import type { Clock } from './clock';
import type { BackgroundJobs } from '../workers/backgroundJobs';

/** One article export to render: what, in which format, stamped with which time. */
export interface ExportRequest {
  documentId: string;
  format: ExportFormat;
  generatedAt: string;
  /** Encode the bytes as base64 (the contract's form) where they are rendered, off the main thread. */
  base64?: boolean;
}

/**
 * A rendered export. For a PDF, `pdfHtml` is the report's HTML still to print, and `data` is empty;
 * with `base64` asked for, `dataBase64` holds the bytes and `data` is empty.
 */
export interface RenderedExport {
  file: ExportedFile;
  pdfHtml?: string;
  dataBase64?: string;
}

export class ExportsService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly annotations: AnnotationsService,
    private readonly settings: SettingsService,
    private readonly sessions: SessionsService,
    private readonly history: ClaimHistory,
    private readonly renderPdf: PdfRenderer,
    private readonly now: Clock,
    /** Where exports are read and rendered: a background worker, or (without one) this thread. */
    private readonly jobs?: BackgroundJobs,
  ) {}

  async exportFile(documentId: string, format: ExportFormat): Promise<ExportedFile> {
    return this.printed(await this.render({ documentId, format, generatedAt: this.now() }));
  }

  async export({ id, format }: ApiParsedInput<'documents.export'>): Promise<ApiOutput<'documents.export'>> {
    const rendered = await this.render({ documentId: id, format, generatedAt: this.now(), base64: true });
    if (rendered.dataBase64 === undefined) return toContract(await this.printed(rendered));
    const { fileName, mimeType, notes } = rendered.file;
    return { fileName, mimeType, dataBase64: rendered.dataBase64, notes };
  }

  private render(request: ExportRequest): Promise<RenderedExport> {
    return this.jobs ? this.jobs.renderExport(request) : this.renderExport(request);
  }

  /** The file, with a PDF printed here (where the printer is: Electron's in the app). */
  private async printed(rendered: RenderedExport): Promise<ExportedFile> {
    if (rendered.pdfHtml === undefined) return rendered.file;
    return { ...rendered.file, data: await this.renderPdf(rendered.pdfHtml) };
  }

  /**
   * Reads and renders one export on this thread (the worker's, or the main one's without a worker).
   * `read` wraps the reads, so a worker can take them in one read transaction (one consistent snapshot).
   */
  async renderExport(request: ExportRequest, read: <T>(reads: () => T) => T = (reads) => reads()): Promise<RenderedExport> {
    let pdfHtml: string | undefined;
    const context = read(() =>
      this.exportContext(request.documentId, request.generatedAt, async (html) => {
        pdfHtml = html;
        return new Uint8Array(0);
      }),
    );
    const file = await exportDocument(request.format, context);
    if (pdfHtml !== undefined) return { file, pdfHtml };
    if (!request.base64) return { file };
    return { file: { ...file, data: new Uint8Array(0) }, dataBase64: base64(file.data) };
  }

  private exportContext(documentId: string, generatedAt: string, renderPdf: ExportContext['renderPdf']): ExportContext {
    const document = this.documents.get({ id: documentId });
    const annotations = this.annotations.list({ documentId });
    const reviewUrl = this.sessions
      .list({ documentId })
      .map((session) => session.publishedUrl)
      .filter(Boolean)
      .at(-1);
    return { document, annotations, generatedAt, renderPdf, settings: this.settings.get(), ...(reviewUrl ? { reviewUrl } : {}) };
  }

  sessionFile(sessionId: string, format: 'html' | 'md'): ExportedFile {
    const session = this.sessions.get(sessionId);
    const document = this.documents.get({ id: session.documentId });
    const annotations = this.annotations.list({ documentId: document.id });
    return exportSessionReport(format, {
      document,
      session,
      annotations,
      history: this.history.forDocument(document.id),
      scale: this.settings.get().verdictScale,
      generatedAt: this.now(),
      fileStem: fileStem(document.title),
    });
  }

  exportSession({ id, format }: ApiParsedInput<'sessions.export'>): ApiOutput<'sessions.export'> {
    return toContract(this.sessionFile(id, format));
  }
}

function toContract(file: ExportedFile): ApiOutput<'documents.export'> {
  return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: base64(file.data), notes: file.notes };
}

function base64(data: Uint8Array): string {
  // A view on the bytes, not a copy: a report can be megabytes.
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}
