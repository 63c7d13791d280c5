/**
 * Checks for the properties any annotation, body, target or source may carry (model sections
 * 3.2.1 and 3.3): lifecycle dates, agents, rights and other identities, format, language and text
 * direction, motivations and purposes. Each refuses a value of the wrong kind with a sentence.
 */
import { isXsdDateTime } from './dateTime';
import { isAbsoluteIri } from './iri';
import { describeValue, has, isJsonObject, own, single, valuesOf, type JsonObject } from './jsonValue';
import { violate, within } from './modelViolation';
import { MOTIVATIONS } from './webAnnotationTypes';

const DATE_TIME_EXAMPLE = 'a date and time like 2020-01-06T10:00:00Z';
const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'];

/** The common properties of any resource, each checked only if present. */
export function checkCommonProperties(object: JsonObject, where: string): void {
  if (has(object, 'id')) checkSingleIri(object, 'id', where);
  if (has(object, 'type')) checkNames(object, 'type', where, 'a name such as "TextualBody"');
  for (const key of ['created', 'modified', 'generated']) if (has(object, key)) checkDateTime(object, key, where);
  for (const key of ['creator', 'generator']) if (has(object, key)) checkAgents(object, key, where);
  for (const key of ['rights', 'via']) if (has(object, key)) checkIris(object, key, where);
  if (has(object, 'canonical')) checkSingleIri(object, 'canonical', where);
  if (has(object, 'format')) checkNames(object, 'format', where, 'a media type such as text/plain');
  if (has(object, 'language')) checkNames(object, 'language', where, 'a language code such as en');
  if (has(object, 'processingLanguage')) checkSingleString(object, 'processingLanguage', where, 'one language code such as en');
  if (has(object, 'textDirection')) checkTextDirection(object, where);
  if (has(object, 'accessibility')) checkNames(object, 'accessibility', where, 'a feature name such as captions');
}

export function checkDateTime(object: JsonObject, key: string, where: string): void {
  const raw = own(object, key);
  const value = single(raw);
  if (typeof value !== 'string' || !isXsdDateTime(value)) {
    const list = Array.isArray(raw) && raw.length > 1 ? ' (one, not a list)' : '';
    violate(where, `"${key}" must be ${DATE_TIME_EXAMPLE}${list}.`);
  }
}

/** One IRI; a one-item list counts as its item. */
export function checkSingleIri(object: JsonObject, key: string, where: string): void {
  const raw = own(object, key);
  if (Array.isArray(raw) && raw.length > 1) violate(where, `"${key}" must be a single web address (IRI), not a list of ${raw.length}.`);
  const value = single(raw);
  if (typeof value !== 'string' || !isAbsoluteIri(value)) {
    violate(where, `"${key}" must be a web address (IRI) such as https://example.org/page, not ${describeValue(value)}.`);
  }
}

/** Each value of a property that may hold one value or a list; an empty list is refused. */
export function eachValue(object: JsonObject, key: string, where: string, check: (value: unknown) => void): void {
  const raw = own(object, key);
  if (Array.isArray(raw) && raw.length === 0) violate(where, `"${key}" is an empty list.`);
  valuesOf(raw).forEach(check);
}

/** One or more IRIs. */
export function checkIris(object: JsonObject, key: string, where: string): void {
  eachValue(object, key, where, (value) => {
    if (typeof value !== 'string' || !isAbsoluteIri(value)) {
      violate(where, `"${key}" must be a web address (IRI) such as https://example.org/page, not ${describeValue(value)}.`);
    }
  });
}

/** One or more strings (names, media types, language codes). */
export function checkNames(object: JsonObject, key: string, where: string, what: string): void {
  eachValue(object, key, where, (value) => {
    if (typeof value !== 'string') violate(where, `"${key}" must be ${what}, not ${describeValue(value)}.`);
  });
}

export function checkSingleString(object: JsonObject, key: string, where: string, what: string): void {
  const raw = own(object, key);
  if (typeof single(raw) !== 'string') {
    violate(where, `"${key}" must be ${what}, not ${describeValue(raw)}.`);
  }
}

function checkTextDirection(object: JsonObject, where: string): void {
  const raw = own(object, 'textDirection');
  const value = single(raw);
  if (typeof value !== 'string' || !TEXT_DIRECTIONS.includes(value)) {
    violate(where, `"textDirection" must be one of ltr, rtl or auto, not ${describeValue(raw)}.`);
  }
}

/** Creators and generators: a web address, a description (an object), or a list of those. */
export function checkAgents(object: JsonObject, key: string, where: string): void {
  eachValue(object, key, where, (agent) => {
    const isAgent = typeof agent === 'string' ? isAbsoluteIri(agent) : isJsonObject(agent);
    if (!isAgent)
      violate(where, `"${key}" must be a web address (IRI) or a description of a person or software, not ${describeValue(agent)}.`);
    if (!isJsonObject(agent)) return;
    const agentWhere = within(where, key);
    if (has(agent, 'id')) checkSingleIri(agent, 'id', agentWhere);
    for (const field of ['name', 'nickname']) if (has(agent, field)) checkNames(agent, field, agentWhere, 'a text');
  });
}

/** motivation (on annotations) or purpose (on bodies): from the model's list. */
export function checkMotivations(object: JsonObject, key: 'motivation' | 'purpose', where: string): void {
  eachValue(object, key, where, (value) => {
    if (typeof value !== 'string' || !(MOTIVATIONS as readonly string[]).includes(value)) {
      violate(where, `"${key}" must be one of the model's motivations (${MOTIVATIONS.join(', ')}), not ${describeValue(value)}.`);
    }
  });
}
