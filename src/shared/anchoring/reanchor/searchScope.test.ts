import { describe, expect, it } from 'vitest';
import { buildOffsetMap } from './offsetMapping';
import { passageLeft, regionsHold, regionsOf, spend, wideRegions, windowAround, zoneCache, type SearchScope } from './searchScope';

describe('regions', () => {
  const regions = regionsOf([
    { start: 10, end: 20 },
    { start: 40, end: 45 },
  ]);

  it('knows their total size and whether one holds a range', () => {
    expect(regions.size).toBe(15);
    expect(regionsHold(regions, 10, 20)).toBe(true);
    expect(regionsHold(regions, 41, 44)).toBe(true);
    expect(regionsHold(regions, 18, 22)).toBe(false);
    expect(regionsHold(regions, 0, 5)).toBe(false);
    expect(regionsHold(regions, 44, 50)).toBe(false);
  });
});

describe('search scope', () => {
  const oldText = 'Alpha beta. Delta epsilon zeta eta theta iota kappa lambda. Mu nu xi.';
  const newText = 'Delta epsilon zeta eta theta iota kappa lambda. Alpha beta. Mu nu xi.';
  const map = buildOffsetMap(oldText, newText);
  const scope = (own: { start: number; end: number }, remaining = 1e6): SearchScope => ({
    text: newText,
    quote: { exact: oldText.slice(own.start, own.end), prefix: '', suffix: '' },
    expected: { start: 0, end: 5 },
    diff: { map, own, zones: zoneCache(map) },
    budget: { remaining },
  });

  it('widens the expected range inside the text', () => {
    expect(windowAround(scope({ start: 0, end: 5 }), 3)).toEqual({ start: 0, end: 8 });
    expect(windowAround({ ...scope({ start: 0, end: 5 }), expected: null }, 3)).toBeNull();
  });

  it('knows whether a passage left its old place', () => {
    // The diff moves the short sentence, not the long one.
    expect(passageLeft(scope({ start: 0, end: 11 }))).toBe(true);
    expect(passageLeft(scope({ start: oldText.indexOf('Delta'), end: oldText.indexOf('Delta') + 13 }))).toBe(false);
    expect(passageLeft(scope({ start: oldText.indexOf('Mu'), end: oldText.length }))).toBe(false);
  });

  it('searches beyond the expected place only while the budget lasts', () => {
    const budget = { remaining: 10 };
    expect(spend(budget, 4)).toBe(true);
    expect(spend(budget, 7)).toBe(false);
    expect(budget.remaining).toBe(6);
    const poor = scope({ start: 0, end: 11 }, 0);
    expect(wideRegions(poor, 1)).toEqual([]);
  });
});
