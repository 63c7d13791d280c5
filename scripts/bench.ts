/**
 * `npm run bench`: runs every benchmark in bench/ and prints one table. Add a benchmark by appending its function to
 * BENCHES; each returns { name, ms, baselineMs, ratio, words } (the baseline is measured in the same run, see the bench).
 */
import { benchSuggest, type BenchResult } from '../bench/suggestBench';

const BENCHES: (() => Promise<BenchResult>)[] = [benchSuggest];

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  for (const bench of BENCHES) results.push(await bench());
  const rows = [
    ['bench', 'ms (median)', 'baseline ms', 'ratio', 'words'],
    ...results.map((r) => [r.name, r.ms.toFixed(1), r.baselineMs.toFixed(1), r.ratio.toFixed(2), String(r.words)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
