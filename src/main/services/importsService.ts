/**
 * Imports: an article file (optionally with its W3C Web Annotation JSON-LD), or annotations into
 * an open article. All or nothing: the document and every annotation are written in one
 * transaction, or nothing is written and the message says why. Annotations are placed by the
 * shared anchoring (position, then exact words, then similar words); one whose words are not in
 * the article is kept as having lost them, never dropped and never put on other words.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import { annotationCreateInput, type ApiOutput, type ApiParsedInput, type AnnotationCreateInput } from '../../shared/contract/api';
import { formatIssues } from '../../shared/contract/formatIssues';
import { needsReview } from '../../shared/anchoring/reanchor';
import type { ParsedWebAnnotation } from '../../shared/webAnnotation/webAnnotationTypes';
import { verdictForLabel } from '../../shared/factcheck/verdictScales';
import type { VerdictScale } from '../../shared/domain/factCheck';
import { placeAnnotations, prepareImport, readAnnotations, type FileBytes, type PlacedAnnotation } from '../import/prepareImport';
import type { BackgroundJobs } from '../workers/backgroundJobs';
import type { DocumentsService } from './documentsService';
import type { AnnotationsService } from './annotationsService';

export type { FileBytes } from '../import/prepareImport';

export class ImportsService {
  constructor(
    private readonly db: Database,
    private readonly documents: DocumentsService,
    private readonly annotations: AnnotationsService,
    /** The workspace's verdicts: an imported verdict named like one of them becomes it. */
    private readonly verdictScale: () => VerdictScale,
    /** Where files are parsed: a background worker, or (without one) this thread. */
    private readonly jobs?: BackgroundJobs,
  ) {}

  /**
   * A new document from an article file, with the annotations of a JSON-LD file if one is given.
   * Parsing, checking and placing happen in the background worker when there is one; here, only the writes.
   */
  async importDocument(input: { file: FileBytes; annotations?: FileBytes }): Promise<ApiOutput<'documents.import'>> {
    const prepared = this.jobs ? await this.jobs.prepareImport(input) : await prepareImport(input);
    const { content, ...meta } = prepared.article;
    return this.db.transaction(() => {
      const id = this.documents.insertPrepared(meta, content);
      const count = this.createAnnotations(id, content.plainText, prepared.annotations, input.annotations?.fileName ?? '');
      return { document: this.documents.summary(id), annotationCount: count, ignored: prepared.ignored };
    })();
  }

  /** W3C Web Annotation JSON-LD into an existing document. */
  importAnnotations({ documentId, file }: { documentId: string; file: FileBytes }): ApiOutput<'annotations.import'> {
    const document = this.documents.get({ id: documentId });
    const parsed = readAnnotations(file);
    const placed = placeAnnotations(document.plainText, parsed.annotations);
    const imported = this.db.transaction(() => this.createAnnotations(document.id, document.plainText, placed, file.fileName))();
    return { imported, ignored: parsed.ignored };
  }

  /** Contract form: files arrive as base64. */
  importDocumentFromContract(input: ApiParsedInput<'documents.import'>) {
    return this.importDocument({
      file: fromBase64(input.file),
      ...(input.annotations ? { annotations: fromBase64(input.annotations) } : {}),
    });
  }

  importAnnotationsFromContract(input: ApiParsedInput<'annotations.import'>) {
    return this.importAnnotations({ documentId: input.documentId, file: fromBase64(input.file) });
  }

  /**
   * Anchors and creates each annotation (sources first, so attributions can point at them). Call
   * inside a transaction. An annotation whose words are not in the article is kept as having lost
   * them, with its quote, never dropped and never put on other words.
   */
  private createAnnotations(documentId: string, text: string, placed: readonly PlacedAnnotation[], fileName: string): number {
    const idFor = new Map<string, string>();
    const ordered = [...placed].sort((a, b) => Number(b.annotation.kind === 'source') - Number(a.annotation.kind === 'source'));
    for (const { annotation } of ordered) {
      const preferred = annotation.pressmarkId;
      const id = preferred && !this.annotations.exists(preferred) && ![...idFor.values()].includes(preferred) ? preferred : randomUUID();
      if (annotation.pressmarkId) idFor.set(annotation.pressmarkId, id);
    }
    ordered.forEach(({ annotation, outcome }, index) => {
      const id = (annotation.pressmarkId && idFor.get(annotation.pressmarkId)) || randomUUID();
      const attributedTo = annotation.attributedToId ? (idFor.get(annotation.attributedToId) ?? null) : null;
      const range = outcome.range ?? { start: 0, end: Math.min(1, text.length) };
      const verdict = annotation.verdict ? (verdictForLabel(this.verdictScale(), annotation.verdict)?.id ?? annotation.verdict) : '';
      const input = annotationCreateInput.safeParse(createInput({ ...annotation, verdict }, { id, documentId, ...range, attributedTo }));
      if (!input.success) {
        const label = annotation.sourceId ? `${index + 1} (${annotation.sourceId})` : `${index + 1}`;
        throw new ApiError(
          'invalid_input',
          `Annotation ${label} in "${fileName}" cannot be imported: ${formatIssues(input.error)[0]} Nothing was imported.`,
        );
      }
      this.annotations.create(input.data, {
        createdAt: annotation.created,
        updatedAt: annotation.modified,
        anchor: {
          anchorStatus: outcome.range === null ? 'orphaned' : needsReview(outcome) ? 'review' : 'anchored',
          anchorConfidence: outcome.confidence,
          anchorMethod: outcome.method === 'diff' || outcome.method === null ? 'import' : outcome.method,
        },
        ...(outcome.range === null ? { lostQuote: annotation.quote } : {}),
      });
    });
    return placed.length;
  }
}

function createInput(
  annotation: ParsedWebAnnotation,
  base: { id: string; documentId: string; start: number; end: number; attributedTo: string | null },
): AnnotationCreateInput {
  const common = {
    id: base.id,
    documentId: base.documentId,
    start: base.start,
    end: base.end,
    note: annotation.note,
    ...(annotation.author ? { author: annotation.author } : {}),
  };
  switch (annotation.kind) {
    case 'quote':
      return { ...common, kind: 'quote', speaker: annotation.speaker ?? '', attributedTo: base.attributedTo };
    case 'source':
      return { ...common, kind: 'source', sourceName: annotation.sourceName ?? '', sourceType: annotation.sourceType ?? 'other' };
    case 'claim':
      return {
        ...common,
        kind: 'claim',
        status: annotation.status ?? (annotation.verdict ? 'checked' : 'to_check'),
        verdict: annotation.verdict ?? '',
        evidence: annotation.evidence,
        attributedTo: base.attributedTo,
        conclusion: annotation.conclusion ?? '',
        claimantName: annotation.claimantName ?? '',
        checker: annotation.checker ?? '',
        replyContactedAt: annotation.replyContactedAt ?? '',
        replyResponse: annotation.replyResponse ?? '',
        replyRespondedAt: annotation.replyRespondedAt ?? '',
      };
  }
}

function fromBase64(file: { fileName: string; dataBase64: string }): FileBytes {
  return { fileName: file.fileName, bytes: Buffer.from(file.dataBase64, 'base64') };
}
