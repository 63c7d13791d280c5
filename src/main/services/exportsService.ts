/**
 * Exports of one article through the contract (base64 for the UI) or as bytes (command line).
 */
import type { ApiOutput, ApiParsedInput } from '../../shared/contract/api';
import type { ExportFormat } from '../../shared/export/exportFormats';
import { exportDocument, type ExportedFile } from '../export/exportDocument';
import type { PdfRenderer } from '../export/pdfRenderer';
import type { AnnotationsService } from './annotationsService';
import type { DocumentsService } from './documentsService';
import type { Clock } from './clock';

export class ExportsService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly annotations: AnnotationsService,
    private readonly renderPdf: PdfRenderer,
    private readonly now: Clock,
  ) {}

  exportFile(documentId: string, format: ExportFormat): Promise<ExportedFile> {
    const document = this.documents.get({ id: documentId });
    const annotations = this.annotations.list({ documentId });
    return exportDocument(format, { document, annotations, generatedAt: this.now(), renderPdf: this.renderPdf });
  }

  async export({ id, format }: ApiParsedInput<'documents.export'>): Promise<ApiOutput<'documents.export'>> {
    const file = await this.exportFile(id, format);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.data).toString('base64') };
  }
}
