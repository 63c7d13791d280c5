/**
 * Selectors and states of a SpecificResource (model sections 4.2 and 4.3): each is a web address
 * or an object whose `type` is one the model defines and which has that type's required fields;
 * `refinedBy` holds more of the same, checked recursively (depth is bounded by the shape guard).
 */
import { isXsdDateTime } from './dateTime';
import { isAbsoluteIri } from './iri';
import { describeValue, has, isJsonObject, own, single, stringsOf, valuesOf, type JsonObject } from './jsonValue';
import { forEachValue, violate, within } from './modelViolation';
import { checkIris, checkSingleIri } from './validateProperties';

type Check = (object: JsonObject, where: string, type: string) => void;

const SELECTOR_CHECKS: Record<string, Check> = {
  FragmentSelector: (object, where, type) => {
    requireText(object, 'value', where, type);
    if (has(object, 'conformsTo')) checkSingleIri(object, 'conformsTo', where);
  },
  CssSelector: (object, where, type) => requireText(object, 'value', where, type),
  XPathSelector: (object, where, type) => requireText(object, 'value', where, type),
  TextQuoteSelector: (object, where, type) => {
    requireText(object, 'exact', where, type);
    for (const key of ['prefix', 'suffix']) {
      if (has(object, key) && typeof own(object, key) !== 'string') {
        violate(where, `a TextQuoteSelector's "${key}" must be one text, not ${describeValue(own(object, key))}.`);
      }
    }
  },
  TextPositionSelector: (object, where, type) => checkPositions(object, where, type),
  DataPositionSelector: (object, where, type) => checkPositions(object, where, type),
  SvgSelector: (object, where) => {
    if (has(object, 'value') === has(object, 'id'))
      violate(where, 'an SvgSelector needs either a "value" (the SVG itself) or an "id" (its web address), not both.');
    if (has(object, 'value')) requireText(object, 'value', where, 'SvgSelector');
  },
  RangeSelector: (object, where) => {
    for (const key of ['startSelector', 'endSelector']) {
      const part = own(object, key);
      if (part === undefined) violate(where, `a RangeSelector needs "${key}".`);
      if (!isJsonObject(part)) violate(where, `a RangeSelector's "${key}" must be a selector, not ${describeValue(part)}.`);
      checkSelectorOrState(part, within(where, key), SELECTOR_CHECKS, 'selector');
    }
  },
};

const STATE_CHECKS: Record<string, Check> = {
  TimeState: (object, where) => {
    const hasDate = has(object, 'sourceDate');
    const hasRange = has(object, 'sourceDateStart') || has(object, 'sourceDateEnd');
    if (hasDate === hasRange) {
      violate(where, 'a TimeState needs either "sourceDate" or both "sourceDateStart" and "sourceDateEnd".');
    }
    if (hasDate) {
      for (const date of valuesOf(own(object, 'sourceDate'))) requireDateTime(date, 'sourceDate', where);
    } else {
      for (const key of ['sourceDateStart', 'sourceDateEnd']) requireDateTime(single(own(object, key)), key, where);
    }
    if (has(object, 'cached')) checkIris(object, 'cached', where);
  },
  HttpRequestState: (object, where, type) => requireText(object, 'value', where, type),
};

const REFINEMENT_CHECKS: Record<string, Check> = { ...SELECTOR_CHECKS, ...STATE_CHECKS };

export function checkSelectors(value: unknown, where: string): void {
  forEachValue(value, where, (item, itemWhere) => checkSelectorOrState(item, itemWhere, SELECTOR_CHECKS, 'selector'));
}

export function checkStates(value: unknown, where: string): void {
  forEachValue(value, where, (item, itemWhere) => checkSelectorOrState(item, itemWhere, STATE_CHECKS, 'state'));
}

function checkSelectorOrState(value: unknown, where: string, checks: Record<string, Check>, what: string): void {
  if (typeof value === 'string') {
    if (!isAbsoluteIri(value)) violate(where, `a ${what} must be a web address (IRI) or a description, not ${describeValue(value)}.`);
    return;
  }
  if (!isJsonObject(value)) violate(where, `a ${what} must be a web address (IRI) or a description, not ${describeValue(value)}.`);
  const typeValue = own(value, 'type');
  const types = stringsOf(typeValue);
  if (types.length !== valuesOf(typeValue).length) violate(where, `a ${what}'s "type" must be a name, not ${describeValue(typeValue)}.`);
  const known = types.filter((type) => Object.hasOwn(checks, type));
  if (known.length === 0) {
    // A selector described elsewhere may be given by its id alone.
    if (has(value, 'id')) checkSingleIri(value, 'id', where);
    else if (types.length === 0) violate(where, `a ${what} needs a "type", such as ${Object.keys(checks)[0] ?? 'TextQuoteSelector'}.`);
    else violate(where, `"${types[0]}" is not a ${what} type the Web Annotation model defines (${Object.keys(checks).join(', ')}).`);
  }
  for (const type of known) checks[type]?.(value, where, type);
  if (has(value, 'refinedBy')) {
    forEachValue(own(value, 'refinedBy'), within(where, 'refinedBy'), (item, itemWhere) =>
      checkSelectorOrState(item, itemWhere, REFINEMENT_CHECKS, 'selector or state'),
    );
  }
}

function requireText(object: JsonObject, key: string, where: string, type: string): void {
  const value = own(object, key);
  if (typeof value === 'string') return;
  if (value === undefined) violate(where, `a ${type} needs "${key}".`);
  violate(where, `a ${type}'s "${key}" must be one text, not ${describeValue(value)}.`);
}

function requireDateTime(value: unknown, key: string, where: string): void {
  if (typeof value !== 'string' || !isXsdDateTime(value)) violate(where, `"${key}" must be a date and time like 2020-01-06T10:00:00Z.`);
}

function checkPositions(object: JsonObject, where: string, type: string): void {
  for (const key of ['start', 'end']) {
    const value = own(object, key);
    if (value === undefined) violate(where, `a ${type} needs "${key}".`);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      violate(where, `a ${type}'s "${key}" must be a whole number of 0 or more, not ${describeValue(value)}.`);
    }
  }
  if ((own(object, 'start') as number) > (own(object, 'end') as number)) violate(where, `a ${type}'s "start" must not be after its "end".`);
}
