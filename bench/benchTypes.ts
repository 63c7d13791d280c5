/**
 * What every benchmark reports: a figure, its baseline measured in the same run, their ratio, and the target the
 * issue sets (on the ratio or on the value itself). bench/results.json holds one entry per figure.
 */
export type BenchUnit = 'ms' | 'MB' | 'count';

export interface BenchFigure {
  name: string;
  value: number;
  baseline: number;
  /** value / baseline */
  ratio: number;
  target: number;
  /** 'ratio': met when ratio ≤ target; 'value': met when value ≤ target (a budget in the figure's own unit). */
  targetOn: 'ratio' | 'value';
  unit: BenchUnit;
  /** What the baseline is, or anything a reader needs to read the figure. */
  note?: string;
}

export interface BenchOptions {
  /** npm test's smoke mode: a small workload, one run, targets not judged. */
  tiny: boolean;
  /** Timed runs per figure (the median is reported); at least 5 in a real run. */
  runs: number;
  /** Seeded annotations in the workload (10,000; 300 when tiny). */
  annotations: number;
  /** Characters of article text in the workload (~1 MB; ~40 KB when tiny). */
  targetChars: number;
}

/** A group of figures measured together (they may share a set-up, like a browser or a database). */
export type Bench = (options: BenchOptions) => Promise<BenchFigure[]>;

export function figure(fields: Omit<BenchFigure, 'ratio'>): BenchFigure {
  return { ...fields, ratio: fields.baseline > 0 ? fields.value / fields.baseline : Number.NaN };
}

export function targetMet(result: BenchFigure): boolean {
  return (result.targetOn === 'ratio' ? result.ratio : result.value) <= result.target;
}
