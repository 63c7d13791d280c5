import type { TextSpan } from './suggestionTypes';

/**
 * Whether `span` lies inside one of `spans` (sorted by start, not overlapping), by binary search: the story's
 * quotations are checked for every name a pronoun or "the company" looks back over.
 */
export function insideAny(spans: readonly TextSpan[], span: TextSpan): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = spans[middle]!;
    if (candidate.start > span.start) high = middle - 1;
    else if (candidate.end < span.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The index of the last of `spans` (sorted, not overlapping) that ends at or before `at`; -1 when none does. */
export function lastIndexEndingBy(spans: readonly TextSpan[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
