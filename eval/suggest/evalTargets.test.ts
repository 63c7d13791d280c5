/**
 * The targets, asserted on the hand-labelled articles: direct-quote F1 ≥ 0.95, speaker accuracy ≥ 0.9, claim
 * recall ≥ 0.8 with precision ≥ 0.6 (at the engine's default threshold). This test fails when the engine or the labels
 * move below them; `npm run eval:suggest -- --verbose` shows what was missed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, missedTargets, TARGETS } from './runEvaluation';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('suggestion engine on the gold articles', () => {
  const evaluation = evaluate(root);
  const { overall } = evaluation;

  it('evaluates at least the three project articles', () => {
    expect(evaluation.articles.length).toBeGreaterThanOrEqual(3);
  });

  it('meets the issue’s targets', () => {
    expect(missedTargets(overall)).toEqual([]);
    expect(overall.quotes.f1).toBeGreaterThanOrEqual(TARGETS.quoteF1);
    expect(overall.speakers.judged).toBeGreaterThan(0);
    expect(overall.speakers.accuracy).toBeGreaterThanOrEqual(TARGETS.speakerAccuracy);
    expect(overall.claims.recall).toBeGreaterThanOrEqual(TARGETS.claimRecall);
    expect(overall.claims.precision).toBeGreaterThanOrEqual(TARGETS.claimPrecision);
  });

  it('can fail: a worse engine output misses the targets', () => {
    const degraded = { ...overall, quotes: { ...overall.quotes, f1: 0.5 }, claims: { ...overall.claims, precision: 0.2 } };
    expect(missedTargets(degraded)).toHaveLength(2);
  });
});
