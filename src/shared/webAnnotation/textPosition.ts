/**
 * The model's TextPositionSelector counts Unicode code points; Pressmark's offsets (like all of
 * JavaScript) count UTF-16 code units. They differ only after characters outside the Basic
 * Multilingual Plane (most emoji), which take two units but are one code point.
 *
 * Conversions use an index of where those two-unit characters sit, built once per text, so
 * converting 10,000 annotations on a long article costs a binary search each, not a scan.
 */
import type { TextRange } from '../anchoring/textQuote';

/** Pressmark offsets → model positions, against the text they index. */
export function utf16RangeToCodePoints(text: string, range: TextRange): TextRange {
  const index = pairIndex(text);
  return { start: index.toCodePoint(range.start), end: index.toCodePoint(range.end) };
}

/** Model positions → Pressmark offsets; null if the text is shorter than the positions. */
export function codePointRangeToUtf16(text: string, range: TextRange): TextRange | null {
  const index = pairIndex(text);
  const start = index.toUnit(range.start);
  const end = index.toUnit(range.end);
  return start === null || end === null ? null : { start, end };
}

class SurrogatePairIndex {
  /** UTF-16 index of each surrogate pair's first unit, ascending. */
  private readonly pairStarts: number[] = [];
  private readonly codePointLength: number;

  constructor(private text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairStarts.push(i);
          i++;
        }
      }
    }
    this.codePointLength = text.length - this.pairStarts.length;
  }

  /** Code point index of a unit index (a unit inside a pair counts as that pair's code point). */
  toCodePoint(unit: number): number {
    // Pairs starting before `unit` each shrink the count by one, except one that `unit` splits.
    const before = this.countWhere((k) => (this.pairStarts[k] as number) < unit);
    const splits = before > 0 && (this.pairStarts[before - 1] as number) === unit - 1;
    return unit - before + (splits ? 1 : 0);
  }

  /** Unit index of a code point index, or null past the end of the text. */
  toUnit(codePoint: number): number | null {
    if (codePoint > this.codePointLength) return null;
    // Pair k starts at code point pairStarts[k] - k; every pair before codePoint adds one unit.
    return codePoint + this.countWhere((k) => (this.pairStarts[k] as number) - k < codePoint);
  }

  /** How many leading pairs satisfy a test that holds for a prefix of them (binary search). */
  private countWhere(test: (k: number) => boolean): number {
    let lo = 0;
    let hi = this.pairStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether this is the index of `text`. An equal copy (the same article read again) is adopted, so
   * the next calls compare by identity instead of comparing a megabyte of text per annotation.
   */
  matches(text: string): boolean {
    if (this.text !== text) return false;
    this.text = text;
    return true;
  }
}

let lastIndex: SurrogatePairIndex | null = null;

/** The index for a text; the last one is kept, since every annotation of an export shares one text. */
function pairIndex(text: string): SurrogatePairIndex {
  if (!lastIndex?.matches(text)) lastIndex = new SurrogatePairIndex(text);
  return lastIndex;
}
