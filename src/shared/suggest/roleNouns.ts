/**
 * Job and role nouns: the words a story puts before or beside a name to say who the person is ("defense attorney
 * Jane Roe", "Lead Prosecutor Ann Bex", "Roe, a retired teacher"). A general list plus the endings most job nouns
 * share (-ist, -ian, -or, -er…), so "epidemiologist" or "forecaster" need no entry of their own.
 */
import { lexiconTags } from './nlp';

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

const ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(
    'attorney lawyer prosecutor defender counsel solicitor barrister judge magistrate juror paralegal teacher principal ' +
      'professor lecturer tutor coach trainer manager nurse doctor physician surgeon dentist pharmacist paramedic medic ' +
      'firefighter officer trooper deputy sheriff detective agent analyst economist scientist researcher engineer ' +
      'architect planner accountant auditor consultant adviser advisor spokesman spokeswoman spokesperson director ' +
      'executive president chairman chairwoman chairperson chair founder cofounder co-founder owner partner farmer ' +
      'rancher fisherman pilot driver worker steward organizer organiser activist volunteer pastor priest minister ' +
      'rabbi imam chaplain student resident homeowner landlord tenant neighbor neighbour veteran meteorologist ' +
      'forecaster epidemiologist ecologist biologist historian curator librarian clerk secretary treasurer editor ' +
      'reporter journalist photographer writer author artist musician singer actor actress chef cook mechanic ' +
      'electrician plumber carpenter contractor developer investor entrepreneur shopkeeper vendor cashier waiter ' +
      'waitress bartender guard ranger warden inspector investigator commissioner supervisor superintendent mayor ' +
      'governor senator lawmaker legislator councilmember councilman councilwoman alderman delegate representative ' +
      'ambassador diplomat envoy minister official administrator coordinator chief head leader captain commander ' +
      'sergeant lieutenant colonel general admiral marshal soldier sailor marine survivor witness victim ' +
      'grandmother grandfather mother father son daughter wife husband widow widower sister brother aunt uncle ' +
      'cousin parent grandparent retiree pensioner nanny caregiver caretaker custodian janitor dean provost ' +
      'chancellor regent trustee member employee staffer intern apprentice shareholder customer patient client',
  ),
);

/** Plural people nouns that give information as a group ("Prosecutors said", "Witnesses told the court"). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS].map((noun) =>
    /(s|sh|ch|x)$/u.test(noun) ? `${noun}es` : /[^aeiou]y$/u.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`,
  ),
);

/** Endings only job nouns have (-ist, -ician, -eer, -sman…); checked on words compromise does not know as something else. */
const ROLE_ENDING =
  /^\p{Ll}[\p{Ll}-]{2,}(?:ist|ician|ographer|eer|man|woman|person|hand|master|smith|wright|keeper|maker|worker|holder|fighter|owner|seller|dealer|grower|caster|writer|trainer|organizer|organiser)$/u;
const NOT_ROLE_TAGS: ReadonlySet<string> = new Set([
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Determiner',
  'Adjective',
  'Verb',
  'Comparative',
  'Place',
  'Value',
]);

/** A job or role noun (by its key: lower case, no possessive): "attorney", "meteorologist", "organizer". */
export function isRoleNoun(key: string): boolean {
  if (ROLE_NOUNS.has(key)) return true;
  if (!ROLE_ENDING.test(key)) return false;
  const tags = lexiconTags(key);
  return tags.includes('Actor') || tags.length === 0 || !tags.some((tag) => NOT_ROLE_TAGS.has(tag));
}

/** A job noun from the list or the lexicon (not one known only by its ending). */
export function isListedRoleNoun(key: string): boolean {
  return ROLE_NOUNS.has(key) || lexiconTags(key).includes('Actor');
}

/** A plural noun for people ("prosecutors", "witnesses", "doctors"). */
export function isPeoplePlural(key: string): boolean {
  if (PEOPLE_PLURALS.has(key)) return true;
  const tags = lexiconTags(key);
  if (tags.includes('Actor') && tags.includes('Plural')) return true;
  // "forecasters", "epidemiologists": the plural of a job noun known by its ending
  return /s$/u.test(key) && ROLE_ENDING.test(key.slice(0, -1)) && isRoleNoun(key.slice(0, -1));
}
