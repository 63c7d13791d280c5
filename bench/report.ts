/**
 * How a bench run is reported: the table printed to the terminal, the object written to bench/results.json
 * (`{ "<name>": { value, baseline, ratio, target, unit, … } }`), and which figures are missing or off target.
 * Pure functions over BenchFigure, so they are unit-tested without running a benchmark.
 */
import { targetMet, type BenchFigure } from './benchTypes';

/** Every figure issue 8 asks for, in the order the table prints them. */
export const EXPECTED_FIGURES = [
  'open',
  'open_vs_peer',
  'keystroke_p50',
  'keystroke_p95',
  'renderer_heap',
  'store_write',
  'store_list',
  'reanchor',
  'reanchor_wrong',
  'suggest_10k_words',
  'export_html_10k',
  'export_jsonld_10k',
  'main_stall_max',
] as const;

export interface ResultEntry {
  value: number;
  baseline: number;
  ratio: number;
  target: number;
  unit: string;
  /** Whether `target` bounds the ratio or the value itself. */
  targetOn: 'ratio' | 'value';
  met: boolean;
  note?: string;
}

const round = (n: number, digits: number): number => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export function resultsJson(figures: readonly BenchFigure[]): Record<string, ResultEntry> {
  const entries = sortFigures(figures).map((f): [string, ResultEntry] => [
    f.name,
    {
      value: round(f.value, 3),
      baseline: round(f.baseline, 3),
      ratio: round(f.ratio, 4),
      target: f.target,
      unit: f.unit,
      targetOn: f.targetOn,
      met: targetMet(f),
      ...(f.note ? { note: f.note } : {}),
    },
  ]);
  return Object.fromEntries(entries);
}

/** Known figures in EXPECTED_FIGURES order, then any others by name. */
export function sortFigures(figures: readonly BenchFigure[]): BenchFigure[] {
  const order = (name: string) => {
    const i = (EXPECTED_FIGURES as readonly string[]).indexOf(name);
    return i < 0 ? EXPECTED_FIGURES.length : i;
  };
  return [...figures].sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
}

/** A figure counts as produced when its value and baseline are finite numbers. */
export function isProduced(f: BenchFigure): boolean {
  return Number.isFinite(f.value) && Number.isFinite(f.baseline);
}

/** Expected figures that the run did not produce (absent, or not a finite number). */
export function missingFigures(figures: readonly BenchFigure[]): string[] {
  return EXPECTED_FIGURES.filter((name) => !figures.some((f) => f.name === name && isProduced(f)));
}

function formatNumber(n: number, unit: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (unit === 'count') return String(Math.round(n));
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** The terminal table; `judge` false (tiny mode) leaves the verdict column out. */
export function formatTable(figures: readonly BenchFigure[], judge: boolean): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', ...(judge ? ['met'] : [])];
  const rows = sortFigures(figures).map((f) => [
    f.name,
    `${formatNumber(f.value, f.unit)} ${f.unit}`,
    `${formatNumber(f.baseline, f.unit)} ${f.unit}`,
    Number.isFinite(f.ratio) ? f.ratio.toFixed(3) : String(f.ratio),
    f.targetOn === 'ratio' ? `ratio ≤ ${f.target}` : `≤ ${f.target} ${f.unit}`,
    ...(judge ? [targetMet(f) ? 'yes' : 'NO'] : []),
  ]);
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
    .join('\n');
}
