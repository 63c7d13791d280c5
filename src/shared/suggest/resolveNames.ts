import type { Story } from './analyseStory';
import type { NameMention } from './findNames';
import { lexiconTags } from './nlp';
import { rolesOf } from './personRoles';
import { insideAny, lastIndexEndingBy } from './spans';
import { isSubjectMention } from './subjects';
import { createOrganisationResolver, type OrganisationResolver } from './resolveOrganisations';
import type { TextSpan } from './suggestionTypes';

/**
 * Coreference, the newsroom way: a short name ("Khamenei", "Harrow") stands for the fullest name the story gives the
 * same person ("Ali Khamenei", "Lucinda Harrow"); a pronoun stands for the last person who spoke or was the subject of a
 * clause, not someone named in passing as an object or inside a quotation.
 */
export interface NameResolver extends OrganisationResolver {
  /** The fullest form of a name, preferring forms used before `at`; the name itself when nothing fuller exists. */
  fullestName(mention: NameMention, at: number): string;
  /** Whether a mention names a person (directly, or as the short form of a person's name). */
  isPerson(mention: NameMention): boolean;
  /**
   * The person a pronoun at `at` stands for, gender permitting, outside `exclude` (quotations): the most recent speaker
   * (`speakers`: mentions that were the subject of an attribution) or clause subject in this or the previous
   * paragraph; failing that, the last person named.
   */
  antecedent(at: number, gender: 'male' | 'female' | 'any', options?: AntecedentOptions): NameMention | undefined;
  /** The person "the <role>" at `at` stands for: the last one named with that role ("Mayor Ann Lee" → "the mayor"). */
  personFor(role: string, at: number, exclude: readonly TextSpan[]): NameMention | undefined;
  /** Remember that a person was referred to by a gendered pronoun, so later pronouns of the other gender skip them. */
  learnGender(mention: NameMention, gender: 'male' | 'female'): void;
}

export interface AntecedentOptions {
  sameParagraphOnly?: boolean;
  exclude?: readonly TextSpan[];
  /** the person a relative clause is about ("whom he described") cannot be its pronoun */
  skipNearest?: boolean;
  speakers?: ReadonlySet<NameMention>;
}

/** How many paragraphs back a pronoun may look for its person. */
const PRONOUN_REACH = 3;

