/**
 * Small, safe readers for parsed JSON of unknown shape: own properties only (never the
 * prototype), JSON-LD's "one value or a list of values", and short descriptions of values for
 * error messages.
 */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The property's value if the object itself has it, else undefined. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The object itself has the property, with a value (an undefined one, impossible in JSON, counts as absent). */
export function has(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key) && object[key] !== undefined;
}

/** JSON-LD lets any property hold one value or a list: always a list here. */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The string values of a property like `type` or `purpose`; non-strings are skipped. */
export function stringsOf(value: unknown): string[] {
  return valuesOf(value).filter((item): item is string => typeof item === 'string');
}

/** For single-valued properties: a one-item list counts as its item (as the model's own tests allow). */
export function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

export function firstString(value: unknown): string | undefined {
  return stringsOf(value)[0];
}

/** "6", "a list of 2 values", "an object", "\"not a uri\"": what a journalist sees in a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} value${value.length === 1 ? '' : 's'}`;
  return 'an object';
}
