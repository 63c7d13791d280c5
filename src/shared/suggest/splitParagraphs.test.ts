import { describe, expect, it } from 'vitest';
import { splitParagraphs, trimSpan } from './splitParagraphs';

const texts = (text: string) => splitParagraphs(text).map((span) => text.slice(span.start, span.end));

describe('splitParagraphs', () => {
  it('splits stored plain text on blank lines and hard breaks', () => {
    expect(texts('Headline\n\nFirst para.\nSecond line.\n\n\n\nLast.')).toEqual(['Headline', 'First para.', 'Second line.', 'Last.']);
  });

  it('splits raw files on single newlines and CRLF, trimming each paragraph', () => {
    expect(texts('  One.  \r\nTwo.\r\n\r\n\tThree.\n')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\r\n ')).toEqual([]);
  });

  it('trims a span without moving past its other end', () => {
    expect(trimSpan('  a  ', 0, 5)).toEqual({ start: 2, end: 3 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
