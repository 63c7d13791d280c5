import { describe, expect, it } from 'vitest';
import { findMatches, foldQuery, foldText, MAX_MATCHES } from './findText';

const words = (text: string, query: string) => findMatches(text, query).map((m) => text.slice(m.start, m.end));

describe('findMatches', () => {
  it('reports offsets into the original text', () => {
    const text = 'The council met. The council voted.';
    expect(findMatches(text, 'council')).toEqual([
      { start: 4, end: 11 },
      { start: 21, end: 28 },
    ]);
  });

  it('ignores letter case', () => {
    expect(words('Harbour Town, HARBOUR town, harbour TOWN', 'harbour town')).toEqual(['Harbour Town', 'HARBOUR town', 'harbour TOWN']);
  });

  it('treats curly and straight quotes alike, both ways', () => {
    const text = "Khamenei’s speech, and “Oh Allah” said he; Khamenei's aide";
    expect(words(text, "Khamenei's")).toEqual(['Khamenei’s', "Khamenei's"]);
    expect(words(text, 'khamenei’s')).toEqual(['Khamenei’s', "Khamenei's"]);
    expect(words(text, '"oh allah"')).toEqual(['“Oh Allah”']);
  });

  it('ignores accents, whether precomposed or combining, and keeps a trailing mark in the match', () => {
    const text = 'Café Zürich, cafe\u0301 zurich';
    expect(words(text, 'cafe')).toEqual(['Café', 'cafe\u0301']);
    expect(words(text, 'ZURICH')).toEqual(['Zürich', 'zurich']);
  });

  it('matches Persian text across Arabic letter variants, digits and joiners', () => {
    const text = 'به گزارش خبرگزاری تسنیم، ۱۲ نفر می‌گویند. كشور ايران 12';
    expect(words(text, 'خبرگزاری تسنیم')).toEqual(['خبرگزاری تسنیم']);
    expect(words(text, 'میگویند')).toEqual(['می‌گویند']);
    expect(words(text, 'کشور ایران')).toEqual(['كشور ايران']);
    expect(words(text, '12')).toEqual(['۱۲', '12']);
  });

  it('lets one space match a run of spaces, but never a paragraph break', () => {
    const text = 'flood  wall\u00A0plan\n\nflood\nwall';
    expect(words(text, 'flood wall plan')).toEqual(['flood  wall\u00A0plan']);
    expect(words(text, 'flood wall')).toEqual(['flood  wall']);
  });

  it('does not overlap matches: the next search starts after the last match', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findMatches('aaa', 'aa')).toEqual([{ start: 0, end: 2 }]);
  });

  it('finds nothing for an empty, blank or invisible query', () => {
    expect(findMatches('some text', '')).toEqual([]);
    expect(findMatches('some text', '   ')).toEqual([]);
    expect(findMatches('some\u200Ctext', '\u200C')).toEqual([]);
    expect(findMatches('some text', 'absent')).toEqual([]);
  });

  it('keeps surrogate pairs (emoji) intact', () => {
    expect(words('rain 🌧 again 🌧', '🌧')).toEqual(['🌧', '🌧']);
  });

  it('handles a 1 MB article and stops counting at the limit', () => {
    const paragraph = 'The Council of Harbour Town voted on Tuesday to build a flood wall. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const folded = foldText(text);
    expect(folded.folded.length).toBe(text.length);
    expect(findMatches(folded, 'flood wall')).toHaveLength(Math.ceil(1_000_000 / paragraph.length));
    expect(findMatches(folded, 'o')).toHaveLength(MAX_MATCHES);
    expect(findMatches(folded, 'o', 10)).toHaveLength(10);
  });
});

describe('foldText', () => {
  it('maps each folded character back to its offset', () => {
    const { folded, offsets } = foldText('A\u200Cb  C');
    expect(folded).toBe('ab c');
    expect(Array.from(offsets)).toEqual([0, 2, 3, 5]);
  });

  it('folds a query the same way', () => {
    expect(foldQuery('“Khamenei’s”')).toBe('"khamenei\'s"');
  });
});
