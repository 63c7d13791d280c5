import { describe, expect, it } from 'vitest';
import { textQuoteAt, trimRange } from './textQuote';
import { findQuote } from './findQuote';
import { guessSourceName } from './sourceName';

describe('textQuoteAt', () => {
  it('takes up to 32 characters of context either side', () => {
    const text = `${'a'.repeat(40)}WORDS${'b'.repeat(40)}`;
    expect(textQuoteAt(text, { start: 40, end: 45 })).toEqual({ exact: 'WORDS', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(textQuoteAt('xWORDSy', { start: 1, end: 6 })).toEqual({ exact: 'WORDS', prefix: 'x', suffix: 'y' });
  });

  it('never splits a surrogate pair at a context edge', () => {
    const emoji = '😀';
    const text = `${emoji}${'a'.repeat(31)}X${'b'.repeat(31)}${emoji}`;
    const quote = textQuoteAt(text, { start: 33, end: 34 });
    expect(quote.exact).toBe('X');
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
  });
});

describe('trimRange', () => {
  it('drops whitespace at both ends and refuses a blank selection', () => {
    expect(trimRange('  Police said  ', { start: 0, end: 15 })).toEqual({ start: 2, end: 13 });
    expect(trimRange('a \n\n b', { start: 1, end: 5 })).toBeNull();
  });
});

describe('findQuote', () => {
  const text = 'Police said one thing. Later, Police said another thing. Police said a third.';

  it('finds the occurrence whose context matches', () => {
    const second = text.indexOf('Police said', 10);
    expect(findQuote(text, { exact: 'Police said', prefix: 'Later, ', suffix: ' another' })).toEqual({ start: second, end: second + 11 });
  });

  it('uses the position hint to break ties', () => {
    const third = text.lastIndexOf('Police said');
    expect(findQuote(text, { exact: 'Police said', prefix: '', suffix: '', hint: third - 2 })).toEqual({ start: third, end: third + 11 });
  });

  it('returns null when the words are gone', () => {
    expect(findQuote(text, { exact: 'Officials said', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote(text, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('guessSourceName', () => {
  it('strips attribution verbs and cues', () => {
    expect(guessSourceName('Police said')).toBe('Police');
    expect(guessSourceName("Iran's Tasnim News Agency reported")).toBe("Iran's Tasnim News Agency");
    expect(guessSourceName('according to officials')).toBe('officials');
    expect(guessSourceName('Iranian media is describing')).toBe('Iranian media');
    expect(guessSourceName('said')).toBe('said');
  });
});
