/**
 * How the validators report a broken MUST of the model: they throw a ModelViolation that says
 * where ("body 2 › selector") and what is wrong; validateWebAnnotation catches it and hands it on
 * as data. Throwing keeps each check a plain statement instead of a chain of early returns.
 */

export class ModelViolation extends Error {
  override name = 'ModelViolation';
  readonly where: string;
  readonly detail: string;

  constructor(where: string, detail: string) {
    super(where ? `${where}: ${detail}` : detail);
    this.where = where;
    this.detail = detail;
  }
}

export function violate(where: string, detail: string): never {
  throw new ModelViolation(where, detail);
}

/** "target" + "selector 2" → "target › selector 2". */
export function within(where: string, part: string): string {
  return where ? `${where} › ${part}` : part;
}

/**
 * Runs check on each value of a property that may hold one value or a list, naming each one
 * ("body", or "body 2" in a list). An empty list is refused: it says nothing.
 */
export function forEachValue(value: unknown, where: string, check: (item: unknown, where: string) => void): void {
  if (!Array.isArray(value)) {
    check(value, where);
    return;
  }
  if (value.length === 0) violate(where, 'it is an empty list.');
  value.forEach((item, i) => check(item, `${where} ${i + 1}`));
}
