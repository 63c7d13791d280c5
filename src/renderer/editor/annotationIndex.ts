/**
 * Every annotation range of the editor in one persistent, cheap structure: parallel arrays sorted by start position
 * (positions in typed arrays), so 10,000 ranges map through an edit in a fraction of a millisecond and the ranges
 * over a stretch of the document are found by binary search. Never mutated: mapping or changing it makes a new
 * index (sharing what did not change), so an older editor state keeps its own ranges.
 *
 * Mapping follows inline decorations with inclusiveStart/inclusiveEnd false: the start maps forward (assoc 1), the
 * end backward (assoc -1), and a range whose words were all deleted (start ≥ end) drops out and is reported.
 */
import type { Mapping } from 'prosemirror-transform';
import type { AnnotationKind } from '../../shared/domain/annotation';

export interface IndexedRange {
  id: string;
  kind: AnnotationKind;
  from: number;
  to: number;
  review?: boolean;
}

export class AnnotationIndex {
  static readonly empty = new AnnotationIndex([], [], new Uint8Array(0), new Int32Array(0), new Int32Array(0), 0);

  private slots: Map<string, number> | null = null;

  private constructor(
    private readonly ids: readonly string[],
    private readonly kinds: readonly AnnotationKind[],
    private readonly review: Uint8Array,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
    /** The longest range's length: a range reaching position p starts at or after p − maxLength. */
    private readonly maxLength: number,
  ) {}

  /** An index of the given ranges; empty ones (from ≥ to) are left out, and a later range replaces an earlier one with its id. */
  static of(ranges: readonly IndexedRange[]): AnnotationIndex {
    // The last non-empty range of each id, in input order.
    const last = new Map<string, number>();
    ranges.forEach((range, i) => {
      if (range.to > range.from) last.set(range.id, i);
    });
    const n = last.size;
    // Sorted by start without a JavaScript comparator: each key is start × 2^k + input slot, sorted natively.
    const scale = 2 ** Math.ceil(Math.log2(ranges.length + 1));
    const keys = new Float64Array(n);
    let k = 0;
    for (const i of last.values()) keys[k++] = ranges[i]!.from * scale + i;
    keys.sort();
    const ids: string[] = new Array(n);
    const kinds: AnnotationKind[] = new Array(n);
    const review = new Uint8Array(n);
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    let maxLength = 0;
    for (let j = 0; j < n; j++) {
      const range = ranges[keys[j]! % scale]!;
      ids[j] = range.id;
      kinds[j] = range.kind;
      review[j] = range.review ? 1 : 0;
      from[j] = range.from;
      to[j] = range.to;
      maxLength = Math.max(maxLength, range.to - range.from);
    }
    return new AnnotationIndex(ids, kinds, review, from, to, maxLength);
  }

  get size(): number {
    return this.ids.length;
  }

  private range(i: number): IndexedRange {
    return { id: this.ids[i]!, kind: this.kinds[i]!, from: this.from[i]!, to: this.to[i]!, review: this.review[i] === 1 };
  }

  /** Every range, by start position. */
  all(): IndexedRange[] {
    return this.ids.map((_, i) => this.range(i));
  }

  get(id: string): IndexedRange | null {
    if (!this.slots) {
      this.slots = new Map();
      this.ids.forEach((rangeId, i) => this.slots!.set(rangeId, i));
    }
    const slot = this.slots.get(id);
    return slot === undefined ? null : this.range(slot);
  }

  /** Ranges that overlap [from, to) or touch a position when from = to (from ≤ pos ≤ to), by start position. */
  between(from: number, to: number): IndexedRange[] {
    const found: IndexedRange[] = [];
    const touching = from === to;
    for (let i = this.firstStartingAtOrAfter(from - this.maxLength); i < this.ids.length && this.from[i]! <= to; i++) {
      const f = this.from[i]!;
      const t = this.to[i]!;
      if (touching ? f <= from && t >= from : f < to && t > from) found.push(this.range(i));
    }
    return found;
  }

  /** Whether any range overlaps or touches [from, to] (from ≤ range.to and range.from ≤ to). */
  touches(from: number, to: number): boolean {
    for (let i = this.firstStartingAtOrAfter(from - this.maxLength); i < this.ids.length && this.from[i]! <= to; i++) {
      if (this.to[i]! >= from) return true;
    }
    return false;
  }

  private firstStartingAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.from[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index after an edit, and the ids of ranges whose words it deleted entirely (in document order). */
  map(mapping: Mapping): { index: AnnotationIndex; removed: string[] } {
    const n = this.ids.length;
    if (n === 0) return { index: this, removed: [] };
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    const single = singleChange(mapping);
    let removedCount = 0;
    let maxLength = 0;
    for (let i = 0; i < n; i++) {
      const f = this.from[i]!;
      const t = this.to[i]!;
      let mf: number;
      let mt: number;
      if (single) {
        const { start, end, delta } = single;
        mf = f < start ? f : f > end ? f + delta : mapping.map(f, 1);
        mt = t < start ? t : t > end ? t + delta : mapping.map(t, -1);
      } else {
        mf = mapping.map(f, 1);
        mt = mapping.map(t, -1);
      }
      from[i] = mf;
      to[i] = mt;
      if (mf >= mt) removedCount++;
      else if (mt - mf > maxLength) maxLength = mt - mf;
    }
    if (removedCount === 0) {
      const index = new AnnotationIndex(this.ids, this.kinds, this.review, from, to, maxLength);
      index.slots = this.slots;
      return { index, removed: [] };
    }
    const keep: number[] = [];
    const removed: string[] = [];
    for (let i = 0; i < n; i++) {
      if (from[i]! < to[i]!) keep.push(i);
      else removed.push(this.ids[i]!);
    }
    const index = new AnnotationIndex(
      keep.map((i) => this.ids[i]!),
      keep.map((i) => this.kinds[i]!),
      Uint8Array.from(keep, (i) => this.review[i]!),
      Int32Array.from(keep, (i) => from[i]!),
      Int32Array.from(keep, (i) => to[i]!),
      maxLength,
    );
    return { index, removed };
  }

  /** This index with the given ranges added (replacing any with the same id). */
  add(ranges: readonly IndexedRange[]): AnnotationIndex {
    if (ranges.length === 0) return this;
    const replaced = new Set(ranges.map((range) => range.id));
    return AnnotationIndex.of([...this.all().filter((range) => !replaced.has(range.id)), ...ranges]);
  }

  /** This index without the given ids. */
  remove(ids: Iterable<string>): AnnotationIndex {
    const drop = new Set(ids);
    if (!this.ids.some((id) => drop.has(id))) return this;
    return AnnotationIndex.of(this.all().filter((range) => !drop.has(range.id)));
  }
}

/**
 * A mapping made of one replaced stretch (typing, a deletion): positions before it stay, positions after it shift by
 * delta, and only positions inside it need the mapping itself.
 */
function singleChange(mapping: Mapping): { start: number; end: number; delta: number } | null {
  if (mapping.maps.length !== 1) return null;
  let change: { start: number; end: number; delta: number } | null = null;
  let count = 0;
  mapping.maps[0]!.forEach((oldStart, oldEnd, newStart, newEnd) => {
    count++;
    change = { start: oldStart, end: oldEnd, delta: newEnd - newStart - (oldEnd - oldStart) };
  });
  return count === 1 ? change : null;
}
