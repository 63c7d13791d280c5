/**
 * Finds every occurrence of many different quotes in one long text without scanning the text for
 * each: an index of the text's 8-character substrings by hash (a chained hash table in typed
 * arrays, built in one pass). Re-anchoring builds it only when a rewrite left so little of the
 * diff that quotes must be looked for across most of a long text.
 */

/** Substrings of this many characters are indexed; shorter quotes are searched for directly. */
export const GRAM = 8;

export interface SubstringIndex {
  /** Start offsets of every occurrence of `exact` (at least GRAM characters), in text order. */
  occurrences(exact: string): number[];
}

export function buildSubstringIndex(text: string): SubstringIndex {
  const count = Math.max(0, text.length - GRAM + 1);
  let bits = 10;
  while (1 << bits < count && bits < 22) bits++;
  const mask = (1 << bits) - 1;
  const heads = new Int32Array(1 << bits).fill(-1);
  const next = new Int32Array(count);
  // Positions are added from the end so each chain lists them in text order.
  for (let pos = count - 1; pos >= 0; pos--) {
    const bucket = hashAt(text, pos) & mask;
    next[pos] = heads[bucket] ?? -1;
    heads[bucket] = pos;
  }
  return {
    occurrences(exact) {
      if (exact.length < GRAM) throw new Error('The substring index finds quotes of at least 8 characters.');
      const found: number[] = [];
      for (let pos = heads[hashAt(exact, 0) & mask] ?? -1; pos !== -1; pos = next[pos] ?? -1) {
        if (text.startsWith(exact, pos)) found.push(pos);
      }
      return found;
    },
  };
}

/** FNV-1a over GRAM UTF-16 units. */
function hashAt(text: string, pos: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < GRAM; i++) hash = Math.imul(hash ^ text.charCodeAt(pos + i), 0x01000193);
  return hash >>> 0;
}
