/**
 * Is this one Web Annotation? Checks an annotation against the MUSTs of the W3C model, as the
 * Working Group's conformance assertions (annotationMusts.test) state them: @context, id, type
 * and target present and well-formed; body and bodyValue never together; dates, agents, rights,
 * motivations, bodies, targets, selectors and states of the right kind. Hand-written, so it runs
 * anywhere (no JSON Schema engine at runtime) and says what is wrong in words.
 */
import { ANNO_CONTEXT } from './webAnnotationTypes';
import { isAbsoluteIri } from './iri';
import { describeValue, has, isJsonObject, own, single, stringsOf, valuesOf, type JsonObject } from './jsonValue';
import { ModelViolation, violate } from './modelViolation';
import { checkCommonProperties, checkMotivations, checkSingleIri } from './validateProperties';
import { checkResources, usesStyleClass } from './validateResources';

export interface AnnotationCheckOptions {
  /** The annotation sits in a page or collection whose @context already names the model's context. */
  contextFromContainer?: boolean;
}

export interface AnnotationProblem {
  /** The part of the annotation at fault, e.g. "body 2 › selector"; empty for the annotation itself. */
  where: string;
  message: string;
}

/**
 * What is wrong with this annotation, or null if it meets every MUST that can be checked.
 * The checks recurse through sets and refinements: give untrusted input to jsonShapeProblem first
 * (parseWebAnnotations does), so its depth is bounded.
 */
export function webAnnotationProblem(value: unknown, options: AnnotationCheckOptions = {}): AnnotationProblem | null {
  try {
    checkAnnotation(value, options);
    return null;
  } catch (error) {
    if (error instanceof ModelViolation) return { where: error.where, message: error.detail };
    throw error;
  }
}

/** True when a @context value (one or a list) names the Web Annotation context. */
export function contextIncludesAnno(context: unknown): boolean {
  return valuesOf(context).some((item) => item === ANNO_CONTEXT);
}

function checkAnnotation(value: unknown, options: AnnotationCheckOptions): void {
  if (!isJsonObject(value)) {
    violate(
      '',
      `this is not an annotation but ${describeValue(value)}; an annotation is an object with "@context", "id", "type" and "target".`,
    );
  }
  checkContext(value, options);
  checkId(value);
  checkType(value);
  if (!has(value, 'target')) violate('', '"target" is missing: an annotation must say what it annotates.');
  if (has(value, 'body') && has(value, 'bodyValue')) {
    violate('', 'it has both "body" and "bodyValue"; an annotation may have one or the other, not both.');
  }
  if (has(value, 'bodyValue') && typeof single(own(value, 'bodyValue')) !== 'string') {
    violate('', `"bodyValue" must be one text, not ${describeValue(own(value, 'bodyValue'))}.`);
  }
  checkCommonProperties(value, '');
  if (has(value, 'motivation')) checkMotivations(value, 'motivation', '');
  checkResources(own(value, 'target'), 'target', 'target');
  if (has(value, 'body')) checkResources(own(value, 'body'), 'body', 'body');
  if (has(value, 'stylesheet')) checkStylesheet(own(value, 'stylesheet'));
  else if (usesStyleClass(own(value, 'target')) || usesStyleClass(own(value, 'body'))) {
    violate('', 'it uses "styleClass" but has no "stylesheet" that defines the classes.');
  }
}

function checkContext(value: JsonObject, options: AnnotationCheckOptions): void {
  if (!has(value, '@context')) {
    if (options.contextFromContainer) return;
    violate('', `"@context" is missing; a Web Annotation must name ${ANNO_CONTEXT} as its @context.`);
  }
  if (!contextIncludesAnno(own(value, '@context'))) {
    violate('', `"@context" must include ${ANNO_CONTEXT}, not just ${describeValue(own(value, '@context'))}.`);
  }
}

function checkId(value: JsonObject): void {
  if (!has(value, 'id')) violate('', '"id" is missing: an annotation needs a web address (IRI) that identifies it.');
  checkSingleIri(value, 'id', '');
}

function checkType(value: JsonObject): void {
  if (!has(value, 'type')) violate('', '"type" is missing; it must be "Annotation".');
  if (!stringsOf(own(value, 'type')).includes('Annotation')) {
    violate('', `"type" must be "Annotation", not ${describeValue(own(value, 'type'))}.`);
  }
}

/** A stylesheet: its web address, or a CssStylesheet given by id or by value (not both). */
function checkStylesheet(stylesheet: unknown): void {
  const sheet = single(stylesheet);
  if (typeof sheet === 'string') {
    if (!isAbsoluteIri(sheet)) violate('', `"stylesheet" must be a web address (IRI) or a CssStylesheet, not ${describeValue(sheet)}.`);
    return;
  }
  if (!isJsonObject(sheet)) violate('', `"stylesheet" must be a web address (IRI) or a CssStylesheet, not ${describeValue(sheet)}.`);
  if (has(sheet, 'id') === has(sheet, 'value')) violate('stylesheet', 'a CssStylesheet needs either an "id" or a "value", not both.');
  if (has(sheet, 'id')) checkSingleIri(sheet, 'id', 'stylesheet');
  if (has(sheet, 'value') && typeof own(sheet, 'value') !== 'string') {
    violate('stylesheet', `its "value" must be CSS text, not ${describeValue(own(sheet, 'value'))}.`);
  }
}
