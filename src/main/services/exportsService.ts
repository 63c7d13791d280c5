/**
 * Exports through the contract (base64 for the UI) or as bytes (command line): an article in
 * every format, and a fact-check session's report.
 */
import type { ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import type { ExportFormat } from '../../shared/export/exportFormats';
import { exportDocument, fileStem, type ExportedFile } from '../export/exportDocument';
import type { PdfRenderer } from '../export/pdfRenderer';
import { exportSessionReport } from '../export/exportSessionReport';
import type { AnnotationsService } from './annotationsService';
import type { DocumentsService } from './documentsService';
import type { SettingsService } from './settingsService';
import type { SessionsService } from './sessionsService';
import type { ClaimHistory } from './claimHistory';
import type { Clock } from './clock';

export class ExportsService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly annotations: AnnotationsService,
    private readonly settings: SettingsService,
    private readonly sessions: SessionsService,
    private readonly history: ClaimHistory,
    private readonly renderPdf: PdfRenderer,
    private readonly now: Clock,
  ) {}

  exportFile(documentId: string, format: ExportFormat): Promise<ExportedFile> {
    const document = this.documents.get({ id: documentId });
    const annotations = this.annotations.list({ documentId });
    const reviewUrl = this.sessions
      .list({ documentId })
      .map((session) => session.publishedUrl)
      .filter(Boolean)
      .at(-1);
    return exportDocument(format, {
      document,
      annotations,
      generatedAt: this.now(),
      renderPdf: this.renderPdf,
      settings: this.settings.get(),
      ...(reviewUrl ? { reviewUrl } : {}),
    });
  }

  async export({ id, format }: ApiParsedInput<'documents.export'>): Promise<ApiOutput<'documents.export'>> {
    return toContract(await this.exportFile(id, format));
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
  return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.data).toString('base64'), notes: file.notes };
}
