import { describe, expect, it } from 'vitest';
import { textQuoteAt, type TextQuote, type TextRange } from '../textQuote';
import { buildOffsetMap } from './offsetMapping';
import { chooseExactPlace, occurrencesIn } from './quoteCandidates';
import { DEFAULT_SEARCH_BUDGET, zoneCache, type SearchScope } from './searchScope';

function scope(text: string, quote: TextQuote, expected: TextRange | null = null): SearchScope {
  return { text, quote, expected, diff: null, budget: { remaining: DEFAULT_SEARCH_BUDGET } };
}

const text = 'Police said one thing. Later, Police said another thing. Police said a third.';
const at = (n: number): number => [...text.matchAll(/Police said/g)][n]?.index ?? -1;

describe('occurrencesIn', () => {
  it('finds every occurrence that lies wholly inside the region', () => {
    expect(occurrencesIn(text, 'Police said', { start: 0, end: text.length })).toEqual([at(0), at(1), at(2)]);
    expect(occurrencesIn(text, 'Police said', { start: at(1), end: at(1) + 11 })).toEqual([at(1)]);
    expect(occurrencesIn(text, 'Police said', { start: at(1), end: at(1) + 10 })).toEqual([]);
    expect(occurrencesIn('aaaa', 'aa', { start: -5, end: 99 })).toEqual([0, 1, 2]);
  });
});

describe('chooseExactPlace', () => {
  it('is sure of a unique occurrence', () => {
    const choice = chooseExactPlace(scope(text, { exact: 'another thing', prefix: 'Police said ', suffix: '. Police' }));
    expect(choice?.best.range).toEqual({ start: text.indexOf('another thing'), end: text.indexOf('another thing') + 13 });
    expect(choice?.rivals).toEqual([]);
    expect(choice?.sure).toBe(true);
  });

  it('picks the occurrence whose context agrees, with no rival when it agrees clearly better', () => {
    const choice = chooseExactPlace(scope(text, { exact: 'Police said', prefix: 'Later, ', suffix: ' another' }));
    expect(choice?.best.range.start).toBe(at(1));
    expect(choice?.rivals).toEqual([]);
  });

  it('reports rivals when occurrences are about equally plausible', () => {
    const choice = chooseExactPlace(scope(text, { exact: 'Police said', prefix: '', suffix: '' }));
    expect(choice?.rivals.length).toBe(2);
  });

  it('prefers the occurrence at the expected place', () => {
    const choice = chooseExactPlace(scope(text, { exact: 'Police said', prefix: '', suffix: '' }, { start: at(2), end: at(2) + 11 }));
    expect(choice?.best.range.start).toBe(at(2));
  });

  it('refuses, with a diff, words that are another passage’s unchanged old text', () => {
    const oldText = 'Khamenei said yes. Then Khamenei said no.';
    const newText = 'Then Khamenei said no.';
    const own = { start: 0, end: 13 };
    const map = buildOffsetMap(oldText, newText);
    const quote = textQuoteAt(oldText, own);
    const withDiff: SearchScope = { ...scope(newText, quote, { start: 0, end: 0 }), diff: { map, own, zones: zoneCache(map) } };
    expect(chooseExactPlace(withDiff)).toBeNull();
    // Without the diff the same words would be taken (their context half agrees).
    expect(chooseExactPlace(scope(newText, quote, { start: 0, end: 0 }))?.best.range.start).toBe(5);
  });

  it('finds nothing for an empty quote or one longer than the text', () => {
    expect(chooseExactPlace(scope(text, { exact: '', prefix: '', suffix: '' }))).toBeNull();
    expect(chooseExactPlace(scope('short', { exact: 'much longer quote', prefix: '', suffix: '' }))).toBeNull();
  });
});
