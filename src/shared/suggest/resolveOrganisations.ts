import type { NameMention } from './findNames';
import { insideAny, lastIndexEndingBy } from './spans';
import type { TextSpan } from './suggestionTypes';

/**
 * Coreference for organisations: a short form ("Acme") stands for the fullest name the story gives it ("Acme Battery
 * Systems"), and a definite description ("the company", "the department", "it") for the organisation most recently
 * named before it, preferring one whose name ends in the same noun ("the department" → "Elmford Fire Department").
 */
export interface OrganisationResolver {
  /** The fullest name of an organisation mention, preferring forms used before `at`. */
  fullestOrganisation(mention: NameMention, at: number): string;
  /** The organisation "the <noun>" (or "it", noun undefined) at `at` stands for, outside `exclude`. */
  organisationFor(noun: string | undefined, at: number, exclude: readonly TextSpan[]): string | undefined;
}

/** Nouns a story uses for an organisation it has named: "the company said", "the union wrote". */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  (
    'company firm business corporation manufacturer maker retailer utility airline operator developer chain employer ' +
    'insurer lender bank group department agency ministry office council board commission committee authority bureau ' +
    'service administration court union association guild federation league conference club team school university ' +
    'college district hospital clinic church charity foundation organisation organization nonprofit institute ' +
    'campaign coalition party government city county station network newspaper paper broadcaster outlet'
  ).split(' '),
);

/** Nouns for news outlets: only these can stand for a media name ("the newspaper reported"). */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'broadcaster', 'network', 'station', 'outlet']);

/** Nouns that name a kind of body, when they end its name ("… Fire Department", "… Teachers Union"). */
const HEAD_NOUNS: ReadonlySet<string> = new Set(
  [...ORGANISATION_NOUNS].filter((noun) => !/^(company|firm|business|group|bank|utility|network|station)$/u.test(noun)),
);

/** Whether "the <key>" can stand for a named organisation. */
export function isOrganisationNoun(key: string): boolean {
  return ORGANISATION_NOUNS.has(key);
}

/** How many mentions back "the company" may look for its organisation. */
const REACH = 60;

export function createOrganisationResolver(
  names: readonly NameMention[],
  isPerson: (mention: NameMention) => boolean,
): OrganisationResolver {
  const organisations = names.filter((mention) => mention.kind === 'organisation' || mention.kind === 'media');
  // a run the lexicon cannot place, of two words or more, that is not a person ("Kessler Freight") may be a body too
  const maybeOrganisation = (mention: NameMention): boolean =>
    mention.kind === 'organisation' ||
    (mention.kind !== 'place' && mention.kind !== 'media' && mention.keys.length > 1 && !isPerson(mention));

  const byFirstKey = new Map<string, NameMention[]>();
  for (const mention of organisations) byFirstKey.set(mention.keys[0]!, [...(byFirstKey.get(mention.keys[0]!) ?? []), mention]);

  // "EFD" for the "Elmford Fire Department" named before it
  const byInitials = new Map<string, NameMention>();
  for (const mention of organisations) if (mention.keys.length > 1) byInitials.set(initials(mention.name), mention);

  const fullest = (mention: NameMention, at: number): NameMention => {
    let best = mention;
    for (const pass of [true, false]) {
      for (const candidate of byFirstKey.get(mention.keys[0]!) ?? []) {
        if (pass && candidate.start >= at) continue;
        if (candidate.keys.length > best.keys.length && startsWith(candidate.keys, mention.keys)) best = candidate;
      }
      if (best !== mention) break;
    }
    const expanded = /^\p{Lu}{2,6}$/u.test(mention.name) ? byInitials.get(mention.name) : undefined;
    return best === mention && expanded && expanded.start < mention.start ? expanded : best;
  };

  return {
    fullestOrganisation: (mention, at) => fullest(mention, at).name,
    organisationFor(noun, at, exclude) {
      let fallback: NameMention | undefined;
      let seen = 0;
      for (let i = lastIndexEndingBy(names, at); i >= 0 && seen < REACH; i--) {
        const mention = names[i]!;
        seen++;
        if (insideAny(exclude, mention)) continue;
        const media = noun !== undefined && MEDIA_NOUNS.has(noun);
        const full = (media ? mention.kind === 'media' : maybeOrganisation(mention)) ? fullest(mention, at) : undefined;
        if (!full) continue;
        const head = full.keys[full.keys.length - 1]!;
        if (noun && full.keys.includes(noun)) return full.name;
        // "the company" is not the "… Fire Department" named last: a name ending in another kind of body is skipped
        if (!fallback && !(noun && HEAD_NOUNS.has(head) && head !== noun)) fallback = full;
      }
      return fallback?.name;
    },
  };
}

/** "Elmford Fire Department" → "EFD", "Bureau of Mines" → "BM". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

function startsWith(keys: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key);
}
