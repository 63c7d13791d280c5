/**
 * Bodies and targets (model sections 3.2 and 4): each is a web address or one of the model's
 * resources, recognised by its keys —
 *   Choice (and the older Composite, List, Independents): `items`, a list of bodies or targets;
 *   SpecificResource: a `source`, refined by selector, state, purpose, styleClass, renderedVia, scope;
 *   TextualBody (bodies only): text in `value`;
 *   External Web Resource: an `id`, nothing else required.
 * Keys that belong to another kind of resource (a purpose on a plain web resource, a value on a
 * Choice…) are refused, as the model's conformance tests do.
 */
import { isAbsoluteIri } from './iri';
import { describeValue, has, isJsonObject, own, stringsOf, type JsonObject } from './jsonValue';
import { forEachValue, violate, within } from './modelViolation';
import { checkSelectors, checkStates } from './validateSelectors';
import { checkCommonProperties, checkIris, checkMotivations, checkNames, checkSingleIri, eachValue } from './validateProperties';

export type ResourceRole = 'body' | 'target';

const CONTAINER_TYPES = ['Choice', 'Composite', 'List', 'Independents'];
const SPECIFIC_RESOURCE_KEYS = ['selector', 'state', 'styleClass', 'renderedVia', 'scope'];

/** Checks every body (or target) of a property that may hold one or a list. */
export function checkResources(value: unknown, where: string, role: ResourceRole): void {
  forEachValue(value, where, (item, itemWhere) => checkResource(item, itemWhere, role));
}

function checkResource(value: unknown, where: string, role: ResourceRole): void {
  if (typeof value === 'string') {
    if (!isAbsoluteIri(value)) {
      const hint = role === 'body' ? ' (text written in an annotation belongs in a TextualBody\'s "value" or in "bodyValue")' : '';
      violate(where, `${describeValue(value)} is not a web address (IRI)${hint}.`);
    }
    return;
  }
  if (!isJsonObject(value)) violate(where, `a ${role} must be a web address (IRI) or an object, not ${describeValue(value)}.`);
  checkCommonProperties(value, where);
  const types = stringsOf(own(value, 'type'));
  if (has(value, 'items') || types.some((type) => CONTAINER_TYPES.includes(type))) {
    checkContainer(value, where, role, types);
  } else if (role === 'target' && types.includes('TextualBody')) {
    violate(where, 'a target cannot be a TextualBody: a TextualBody is text written in the annotation, not what it annotates.');
  } else if (has(value, 'source') || types.includes('SpecificResource') || SPECIFIC_RESOURCE_KEYS.some((key) => has(value, key))) {
    checkSpecificResource(value, where);
  } else if (role === 'body' && (types.includes('TextualBody') || has(value, 'value'))) {
    checkTextualBody(value, where);
  } else if (has(value, 'id')) {
    checkExternalResource(value, where);
  } else {
    violate(
      where,
      role === 'body'
        ? 'a body must be a web address, a TextualBody with a "value", a SpecificResource with a "source", or a resource with an "id".'
        : 'a target must be a web address, a SpecificResource with a "source", or a resource with an "id".',
    );
  }
}

function checkContainer(value: JsonObject, where: string, role: ResourceRole, types: string[]): void {
  const containerTypes = types.filter((type) => CONTAINER_TYPES.includes(type));
  if (containerTypes.length === 0) {
    violate(where, '"items" belongs only on a Choice (or a Composite, List or Independents), and this resource has no such "type".');
  }
  if (containerTypes.length > 1) {
    violate(
      where,
      `it is typed both ${containerTypes.map((t) => `"${t}"`).join(' and ')}; a resource can be only one of Choice, Composite, List or Independents.`,
    );
  }
  const kind = containerTypes[0] ?? 'Choice';
  for (const key of ['value', 'source', 'purpose']) {
    if (has(value, key)) violate(where, `a ${kind} cannot have "${key}"; only the resources in its "items" can.`);
  }
  const items = own(value, 'items');
  if (!Array.isArray(items) || items.length === 0) {
    violate(where, `a ${kind} needs "items": a list of one or more ${role === 'body' ? 'bodies' : 'targets'}.`);
  }
  items.forEach((item, i) => checkResource(item, within(where, `item ${i + 1}`), role));
}

function checkSpecificResource(value: JsonObject, where: string): void {
  if (has(value, 'value')) violate(where, 'a SpecificResource cannot have a "value"; text belongs in a TextualBody.');
  if (has(value, 'purpose')) checkMotivations(value, 'purpose', where);
  if (has(value, 'selector')) checkSelectors(own(value, 'selector'), within(where, 'selector'));
  if (has(value, 'state')) checkStates(own(value, 'state'), within(where, 'state'));
  if (!has(value, 'source')) violate(where, 'a SpecificResource needs a "source": the web address of the resource it is part of.');
  checkSource(own(value, 'source'), within(where, 'source'));
  if (has(value, 'styleClass')) checkNames(value, 'styleClass', where, 'a CSS class name');
  if (has(value, 'scope')) checkIris(value, 'scope', where);
  if (has(value, 'renderedVia')) {
    eachValue(value, 'renderedVia', where, (item) => {
      if (typeof item === 'string' ? !isAbsoluteIri(item) : !isJsonObject(item)) {
        violate(where, `"renderedVia" must be a web address (IRI) or a description of software, not ${describeValue(item)}.`);
      }
      if (isJsonObject(item) && has(item, 'id')) checkSingleIri(item, 'id', within(where, 'renderedVia'));
    });
  }
}

/** A SpecificResource's source: exactly one, a web address or an External Web Resource. */
function checkSource(source: unknown, where: string): void {
  if (typeof source === 'string') {
    if (!isAbsoluteIri(source)) violate(where, `${describeValue(source)} is not a web address (IRI).`);
    return;
  }
  if (Array.isArray(source)) violate(where, `a SpecificResource has exactly one "source", not a list of ${source.length}.`);
  if (!isJsonObject(source))
    violate(where, `a "source" must be a web address (IRI) or a resource with an "id", not ${describeValue(source)}.`);
  if (!has(source, 'id')) violate(where, 'a "source" described as an object needs an "id" (its web address).');
  for (const key of ['source', 'items', 'purpose']) {
    if (has(source, key)) violate(where, `a "source" is a plain web resource and cannot have "${key}".`);
  }
  checkCommonProperties(source, where);
}

function checkTextualBody(value: JsonObject, where: string): void {
  const text = own(value, 'value');
  if (text === undefined) violate(where, 'a TextualBody needs a "value" holding its text.');
  if (typeof text !== 'string') violate(where, `a TextualBody's "value" must be one text, not ${describeValue(text)}.`);
  if (has(value, 'purpose')) checkMotivations(value, 'purpose', where);
}

function checkExternalResource(value: JsonObject, where: string): void {
  if (has(value, 'purpose')) {
    violate(
      where,
      '"purpose" belongs on a SpecificResource or a TextualBody, not on a plain web resource (give it as the "source" of a SpecificResource).',
    );
  }
}

/** True if any SpecificResource among these bodies or targets (or their items) has a styleClass. */
export function usesStyleClass(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
    } else if (isJsonObject(current)) {
      if (has(current, 'styleClass')) return true;
      if (has(current, 'items')) pending.push(own(current, 'items'));
    }
  }
  return false;
}
