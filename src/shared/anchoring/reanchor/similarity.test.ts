import { describe, expect, it } from 'vitest';
import { bestScoreAtDistance, contextAgreement, gapBetween, meanAgreement, placeScore, positionScore, textSimilarity } from './similarity';

describe('textSimilarity', () => {
  it('is 1 for the same text, 0 when either side is empty, and drops by one error per character', () => {
    expect(textSimilarity('leader said', 'leader said')).toBe(1);
    expect(textSimilarity('', 'leader')).toBe(0);
    expect(textSimilarity('leader', '')).toBe(0);
    expect(textSimilarity('leader sayd', 'leader said')).toBeCloseTo(1 - 1 / 11);
  });

  it('handles patterns longer than 32 characters (approx-string-match’s block mode)', () => {
    const long = 'a reference to the most loyal companions of the first Shiite leader';
    expect(textSimilarity(long.replace('loyal', 'royal'), long)).toBeCloseTo(1 - 1 / long.length);
  });
});

describe('contextAgreement', () => {
  const text = 'Police said attendees numbered into the millions.';
  const range = { start: 12, end: 21 }; // "attendees"

  it('compares the stored prefix and suffix with the text around a place', () => {
    const agreement = contextAgreement(text, range, { exact: 'attendees', prefix: 'Police said ', suffix: ' numbered' });
    expect(agreement).toEqual({ prefix: 1, suffix: 1 });
    expect(meanAgreement(agreement)).toBe(1);
    const changed = contextAgreement(text, range, { exact: 'attendees', prefix: 'Officials said ', suffix: ' numbered' });
    expect(changed.prefix).toBeLessThan(1);
  });

  it('treats empty stored context as unknown, except at the edge of the text where it agrees', () => {
    expect(contextAgreement(text, range, { exact: 'attendees', prefix: '', suffix: '' })).toEqual({ prefix: null, suffix: null });
    expect(meanAgreement({ prefix: null, suffix: null })).toBeNull();
    expect(contextAgreement(text, { start: 0, end: 6 }, { exact: 'Police', prefix: '', suffix: ' said' }).prefix).toBe(1);
    expect(contextAgreement(text, { start: 12, end: 21 }, { exact: 'attendees', prefix: '', suffix: ' numbered' }).prefix).toBeNull();
    expect(contextAgreement(text, { start: 40, end: text.length }, { exact: 'millions.', prefix: 'the ', suffix: '' }).suffix).toBe(1);
    // No context at all is unknown, even at the start of the text.
    expect(contextAgreement(text, { start: 0, end: 6 }, { exact: 'Police', prefix: '', suffix: '' })).toEqual({
      prefix: null,
      suffix: null,
    });
    expect(meanAgreement({ prefix: null, suffix: 0.5 })).toBe(0.5);
  });
});

describe('position and score', () => {
  it('scores position 1 on the expected range, falling with distance, null without one', () => {
    expect(gapBetween({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(gapBetween({ start: 20, end: 25 }, { start: 5, end: 9 })).toBe(11);
    expect(positionScore({ start: 3, end: 8 }, { start: 0, end: 10 }, 5)).toBe(1);
    expect(positionScore({ start: 500, end: 505 }, { start: 0, end: 10 }, 5)).toBeLessThan(0.01);
    expect(positionScore({ start: 0, end: 5 }, null, 5)).toBeNull();
  });

  it('weighs the quote most and keeps every score between 0 and 1', () => {
    expect(placeScore(1, { prefix: 1, suffix: 1 }, 1)).toBe(1);
    expect(placeScore(0, { prefix: 0, suffix: 0 }, 0)).toBe(0);
    expect(placeScore(1, { prefix: 0, suffix: 0 }, 0)).toBe(0.5);
    expect(placeScore(0, { prefix: 1, suffix: 0 }, 1)).toBeCloseTo(0.3);
    expect(placeScore(1, { prefix: null, suffix: null }, null)).toBeCloseTo(0.75);
    expect(bestScoreAtDistance(0, 10)).toBe(1);
    expect(bestScoreAtDistance(10_000, 10)).toBeCloseTo(0.9);
  });
});
