import { describe, expect, it } from 'vitest';
import type { TextQuote, TextRange } from '../textQuote';
import { locateQuote } from './locateQuote';
import { needsReview } from './outcomes';
import { DEFAULT_SEARCH_BUDGET, type SearchScope } from './searchScope';

function scope(text: string, quote: TextQuote, expected: TextRange | null, expectedIsEstimate = false): SearchScope {
  return { text, quote, expected, expectedIsEstimate, diff: null, budget: { remaining: DEFAULT_SEARCH_BUDGET } };
}

describe('locateQuote', () => {
  const filler = 'Other news of the day. '.repeat(20);

  it('lets exact words far away compete with changed words on the expected place, and flags the result', () => {
    const quote = {
      exact: 'Police said attendees numbered into the millions',
      prefix: 'unlike any in Iran’s history. ',
      suffix: '. The funeral',
    };
    const text = `unlike any in Iran’s history. Police said attendees numbered in the millions. The funeral went on. ${filler}Later: Police said attendees numbered into the millions.`;
    const outcome = locateQuote(scope(text, quote, { start: 30, end: 76 }));
    expect(outcome.status).toBe('fuzzy');
    expect(outcome.range && text.slice(outcome.range.start, outcome.range.end)).toBe('Police said attendees numbered in the millions');
    expect(needsReview(outcome)).toBe(true);
  });

  it('is sure of the occurrence at the expected place only when that place is evidence, not an estimate', () => {
    const quote = { exact: 'Police said attendees', prefix: '', suffix: '' };
    const text = `Police said attendees came. ${filler}Police said attendees left.`;
    const expected = { start: 2, end: 23 };
    expect(locateQuote(scope(text, quote, expected)).confidence).toBe(1);
    const estimated = locateQuote(scope(text, quote, expected, true));
    expect(estimated.range?.start).toBe(0);
    expect(needsReview(estimated)).toBe(true);
  });

  it('orphans a quote that is nowhere, and any quote in an empty text', () => {
    expect(locateQuote(scope('Nothing to see here.', { exact: 'Khamenei vowed revenge', prefix: '', suffix: '' }, null)).status).toBe(
      'orphaned',
    );
    expect(locateQuote(scope('', { exact: 'anything', prefix: '', suffix: '' }, { start: 0, end: 0 })).status).toBe('orphaned');
  });
});
