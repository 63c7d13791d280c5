/**
 * Storage figures: writing and listing 10,000 annotations through Pressmark's contract, against better-sqlite3 doing
 * the same with nothing in between.
 *
 * - store_write: `annotations.createMany` through the dispatcher every host uses (shape check, zod schema per item,
 *   the service's checks per item: range inside the text, words equal to the stored text, kind fields, attribution,
 *   id not taken; W3C quote context recomputed from the stored text; one transaction). Baseline: one prepared INSERT
 *   per row, rows prepared beforehand with the very values the service stores, in one transaction.
 * - store_list: `annotations.list` through the dispatcher (document check, evidence links, row → annotation objects)
 *   against a prepared SELECT of the same rows mapped to plain objects.
 *
 * Both run on a database file in a fresh temporary data directory (WAL, synchronous=FULL, as the app opens it); the
 * table is emptied (untimed) before each timed write. Calls are in-process: no IPC serialisation is counted.
 */
import { figure, type BenchFigure, type BenchOptions } from '../benchTypes';
import { median } from '../stats';
import { benchWorkload, batchItems, createWorkloadDocument, openBenchApi, type BenchApi } from './benchSetup';
import type { Annotation } from '../../src/shared/domain/annotation';
import { INSERT_COLUMNS, insertValues } from '../../src/main/storage/annotationStore';

type RawRow = Record<(typeof INSERT_COLUMNS)[number], unknown>;

/** The baseline's row mapping: every column into a camel-cased field of a flat object literal (no spreads, no checks). */
function mapRow(r: RawRow) {
  return {
    id: r.id,
    documentId: r.document_id,
    kind: r.kind,
    start: r.start_offset,
    end: r.end_offset,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    note: r.note,
    author: r.author,
    speaker: r.speaker,
    sourceName: r.source_name,
    sourceType: r.source_type,
    status: r.claim_status,
    verdict: r.verdict,
    attributedTo: r.attributed_to,
    anchorStatus: r.anchor_status,
    anchorConfidence: r.anchor_confidence,
    anchorMethod: r.anchor_method,
    conclusion: r.conclusion,
    claimantName: r.claimant_name,
    checker: r.checker,
    replyContactedAt: r.reply_contacted_at,
    replyResponse: r.reply_response,
    replyRespondedAt: r.reply_responded_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

interface Timed {
  value: number[];
  baseline: number[];
}

/** Alternates service and raw runs (one untimed warm-up each), so drift in the machine hits both alike. */
async function timeBoth(runs: number, prepare: () => void, service: () => Promise<unknown>, raw: () => unknown): Promise<Timed> {
  const samples: Timed = { value: [], baseline: [] };
  for (let i = 0; i <= runs; i++) {
    prepare();
    let start = performance.now();
    await service();
    if (i > 0) samples.value.push(performance.now() - start);
    prepare();
    start = performance.now();
    raw();
    if (i > 0) samples.baseline.push(performance.now() - start);
  }
  return samples;
}

export async function benchStore(options: BenchOptions): Promise<BenchFigure[]> {
  const workload = benchWorkload(options);
  const api: BenchApi = openBenchApi();
  try {
    const documentId = await createWorkloadDocument(api, workload);
    const inputs = batchItems(workload);
    const db = api.services.db;
    const clear = () => db.prepare('DELETE FROM annotations').run();

    // The rows the service writes, captured once, so the raw INSERT writes exactly the same values.
    clear();
    const created = await api.call<Annotation[]>('annotations.createMany', { documentId, annotations: inputs });
    const rows = created.map(insertValues);
    const insert = db.prepare(
      `INSERT INTO annotations (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`,
    );
    const insertAll = db.transaction((all: unknown[][]) => {
      for (const row of all) insert.run(row);
    });

    const write = await timeBoth(
      options.runs,
      clear,
      () => api.call('annotations.createMany', { documentId, annotations: inputs }),
      () => insertAll(rows),
    );

    const select = db.prepare(`SELECT * FROM annotations WHERE document_id = ? AND deleted_at IS NULL ORDER BY start_offset`);
    const rawList = () => (select.all(documentId) as RawRow[]).map(mapRow);
    const list = await timeBoth(
      options.runs,
      () => undefined,
      async () => {
        const listed = await api.call<unknown[]>('annotations.list', { documentId });
        if (listed.length !== inputs.length) throw new Error(`annotations.list gave ${listed.length} annotations, not ${inputs.length}.`);
      },
      rawList,
    );

    const n = inputs.length.toLocaleString('en');
    return [
      figure({
        name: 'store_write',
        value: median(write.value),
        baseline: median(write.baseline),
        target: 2,
        targetOn: 'ratio',
        unit: 'ms',
        note: `${n} annotations via annotations.createMany (dispatch + zod + per-item checks, one transaction) vs raw prepared INSERTs of the same rows in one transaction`,
      }),
      figure({
        name: 'store_list',
        value: median(list.value),
        baseline: median(list.baseline),
        target: 2,
        targetOn: 'ratio',
        unit: 'ms',
        note: `${n} annotations via annotations.list (dispatch) vs raw prepared SELECT of the same rows, each mapped to a flat camel-cased object`,
      }),
    ];
  } finally {
    api.close();
  }
}
