/**
 * `npm run bench`: measures every figure of docs/performance.md against a baseline taken in the same run, prints one
 * table and writes bench/results.json. The Node side (storage, re-anchoring, suggestions, exports, event-loop stalls)
 * runs in this process; the renderer side (open, keystrokes, heap, the Recogito peer) in headless Chromium.
 *
 *   npm run bench                      the newsroom workload: ~1 MB, 10,000 annotations, median of 5 runs
 *   npm run bench -- --runs 9          more runs per figure
 *   npm run bench -- --only node       just one side (node | browser)
 *   npm run bench -- --tiny --out F    npm test's smoke run: 300 annotations, ~40 KB, 1 run, targets not
 *                                      judged; figures written to F instead of bench/results.json
 *
 * Exit status: 1 when a side fails or an expected figure is missing, or (full runs only) a target is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { targetMet, type Bench, type BenchFigure, type BenchOptions } from '../bench/benchTypes';
import { formatTable, isProduced, missingFigures, resultsJson } from '../bench/report';
import { benchNode } from '../bench/node/nodeBench';
import { benchBrowser } from '../bench/browser/browserBench';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIDES: Record<'node' | 'browser', Bench> = { node: benchNode, browser: benchBrowser };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      tiny: { type: 'boolean', default: false },
      runs: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const tiny = values.tiny ?? false;
  const options: BenchOptions = {
    tiny,
    runs: values.runs ? Math.max(1, Number(values.runs)) : tiny ? 1 : 5,
    annotations: tiny ? 300 : 10_000,
    targetChars: tiny ? 40_000 : 1_000_000,
  };
  if (!tiny && options.runs < 5) console.warn(`Note: ${options.runs} runs per figure; the published figures use at least 5.`);
  const sides = values.only ? (values.only.split(',') as (keyof typeof SIDES)[]) : (Object.keys(SIDES) as (keyof typeof SIDES)[]);
  for (const side of sides) if (!(side in SIDES)) throw new Error(`Unknown bench side "${side}" (node or browser).`);

  console.log(
    `Pressmark bench: ${tiny ? 'tiny' : 'full'} workload (${options.annotations.toLocaleString('en')} annotations, ~${Math.round(options.targetChars / 1000)} KB), ` +
      `${options.runs} run(s) per figure; ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}\n`,
  );
  const figures: BenchFigure[] = [];
  let sidesFailed = 0;
  for (const side of sides) {
    const started = performance.now();
    try {
      const produced = await SIDES[side](options);
      figures.push(...produced);
      console.log(`${side}: ${produced.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // One side failing must not hide the other's figures; its own are reported missing below.
      sidesFailed++;
      console.error(`${side}: failed after ${((performance.now() - started) / 1000).toFixed(1)} s`, error);
    }
  }

  console.log(`\n${formatTable(figures, !tiny)}\n`);
  for (const f of figures.filter((f) => f.note)) console.log(`  ${f.name}: ${f.note}`);

  // bench/results.json holds complete runs only: a partial (--only) run is written only where --out says.
  const out = values.out ? path.resolve(values.out) : values.only ? null : path.join(root, 'bench', 'results.json');
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(resultsJson(figures), null, 2)}\n`);
    console.log(`\nWritten to ${path.relative(root, out)}`);
  }

  const missing = values.only ? figures.filter((f) => !isProduced(f)).map((f) => f.name) : missingFigures(figures);
  if (missing.length) console.error(`Missing figures: ${missing.join(', ')}`);
  const missed = tiny ? [] : figures.filter((f) => !targetMet(f));
  if (!tiny)
    console.log(
      `targets: ${figures.length - missed.length} met, ${missed.length} missed${missed.length ? ` (${missed.map((f) => f.name).join(', ')})` : ''}`,
    );
  return sidesFailed || missing.length || missed.length ? 1 : 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
