import { describe, expect, it } from 'vitest';
import {
  buildOffsetMap,
  deletedWithin,
  estimateOffset,
  insertionZones,
  mapOffset,
  mapOffsets,
  offsetMapFromDiffs,
  originOf,
} from './offsetMapping';

describe('buildOffsetMap', () => {
  it('has no runs for identical texts', () => {
    expect(buildOffsetMap('same text', 'same text').runs).toEqual([]);
    expect(buildOffsetMap('', '').runs).toEqual([]);
  });

  it('folds a diff into runs of deleted and inserted text', () => {
    const map = offsetMapFromDiffs(
      [
        [0, 'ab'],
        [-1, 'cd'],
        [1, 'XYZ'],
        [0, 'ef'],
        [1, 'Q'],
      ],
      6,
      8,
    );
    expect(map.runs).toEqual([
      { oldStart: 2, oldEnd: 4, newStart: 2, newEnd: 5 },
      { oldStart: 6, oldEnd: 6, newStart: 7, newEnd: 8 },
    ]);
  });

  it('diffs long texts paragraph by paragraph and still maps within changed paragraphs', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} says something about the day number ${i}.`);
    const oldText = paragraphs.join('\n\n');
    const newText = oldText.replace('Paragraph 200 says', 'Paragraph 200 now says');
    const map = buildOffsetMap(oldText, newText);
    const at = oldText.indexOf('something about the day number 200.');
    expect(newText.slice(mapOffset(map, at, 'start'), mapOffset(map, at + 9, 'end'))).toBe('something');
    const later = oldText.indexOf('Paragraph 399');
    expect(mapOffset(map, later, 'start')).toBe(later + 4);
  });
});

describe('mapping offsets', () => {
  const oldText = 'The cat sat on the mat.';

  it('keeps a start after text inserted right before it, and an end before text inserted right after it', () => {
    const newText = 'The big cat sat on the mat.';
    const map = buildOffsetMap(oldText, newText);
    const start = oldText.indexOf('cat');
    expect(mapOffset(map, start, 'start')).toBe(newText.indexOf('cat'));
    // "The " ends where "big " is inserted: the end stays before the insertion.
    expect(mapOffset(map, 4, 'end')).toBe(4);
  });

  it('takes in the replacement of words deleted at a range edge', () => {
    const newText = 'The dog sat on the mat.';
    const map = buildOffsetMap(oldText, newText);
    // "cat sat": its first word was replaced, so the mapped range covers the replacement.
    expect(mapOffset(map, 4, 'start')).toBe(4);
    expect(mapOffset(map, 7, 'end')).toBe(7);
    // "The cat": its last word was replaced; the end takes in "dog".
    expect(newText.slice(mapOffset(map, 0, 'start'), mapOffset(map, 7, 'end'))).toBe('The dog');
  });

  it('maps the very start and end of the text, and clamps offsets outside it', () => {
    const newText = `Update: ${oldText} More.`;
    const map = buildOffsetMap(oldText, newText);
    expect(mapOffset(map, 0, 'start')).toBe(8);
    expect(mapOffset(map, oldText.length, 'end')).toBe(8 + oldText.length);
    expect(mapOffset(map, -10, 'start')).toBe(8);
    expect(mapOffset(map, oldText.length + 50, 'end')).toBe(8 + oldText.length);
    const emptied = buildOffsetMap(oldText, '');
    expect(mapOffset(emptied, 5, 'start')).toBe(0);
    expect(mapOffset(emptied, 5, 'end')).toBe(0);
  });

  it('maps many offsets in one sweep exactly as one by one, in the input order', () => {
    const newText = 'A cat, fat, sat on a mat today. The end.';
    const map = buildOffsetMap(oldText, newText);
    const offsets = [23, 0, 7, 4, 4, 15, 11, 2, 19];
    for (const assoc of ['start', 'end'] as const) {
      expect(mapOffsets(map, offsets, assoc)).toEqual(offsets.map((offset) => mapOffset(map, offset, assoc)));
    }
  });
});

describe('estimateOffset', () => {
  it('maps unchanged text exactly and guesses proportionally inside a rewritten stretch', () => {
    const map = offsetMapFromDiffs(
      [
        [0, 'keep '],
        [-1, 'x'.repeat(100)],
        [1, 'y'.repeat(200)],
        [0, ' end'],
      ],
      109,
      209,
    );
    expect(estimateOffset(map, 2)).toBe(2);
    expect(estimateOffset(map, 55)).toBe(105);
    expect(estimateOffset(map, 106)).toBe(206);
  });
});

describe('where new text came from', () => {
  const oldText = 'one two three four five';
  const newText = 'one three four NEW five two';
  const map = buildOffsetMap(oldText, newText);

  it('tells inserted characters from the annotation’s own old text and from other old text', () => {
    const own = { start: oldText.indexOf('three'), end: oldText.indexOf('three') + 5 };
    const three = newText.indexOf('three');
    expect(originOf(map, { start: three, end: three + 5 }, own)).toEqual({ inserted: 0, own: 5, other: 0 });
    const fresh = newText.indexOf('NEW');
    expect(originOf(map, { start: fresh, end: fresh + 3 }, own).inserted).toBe(3);
    const one = { start: 0, end: 3 };
    expect(originOf(map, one, own)).toEqual({ inserted: 0, own: 0, other: 3 });
  });

  it('counts the characters of an old range that the new text lost', () => {
    expect(deletedWithin(map, { start: 0, end: oldText.length })).toBeGreaterThan(0);
    expect(deletedWithin(map, { start: 0, end: 3 })).toBe(0);
  });

  it('finds zones around inserted text, joining near ones and leaving out small ones', () => {
    const joined = offsetMapFromDiffs(
      [
        [0, 'a'.repeat(100)],
        [1, 'x'.repeat(10)],
        [0, 'b'.repeat(5)],
        [1, 'y'.repeat(10)],
        [0, 'c'.repeat(100)],
        [1, 'z'],
        [0, 'd'.repeat(100)],
      ],
      305,
      326,
    );
    expect(insertionZones(joined, 4, 5)).toEqual([{ start: 96, end: 129 }]);
    expect(insertionZones(joined, 4, 1)).toHaveLength(2);
  });
});
