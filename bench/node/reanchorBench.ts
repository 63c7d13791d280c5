/**
 * Re-anchoring figures: the workload's annotations (10,000 on ~1 MB) moved to a new version of the text made by
 * seeded edits of about 1 % of it at 50 sites (deletions, replacements, insertions; see textEdits.ts for the edits,
 * the ground truth and what counts as WRONG).
 *
 * - reanchor: Pressmark's `reanchor` (one diff of the versions maps every range, then quote search, then fuzzy match)
 *   against the Hypothesis-style baseline (hypothesisAnchor.ts: position check, then exact occurrences, then
 *   approx-string-match over the whole text, scored with prefix/suffix context), both over all annotations.
 * - reanchor_wrong: annotations on wrong words, Pressmark (value) and the baseline (baseline); Pressmark must have 0.
 */
import { figure, type BenchFigure, type BenchOptions } from '../benchTypes';
import { median } from '../stats';
import { benchWorkload } from './benchSetup';
import { applyEdits, groundTruth, isWrong, seededEdits } from './textEdits';
import { hypothesisAnchor } from './hypothesisAnchor';
import { reanchor, type AnchorTarget } from '../../src/shared/anchoring/reanchor';
import { textQuoteAt, type TextRange } from '../../src/shared/anchoring/textQuote';

export const EDIT_SITES = 50;
export const EDIT_FRACTION = 0.01;

export async function benchReanchor(options: BenchOptions): Promise<BenchFigure[]> {
  const workload = benchWorkload(options);
  const oldText = workload.text;
  const edits = seededEdits(oldText, { sites: EDIT_SITES, fraction: EDIT_FRACTION, seed: 7 });
  const newText = applyEdits(oldText, edits);
  const targets: AnchorTarget[] = workload.annotations.map((a) => ({ id: a.id, start: a.start, end: a.end, ...textQuoteAt(oldText, a) }));
  const truths = groundTruth(edits, workload.annotations);

  const runPressmark = (): Array<TextRange | null> => reanchor(oldText, newText, targets).map((outcome) => outcome.range);
  const runBaseline = (): Array<TextRange | null> => targets.map((target) => hypothesisAnchor(newText, target, target.start));

  // Warm up once each, then alternate timed runs.
  let pressmark = runPressmark();
  let baseline = runBaseline();
  const value: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    let start = performance.now();
    pressmark = runPressmark();
    value.push(performance.now() - start);
    start = performance.now();
    baseline = runBaseline();
    base.push(performance.now() - start);
  }

  const wrong = (placed: Array<TextRange | null>) => truths.filter((truth, i) => isWrong(truth, placed[i] ?? null)).length;
  const touched = truths.filter((t) => t.touched).length;
  const orphaned = pressmark.filter((r) => r === null).length;
  const pressmarkWrong = wrong(pressmark);
  const baselineWrong = wrong(baseline);
  const scale = `${targets.length.toLocaleString('en')} annotations, ${oldText.length.toLocaleString('en')} chars, ${edits.length} edit sites (${touched} annotations touched)`;
  return [
    figure({
      name: 'reanchor',
      value: median(value),
      baseline: median(base),
      target: 0.2,
      targetOn: 'ratio',
      unit: 'ms',
      note: `${scale}; baseline: Hypothesis-style quote anchoring (position check, exact occurrences, approx-string-match, context scoring); wrong: Pressmark ${pressmarkWrong}, baseline ${baselineWrong}; Pressmark orphaned ${orphaned}`,
    }),
    figure({
      name: 'reanchor_wrong',
      value: pressmarkWrong,
      baseline: baselineWrong,
      target: 0,
      targetOn: 'value',
      unit: 'count',
      note: `annotations on wrong words after the edits (${scale}): Pressmark (value) vs the Hypothesis-style baseline; orphaned touched annotations are not wrong`,
    }),
  ];
}
