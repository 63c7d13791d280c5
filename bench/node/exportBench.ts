/**
 * Export figures: the 1 MB, 10,000-annotation document exported through the contract (`documents.export`, which
 * reads the document and its annotations and renders in the main process) as the annotated HTML report and as W3C
 * Web Annotation JSON-LD. Budgets on the value: HTML < 1000 ms, JSON-LD < 500 ms.
 *
 * Baselines, measured in the same run, the cheapest honest version of each output: for HTML, the plain text
 * HTML-escaped once and wrapped in a page (no annotations); for JSON-LD, JSON.stringify of the annotation list.
 */
import { figure, type BenchFigure, type BenchOptions } from '../benchTypes';
import { medianMs } from '../stats';
import { benchWorkload, batchItems, createWorkloadDocument, openBenchApi } from './benchSetup';
import { escapeHtml } from '../../src/shared/export/escape';

export async function benchExport(options: BenchOptions): Promise<BenchFigure[]> {
  const workload = benchWorkload(options);
  const api = openBenchApi();
  try {
    const documentId = await createWorkloadDocument(api, workload);
    const annotations = batchItems(workload);
    await api.call('annotations.createMany', { documentId, annotations });
    const exportAs = (format: string) => () => api.call('documents.export', { id: documentId, format });
    const listed = api.services.annotations.list({ documentId });

    const html = await medianMs(exportAs('html'), options.runs);
    const htmlBaseline = await medianMs(
      () => `<!doctype html><html><body><pre>${escapeHtml(workload.text)}</pre></body></html>`,
      options.runs,
    );
    const jsonld = await medianMs(exportAs('jsonld'), options.runs);
    const jsonldBaseline = await medianMs(() => JSON.stringify(listed), options.runs);
    const n = `${listed.length.toLocaleString('en')} annotations on ${workload.text.length.toLocaleString('en')} chars`;
    return [
      figure({
        name: 'export_html_10k',
        value: html,
        baseline: htmlBaseline,
        target: 1000,
        targetOn: 'value',
        unit: 'ms',
        note: `documents.export html, ${n}; baseline: the plain text HTML-escaped once in a bare page`,
      }),
      figure({
        name: 'export_jsonld_10k',
        value: jsonld,
        baseline: jsonldBaseline,
        target: 500,
        targetOn: 'value',
        unit: 'ms',
        note: `documents.export jsonld, ${n}; baseline: JSON.stringify of the annotation list`,
      }),
    ];
  } finally {
    api.close();
  }
}
