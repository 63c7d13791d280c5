/**
 * Finds a string (or property name) longer than a limit anywhere in parsed JSON, without
 * recursion, so a hostile file cannot hide a 10 MB text in an annotation or blow the stack.
 */

/** The length of the first over-long string found, or null if every string fits. */
export function overlongTextLength(value: unknown, maxChars: number): number | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (current.length > maxChars) return current.length;
    } else if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
    } else if (typeof current === 'object' && current !== null) {
      for (const key of Object.keys(current)) {
        if (key.length > maxChars) return key.length;
        pending.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return null;
}
