/**
 * A fact-check session's report as a file: self-contained HTML or Markdown, with the article
 * header, verdicts summary and every claim with its quote in context, verdict, conclusion,
 * evidence, right of reply and history.
 */
import type { Annotation, ClaimAnnotation, SourceAnnotation } from '../../shared/domain/annotation';
import type { PressmarkDocument } from '../../shared/domain/document';
import type { ClaimHistoryEntry, FactCheckSession, VerdictScale } from '../../shared/domain/factCheck';
import { buildSessionReport } from '../../shared/factcheck/sessionReport';
import { renderSessionReportHtml } from '../../shared/factcheck/renderSessionReportHtml';
import { renderSessionReportMarkdown } from '../../shared/factcheck/renderSessionReportMarkdown';
import type { ExportedFile } from './exportDocument';

export interface SessionReportContext {
  document: PressmarkDocument;
  session: FactCheckSession;
  annotations: readonly Annotation[];
  history: readonly ClaimHistoryEntry[];
  scale: VerdictScale;
  generatedAt: string;
  fileStem: string;
}

export function exportSessionReport(format: 'html' | 'md', context: SessionReportContext): ExportedFile {
  const report = buildSessionReport({
    document: context.document,
    session: context.session,
    claims: context.annotations.filter((a): a is ClaimAnnotation => a.kind === 'claim'),
    sources: context.annotations.filter((a): a is SourceAnnotation => a.kind === 'source'),
    history: context.history,
    scale: context.scale,
    generatedAt: context.generatedAt,
  });
  const text = format === 'html' ? renderSessionReportHtml(report) : renderSessionReportMarkdown(report);
  return {
    fileName: `${context.fileStem}.factcheck-${context.session.startedAt.slice(0, 10)}.${format === 'html' ? 'html' : 'md'}`,
    mimeType: format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8',
    data: new TextEncoder().encode(text),
    notes: [],
  };
}
