import { describe, expect, it } from 'vitest';
import { Mapping, StepMap } from 'prosemirror-transform';
import { AnnotationIndex, type IndexedRange } from './annotationIndex';

/** A small seeded generator (LCG), so the randomised test is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const q = (id: string, from: number, to: number): IndexedRange => ({ id, kind: 'quote', from, to });

describe('AnnotationIndex', () => {
  it('keeps ranges by start, drops empty ones, and a later range replaces an earlier one with the same id', () => {
    const index = AnnotationIndex.of([q('b', 10, 20), q('a', 2, 5), q('e', 7, 7), q('b', 12, 14)]);
    expect(index.all().map((r) => [r.id, r.from, r.to])).toEqual([
      ['a', 2, 5],
      ['b', 12, 14],
    ]);
    expect(index.get('b')).toMatchObject({ from: 12, to: 14, kind: 'quote', review: false });
    expect(index.get('e')).toBeNull();
  });

  it('finds the ranges overlapping a stretch, and those touching a position', () => {
    const index = AnnotationIndex.of([q('long', 0, 100), q('a', 10, 20), q('b', 20, 30), q('c', 50, 60)]);
    expect(index.between(20, 25).map((r) => r.id)).toEqual(['long', 'b']);
    expect(index.between(20, 20).map((r) => r.id)).toEqual(['long', 'a', 'b']);
    expect(index.between(61, 200).map((r) => r.id)).toEqual(['long']);
    expect(index.between(100, 100).map((r) => r.id)).toEqual(['long']);
  });

  it('tells whether any range overlaps or touches a stretch', () => {
    const index = AnnotationIndex.of([q('a', 10, 20), q('b', 50, 300)]);
    expect(index.touches(15, 15)).toBe(true);
    expect(index.touches(10, 10)).toBe(true);
    expect(index.touches(20, 20)).toBe(true);
    expect(index.touches(21, 49)).toBe(false);
    expect(index.touches(21, 50)).toBe(true);
    expect(index.touches(0, 9)).toBe(false);
    expect(index.touches(299, 299)).toBe(true);
    expect(index.touches(301, 400)).toBe(false);
    expect(AnnotationIndex.empty.touches(0, 10)).toBe(false);
  });

  it('maps like an inline decoration that includes neither edge, and reports ranges whose words are all gone', () => {
    const index = AnnotationIndex.of([q('a', 10, 20), q('b', 30, 40)]);
    // Typing at a's start and end stays outside it; typing inside grows it.
    const typed = index.map(new Mapping([new StepMap([10, 0, 1]), new StepMap([21, 0, 1]), new StepMap([15, 0, 3])]));
    expect(typed.index.get('a')).toMatchObject({ from: 11, to: 24 });
    expect(typed.index.get('b')).toMatchObject({ from: 35, to: 45 });
    const deleted = index.map(new Mapping([new StepMap([29, 12, 0])]));
    expect(deleted.removed).toEqual(['b']);
    expect(deleted.index.all().map((r) => r.id)).toEqual(['a']);
    // The older index is untouched.
    expect(index.get('b')).toMatchObject({ from: 30, to: 40 });
  });

  it('maps every range exactly as the mapping itself does, through single and multi-step edits', () => {
    const random = seededRandom(7);
    const ranges = Array.from({ length: 300 }, (_, i) => {
      const from = Math.floor(random() * 1000);
      return q(`r${i}`, from, from + 1 + Math.floor(random() * 40));
    });
    let index = AnnotationIndex.of(ranges);
    let expected = new Map(ranges.map((r) => [r.id, r]));
    for (let round = 0; round < 50; round++) {
      const maps = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const start = Math.floor(random() * 1000);
        return new StepMap([start, Math.floor(random() * 20), Math.floor(random() * 5)]);
      });
      const mapping = new Mapping(maps);
      const result = index.map(mapping);
      const next = new Map<string, IndexedRange>();
      const removed: string[] = [];
      for (const range of index.all()) {
        const from = mapping.map(range.from, 1);
        const to = mapping.map(range.to, -1);
        if (from < to) next.set(range.id, { ...range, from, to });
        else removed.push(range.id);
      }
      expect(result.removed.sort()).toEqual(removed.sort());
      expect(result.index.all()).toEqual([...next.values()]);
      index = result.index;
      expected = next;
    }
    expect(index.size).toBe(expected.size);
    for (const range of index.all()) expect(index.between(range.from, range.from).map((r) => r.id)).toContain(range.id);
  });

  it('adds, replaces and removes ranges without changing the index it came from', () => {
    const index = AnnotationIndex.of([q('a', 1, 5), q('b', 6, 9)]);
    const changed = index.add([q('a', 20, 30), q('c', 2, 3)]).remove(['b']);
    expect(changed.all().map((r) => [r.id, r.from])).toEqual([
      ['c', 2],
      ['a', 20],
    ]);
    expect(index.all().map((r) => r.id)).toEqual(['a', 'b']);
    expect(index.add([q('a', 4, 4)]).get('a')).toBeNull();
  });
});
