import { describe, expect, it } from 'vitest';
import { tidyEdges } from './rangeEdges';

const slice = (text: string, range: { start: number; end: number } | null): string | null =>
  range ? text.slice(range.start, range.end) : null;

describe('tidyEdges', () => {
  it('drops whitespace the quote did not have at its edges', () => {
    const text = 'said  on Monday\n';
    expect(slice(text, tidyEdges(text, { start: 4, end: 16 }, { exact: 'on Monday', prefix: 'said ', suffix: '' }))).toBe('on Monday');
  });

  it('takes whole words where the quote began or ended on a word boundary', () => {
    const text = 'the paramilitary leader wept on Mondays.';
    const start = text.indexOf('military');
    expect(
      slice(text, tidyEdges(text, { start, end: start + 15 }, { exact: 'militia leader', prefix: 'senior Iraqi ', suffix: ' in' })),
    ).toBe('paramilitary leader');
    const monday = text.indexOf('Monday');
    expect(
      slice(text, tidyEdges(text, { start: monday - 3, end: monday + 6 }, { exact: 'on Monday', prefix: 'cried ', suffix: ' at' })),
    ).toBe('on Mondays');
  });

  it('leaves a quote that began or ended inside a word as it is', () => {
    const text = 'the paramilitary leader';
    const start = text.indexOf('military');
    expect(slice(text, tidyEdges(text, { start, end: text.length }, { exact: 'military leader', prefix: 'para', suffix: '' }))).toBe(
      'military leader',
    );
  });

  it('never splits a surrogate pair', () => {
    const text = 'so 😀 happy';
    const emoji = text.indexOf('😀');
    expect(tidyEdges(text, { start: emoji + 1, end: text.length }, { exact: '\udc00 happy', prefix: 'so \ud83d', suffix: '' })).toEqual({
      start: emoji,
      end: text.length,
    });
    expect(tidyEdges(text, { start: 0, end: emoji + 1 }, { exact: 'so \ud83d', prefix: '', suffix: '\ude00' })).toEqual({
      start: 0,
      end: emoji + 2,
    });
  });

  it('returns null when nothing but whitespace is left, and keeps ranges inside the text', () => {
    expect(tidyEdges('a    b', { start: 1, end: 5 }, { exact: 'x', prefix: '', suffix: '' })).toBeNull();
    expect(tidyEdges('abc', { start: -4, end: 99 }, { exact: 'abc', prefix: '', suffix: '' })).toEqual({ start: 0, end: 3 });
  });
});
