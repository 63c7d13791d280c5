import { describe, expect, it } from 'vitest';
import { figure, type BenchFigure } from './benchTypes';
import { EXPECTED_FIGURES, formatTable, missingFigures, resultsJson, sortFigures } from './report';

const open = figure({ name: 'open', value: 120, baseline: 100, target: 1.5, targetOn: 'ratio', unit: 'ms' });
const stall = figure({ name: 'main_stall_max', value: 61, baseline: 3, target: 50, targetOn: 'value', unit: 'ms' });

describe('bench report', () => {
  it('writes the issue shape, judging ratio targets on the ratio and budgets on the value', () => {
    const json = resultsJson([stall, open]);
    expect(Object.keys(json)).toEqual(['open', 'main_stall_max']);
    expect(json.open).toMatchObject({ value: 120, baseline: 100, ratio: 1.2, target: 1.5, unit: 'ms', met: true });
    expect(json.main_stall_max).toMatchObject({ value: 61, ratio: 20.3333, target: 50, met: false });
  });

  it('names every expected figure the run did not produce, including NaN ones', () => {
    const broken: BenchFigure = { ...open, name: 'keystroke_p95', value: Number.NaN };
    const missing = missingFigures([open, stall, broken]);
    expect(missing).toContain('keystroke_p95');
    expect(missing).not.toContain('open');
    expect(missing).toHaveLength(EXPECTED_FIGURES.length - 2);
  });

  it('orders known figures as the issue lists them and prints a verdict only when judging', () => {
    const extra = figure({ name: 'zz_extra', value: 1, baseline: 1, target: 1, targetOn: 'ratio', unit: 'ms' });
    expect(sortFigures([extra, stall, open]).map((f) => f.name)).toEqual(['open', 'main_stall_max', 'zz_extra']);
    const judged = formatTable([open, stall], true).split('\n');
    expect(judged[0]).toMatch(/figure\s+value\s+baseline\s+ratio\s+target\s+met/);
    expect(judged[1]).toMatch(/^open\s+120 ms\s+100 ms\s+1\.200\s+ratio ≤ 1\.5\s+yes$/);
    expect(judged[2]).toMatch(/NO$/);
    expect(formatTable([open], false)).not.toMatch(/\bmet\b|yes/);
  });
});