export function createNameResolver(story: Story, names: readonly NameMention[]): NameResolver {
  const persons = names.filter((mention) => mention.kind === 'person');
  const personLastKeys = new Set(persons.map((mention) => mention.keys[mention.keys.length - 1]!));
  const personFullKeys = new Set(persons.filter((mention) => mention.keys.length > 1).map((mention) => mention.keys.join(' ')));
  const personFirstKeys = new Set(persons.filter((mention) => mention.keys.length > 1).map((mention) => mention.keys[0]!));

  const subjects = new Map<NameMention, boolean>();
  /** Persons by the roles the story gives them where it names them, built the first time "the <role>" is asked for. */
  let roles: Map<string, NameMention[]> | undefined;
  const learned = new Map<string, 'male' | 'female'>();
  // a surname's gender, from any mention that carries one ("Ms. Roe" makes "Jane Roe" and "Roe" female)
  const titled = new Map<string, 'male' | 'female'>();
  for (const mention of persons) {
    const surname = mention.keys[mention.keys.length - 1]!;
    if (mention.gender && !titled.has(surname)) titled.set(surname, mention.gender);
  }

  // "Kessler" or "Kessler Freight" where the story names "Kessler Freight Lines": the start of a body's name
  const organisationKeys = names.filter((mention) => mention.kind === 'organisation').map((mention) => mention.keys);
  const organisationPrefixes = new Set(organisationKeys.flatMap((org) => org.slice(0, -1).map((_, i) => org.slice(0, i + 1).join(' '))));
  const startsOrganisation = (keys: readonly string[]): boolean => organisationPrefixes.has(keys.join(' '));

  // "the Rovers have lost": a name the story puts after "the" is not a person's (titles and roles aside, and not
  // "the Kennedy administration", where the name only modifies a noun)
  const theKeys = new Set(names.filter(isTheName).map((mention) => mention.keys[mention.keys.length - 1]!));
  function isTheName(mention: NameMention): boolean {
    if (mention.firstToken === 0 || mention.gender || mention.name !== story.text.slice(mention.start, mention.end)) return false;
    const { tokens } = story.sentences[mention.sentence]!;
    if (tokens[mention.firstToken - 1]!.key !== 'the') return false;
    const next = tokens[mention.endToken];
    if (!next || !/^\s+$/u.test(tokens[mention.endToken - 1]!.post)) return true;
    const tags = lexiconTags(next.key);
    return !(tags.length === 0 || tags.includes('Noun') || tags.includes('Adjective'));
  }

  const isPerson = (mention: NameMention): boolean => {
    if (startsOrganisation(mention.keys) && !personFullKeys.has(mention.keys.join(' '))) return false;
    if (theKeys.has(mention.keys[mention.keys.length - 1]!)) return false;
    if (mention.kind === 'person') return true;
    // "Harrow" may be a town to compromise; in a story about Mayor Lucinda Harrow it is her
    if (mention.kind !== 'unknown' && !(mention.kind === 'place' && mention.keys.length === 1)) return false;
    const last = mention.keys[mention.keys.length - 1]!;
    return personLastKeys.has(last) || (mention.keys.length === 1 && personFirstKeys.has(last));
  };

  // persons by the last and the first word of their names: the only candidates for a fuller form
  const byLastKey = groupBy(persons, (mention) => mention.keys[mention.keys.length - 1]!);
  const byFirstKey = groupBy(
    persons.filter((mention) => mention.keys.length > 1),
    (mention) => mention.keys[0]!,
  );

  /** The fullest person's name that ends with the mention's words (or starts with a lone first name), before `at`. */
  const fuller = (mention: NameMention, at = Infinity): NameMention | undefined => {
    let best: NameMention | undefined;
    for (const candidate of byLastKey.get(mention.keys[mention.keys.length - 1]!) ?? []) {
      if (candidate.start >= at || candidate.keys.length <= mention.keys.length || !isPerson(candidate)) continue;
      if (!endsWith(candidate.keys, mention.keys)) continue;
      if (!best || candidate.keys.length > best.keys.length) best = candidate;
    }
    if (best || mention.keys.length !== 1) return best;
    // a first name alone ("Sarah said") stands for "Sarah Jones"
    for (const candidate of byFirstKey.get(mention.keys[0]!) ?? []) {
      if (candidate.start < at && isPerson(candidate) && (!best || candidate.keys.length > best.keys.length)) best = candidate;
    }
    return best;
  };

  const paragraphOf = (offset: number): number => {
    let low = 0;
    let high = story.paragraphs.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (story.paragraphs[middle]!.start <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };

  return {
    ...createOrganisationResolver(names, isPerson),
    isPerson,
    fullestName(mention, at) {
      const best = fuller(mention, at) ?? fuller(mention);
      return best ? best.name : mention.name;
    },
    antecedent(at, gender, options = {}) {
      const paragraph = paragraphOf(at);
      const reach = options.sameParagraphOnly ? 0 : PRONOUN_REACH;
      const exclude = options.exclude ?? [];
      const speakers = options.speakers ?? NO_SPEAKERS;
      let skipNearest = options.skipNearest ?? false;
      let skipped: string | undefined;
      let fallback: NameMention | undefined;
      for (let i = lastIndexEndingBy(names, at); i >= 0; i--) {
        const mention = names[i]!;
        const distance = paragraph - paragraphOf(mention.start);
        if (distance > reach) break;
        if (!isPerson(mention) || insideAny(exclude, mention)) continue;
        const surname = mention.keys[mention.keys.length - 1]!;
        if (skipNearest) {
          skipped = surname;
          skipNearest = false;
          continue;
        }
        if (surname === skipped) continue;
        const mentionGender = genderOf(mention);
        if (gender !== 'any' && mentionGender && mentionGender !== gender) continue;
        if (distance <= SALIENT_REACH && (speakers.has(mention) || isSubject(mention))) return mention;
        fallback ??= mention;
      }
      return fallback;
    },
    personFor(role, at, exclude) {
      const holders = rolesIndex().get(role) ?? [];
      for (let i = holders.length - 1; i >= 0; i--) {
        const mention = holders[i]!;
        if (mention.end <= at && !insideAny(exclude, mention)) return mention;
      }
      return undefined;
    },
    learnGender(mention, gender) {
      const surname = mention.keys[mention.keys.length - 1]!;
      if (!learned.has(surname)) learned.set(surname, gender);
    },
  };

  function rolesIndex(): Map<string, NameMention[]> {
    if (roles) return roles;
    roles = new Map();
    for (const mention of names) {
      if (!isPerson(mention)) continue;
      for (const role of new Set(rolesOf(story.sentences[mention.sentence]!, mention))) {
        const holders = roles.get(role) ?? [];
        holders.push(mention);
        roles.set(role, holders);
      }
    }
    return roles;
  }

  function isSubject(mention: NameMention): boolean {
    let known = subjects.get(mention);
    if (known === undefined) {
      known = isSubjectMention(story.sentences[mention.sentence]!, mention);
      subjects.set(mention, known);
    }
    return known;
  }

  function genderOf(mention: NameMention): 'male' | 'female' | undefined {
    const surname = mention.keys[mention.keys.length - 1]!;
    return mention.gender ?? fuller(mention)?.gender ?? titled.get(surname) ?? learned.get(surname);
  }
}

const NO_SPEAKERS: ReadonlySet<NameMention> = new Set();
/** How many paragraphs back a speaker or subject is preferred to a nearer name in passing. */
const SALIENT_REACH = 1;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function endsWith(keys: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > keys.length) return false;
  const offset = keys.length - suffix.length;
  return suffix.every((key, i) => keys[offset + i] === key);
}
