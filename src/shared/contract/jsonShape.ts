/**
 * A cheap structural check run on every payload before schema validation: refuses nesting deep
 * enough to blow a recursive validator's stack, oversized payloads, and prototype-pollution keys.
 * Iterative, so hostile input cannot make the check itself overflow.
 */

export interface JsonShapeLimits {
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_JSON_SHAPE_LIMITS: JsonShapeLimits = { maxDepth: 100, maxNodes: 2_000_000 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Returns a sentence describing what is wrong with the payload's shape, or null if it is fine. */
export function jsonShapeProblem(value: unknown, limits: JsonShapeLimits = DEFAULT_JSON_SHAPE_LIMITS): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (++nodes > limits.maxNodes) return `The request is too large (more than ${limits.maxNodes} values).`;
    if (typeof current === 'number' && !Number.isFinite(current)) return 'The request contains a number that is not finite.';
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limits.maxDepth) return `The request is nested too deeply (more than ${limits.maxDepth} levels).`;
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return `The request contains a forbidden key "${key}".`;
      stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
