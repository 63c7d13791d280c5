import { describe, expect, it } from 'vitest';
import { countOutcomes, exactOutcome, fuzzyOutcome, movedOutcome, needsReview, orphanedOutcome } from './outcomes';

const range = { start: 1, end: 4 };

describe('outcomes', () => {
  it('keeps confidence 1 for sure exact and moved outcomes, and below 1 for fuzzy ones', () => {
    expect(exactOutcome(range)).toEqual({ status: 'exact', range, confidence: 1, method: 'diff' });
    expect(movedOutcome(range, 1).confidence).toBe(1);
    expect(movedOutcome(range, 0.4567).confidence).toBe(0.457);
    expect(fuzzyOutcome(range, 1).confidence).toBe(0.99);
    expect(fuzzyOutcome(range, 0).confidence).toBe(0.01);
    expect(fuzzyOutcome(range, Number.NaN).confidence).toBe(0.01);
    expect(orphanedOutcome()).toEqual({ status: 'orphaned', range: null, confidence: 0, method: null });
  });

  it('asks for review of fuzzy results and of unsure moves, not of sure ones or orphans', () => {
    expect(needsReview(exactOutcome(range))).toBe(false);
    expect(needsReview(movedOutcome(range, 1))).toBe(false);
    expect(needsReview(movedOutcome(range, 0.5))).toBe(true);
    expect(needsReview(fuzzyOutcome(range, 0.9))).toBe(true);
    expect(needsReview(orphanedOutcome())).toBe(false);
  });

  it('counts outcomes, review overlapping the others', () => {
    const outcomes = [exactOutcome(range), movedOutcome(range, 1), movedOutcome(range, 0.5), fuzzyOutcome(range, 0.9), orphanedOutcome()];
    expect(countOutcomes(outcomes)).toEqual({ exact: 1, moved: 2, fuzzy: 1, review: 2, orphaned: 1 });
    expect(countOutcomes([])).toEqual({ exact: 0, moved: 0, fuzzy: 0, review: 0, orphaned: 0 });
  });
});
