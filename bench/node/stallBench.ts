/**
 * Main-process stall figure: the longest event-loop stall (perf_hooks monitorEventLoopDelay, resolution 1 ms, max)
 * while the service layer, called through the dispatcher as the app calls it, imports a 1 MB article (the workload as
 * an HTML page, `documents.import`) and then exports the 10,000-annotation HTML report (`documents.export`).
 * Budget: < 50 ms on the value. Baseline: the max stall of an idle loop (timers only) over the same duration.
 * The services run their imports and exports in the built worker (out/main/worker.js, rebuilt when stale), as in the app.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { figure, type BenchFigure, type BenchOptions } from '../benchTypes';
import { median } from '../stats';
import { benchWorkload, batchItems, createWorkloadDocument, openBenchApi } from './benchSetup';
import { escapeHtml } from '../../src/shared/export/escape';
import { builtWorkerScript } from './builtWorker';

async function maxStallMs(work: () => Promise<unknown>): Promise<{ stall: number; duration: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The first tick of the histogram's timer only starts its clock: let it tick before the work.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const start = performance.now();
  await work();
  const duration = performance.now() - start;
  // Let the loop turn: a stall is recorded when the histogram's timer fires late, after the work
  // (which may never yield to the loop if every await inside it resolves as a microtask).
  await new Promise((resolve) => setTimeout(resolve, 5));
  histogram.disable();
  return { stall: histogram.max / 1e6, duration };
}

export async function benchStall(options: BenchOptions): Promise<BenchFigure[]> {
  const workload = benchWorkload(options);
  // The app runs imports and exports in its worker threads: so does the bench (the built out/main/worker.js).
  const api = openBenchApi({ workerScript: builtWorkerScript() });
  try {
    const documentId = await createWorkloadDocument(api, workload);
    const annotations = batchItems(workload);
    await api.call('annotations.createMany', { documentId, annotations });
    const page = `<!doctype html><html><head><title>${escapeHtml(workload.title)}</title></head><body><article>${workload.paragraphs
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n')}</article></body></html>`;
    const file = { fileName: 'workload.html', dataBase64: Buffer.from(page).toString('base64') };
    const work = async () => {
      await api.call('documents.import', { file });
      await api.call('documents.export', { id: documentId, format: 'html' });
    };
    const stalls: number[] = [];
    const idle: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const busy = await maxStallMs(work);
      stalls.push(busy.stall);
      idle.push((await maxStallMs(() => new Promise((resolve) => setTimeout(resolve, busy.duration)))).stall);
    }
    return [
      figure({
        name: 'main_stall_max',
        value: median(stalls),
        baseline: median(idle),
        target: 50,
        targetOn: 'value',
        unit: 'ms',
        note: `longest event-loop stall importing a ${(page.length / 1e6).toFixed(1)} MB HTML page and exporting the ${annotations.length.toLocaleString('en')}-annotation HTML report through the dispatcher; baseline: an idle loop over the same time`,
      }),
    ];
  } finally {
    await api.close();
  }
}
