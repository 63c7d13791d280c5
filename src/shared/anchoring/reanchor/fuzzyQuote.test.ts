import { describe, expect, it } from 'vitest';
import type { TextQuote, TextRange } from '../textQuote';
import { findFuzzyPlaces, maxFuzzyErrors } from './fuzzyQuote';
import { DEFAULT_SEARCH_BUDGET, type SearchScope } from './searchScope';

function scope(text: string, quote: TextQuote, expected: TextRange | null = null): SearchScope {
  return { text, quote, expected, diff: null, budget: { remaining: DEFAULT_SEARCH_BUDGET } };
}
const whole = (text: string): TextRange[] => [{ start: 0, end: text.length }];
const found = (text: string, places: { range: TextRange }[]): string[] =>
  places.map((place) => text.slice(place.range.start, place.range.end));

describe('findFuzzyPlaces', () => {
  it('allows at most a fifth of the quote to differ', () => {
    expect(maxFuzzyErrors(4)).toBe(0);
    expect(maxFuzzyErrors(10)).toBe(2);
    expect(maxFuzzyErrors(100)).toBe(20);
  });

  it('finds a long quote (over 32 characters) with a changed word, and covers the new words', () => {
    const quote = {
      exact: 'a reference to the most loyal companions of the first Shiite leader',
      prefix: 'Malik al-Ashtar, ',
      suffix: ', Imam Ali.',
    };
    const text =
      'Iranian media call him Malik al-Ashtar, a reference to the most faithful companions of the first Shiite leader, Imam Ali.';
    expect(found(text, findFuzzyPlaces(scope(text, quote), whole(text)))).toEqual([
      'a reference to the most faithful companions of the first Shiite leader',
    ]);
  });

  it('never returns the exact words, and finds a changed copy next to them', () => {
    const quote = { exact: 'numbered into the millions', prefix: 'Police said attendees ', suffix: '.' };
    const text = 'Police said attendees numbered into the millions. Police said attendees numbered in the millions.';
    expect(found(text, findFuzzyPlaces(scope(text, quote), whole(text)))).toEqual(['numbered in the millions']);
  });

  it('refuses look-alikes whose context and position both disagree', () => {
    const quote = { exact: 'Khamenei said', prefix: '“Of course not any time soon,” ', suffix: ', adding the' };
    const text = 'Later that day the ayatollah met officials. Khamenei says little in public, aides noted.';
    expect(findFuzzyPlaces(scope(text, quote), whole(text))).toEqual([]);
    // On the expected place, the same words are accepted.
    const at = text.indexOf('Khamenei says');
    expect(found(text, findFuzzyPlaces(scope(text, quote, { start: at, end: at + 13 }), whole(text)))).toEqual(['Khamenei says']);
  });

  it('refuses matches with too many errors', () => {
    const quote = { exact: 'harsh retaliation', prefix: 'vowed “', suffix: '.”' };
    const text = 'and vowed “severe punishment.”';
    expect(findFuzzyPlaces(scope(text, quote, { start: 11, end: 28 }), whole(text))).toEqual([]);
  });

  it('works with emoji (surrogate pairs) in the text and the quote', () => {
    const quote = { exact: 'fans 😀 cheered loudly', prefix: 'At the match, ', suffix: ' all night' };
    const text = 'At the match, fans 😀😀 cheered loudly all night';
    expect(found(text, findFuzzyPlaces(scope(text, quote), whole(text)))).toEqual(['fans 😀😀 cheered loudly']);
  });
});
