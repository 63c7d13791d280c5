import type { Sentence } from './analyseStory';
import { isTitle, speakerPronoun } from './attributionCues';
import type { NameMention } from './findNames';
import { lexiconTags } from './nlp';
import { isOrganisationNoun } from './resolveOrganisations';
import { isRoleNoun } from './roleNouns';
import { isCapitalised, type Token } from './tokenize';

/** Who or what a cue verb attaches to: a name, a pronoun, or a description ("the spokesman", "state data"). */
export interface Phrase {
  kind: 'name' | 'pronoun' | 'description';
  sentence: Sentence;
  /** token indices [first, end) in the sentence */
  first: number;
  end: number;
  /** the name, for kind 'name' */
  mention?: NameMention;
}

/** The names of one sentence, found by token index. */
export type SentenceNames = readonly NameMention[];

const MAX_DESCRIPTION = 6;
const STOP_TAGS: ReadonlySet<string> = new Set([
  'Verb',
  'Preposition',
  'Conjunction',
  'Adverb',
  'QuestionWord',
  'Copula',
  'Modal',
  'Negative',
  'Auxiliary',
]);

/** Pronouns that can be the subject of a cue: "he said", "said she", "it said" (an organisation). */
function isSubjectPronoun(key: string): boolean {
  return key === 'he' || key === 'she' || key === 'they' || key === 'it';
}

export function mentionAt(names: SentenceNames, tokenIndex: number): NameMention | undefined {
  return names.find((mention) => mention.firstToken <= tokenIndex && tokenIndex < mention.endToken);
}

export function phraseStart(phrase: Phrase): number {
  return phrase.sentence.tokens[phrase.first]!.start;
}

export function phraseEnd(phrase: Phrase): number {
  return phrase.sentence.tokens[phrase.end - 1]!.end;
}

function hasPunctuationAfter(token: Token): boolean {
  return /[^\s-]/u.test(token.post);
}

/** A word that can sit inside a descriptive noun phrase ("two senior county officials", "Harrow’s spokesman"). */
function isPhraseWord(token: Token): boolean {
  if (isCapitalised(token.text)) return true;
  if (/^\d/u.test(token.text)) return true;
  // nouns for people and bodies the lexicon may take for verbs ("the club", "the coach")
  if (isRoleNoun(token.key) || isOrganisationNoun(token.key)) return true;
  const tags = lexiconTags(token.key);
  if (tags.length === 0) return true;
  if (tags.includes('Possessive') || tags.includes('Determiner') || tags.includes('Value')) return true;
  return !tags.some((tag) => STOP_TAGS.has(tag)) || tags.includes('Noun') || tags.includes('Adjective');
}

function isDeterminerLike(token: Token): boolean {
  const tags = lexiconTags(token.key);
  return tags.includes('Determiner') || (tags.includes('Possessive') && tags.includes('Pronoun'));
}

/** The phrase that ends at token `j` (the word just before a cue verb). */
export function phraseEndingAt(sentence: Sentence, names: SentenceNames, j: number, lowest = 0): Phrase | undefined {
  const token = sentence.tokens[j];
  if (!token || j < lowest) return undefined;
  if (speakerPronoun(token.key) && !lexiconTags(token.key).includes('Possessive'))
    return { kind: 'pronoun', sentence, first: j, end: j + 1 };
  if (isSubjectPronoun(token.key)) return { kind: 'pronoun', sentence, first: j, end: j + 1 };
  const mention = mentionAt(names, j);
  if (mention && mention.endToken === j + 1 && !/['’]s?$/u.test(token.text)) {
    return { kind: 'name', sentence, first: Math.max(lowest, mention.firstToken), end: j + 1, mention };
  }
  if (!isPhraseWord(token) || isDeterminerLike(token) || /^\d+$/u.test(token.text)) return undefined;
  let first = j;
  while (first - 1 >= lowest && j - first + 1 < MAX_DESCRIPTION) {
    const before = sentence.tokens[first - 1]!;
    if (hasPunctuationAfter(before) || !isPhraseWord(before)) break;
    first--;
    if (isDeterminerLike(before)) break;
  }
  return { kind: 'description', sentence, first, end: j + 1 };
}

/** The phrase that starts at token `k` (the word just after a cue verb: "said Luis Ortega", "said one woman"). */
export function phraseStartingAt(
  sentence: Sentence,
  names: SentenceNames,
  k: number,
  highest = sentence.tokens.length,
): Phrase | undefined {
  const token = sentence.tokens[k];
  if (!token || k >= highest) return undefined;
  if (isSubjectPronoun(token.key)) return { kind: 'pronoun', sentence, first: k, end: k + 1 };
  // skip titles that are not part of a name mention ("said Chief Renata Alvarez" is one mention already)
  const mention = mentionAt(names, k);
  if (mention && mention.firstToken <= k) return { kind: 'name', sentence, first: k, end: Math.min(highest, mention.endToken), mention };
  // "said state Rep. Elaine Park", "said former Gov. Ana Ruiz", "said chief financial officer Samir Poe": lower-case
  // modifiers and a job before a name belong to it
  const reach = k + (isRoleNoun(token.key) || isTitle(token.key) || lexiconTags(token.key).includes('Adjective') ? 4 : 3);
  for (let m = k + 1; m < Math.min(highest, reach) && !hasPunctuationAfter(sentence.tokens[m - 1]!); m++) {
    const later = mentionAt(names, m);
    if (later && later.firstToken === m)
      return { kind: 'name', sentence, first: k, end: Math.min(highest, later.endToken), mention: later };
    if (isCapitalised(sentence.tokens[m]!.text)) break;
  }
  if (!isPhraseWord(token)) return undefined;
  let end = k + 1;
  while (end < highest && end - k < MAX_DESCRIPTION && !hasPunctuationAfter(sentence.tokens[end - 1]!)) {
    const next = sentence.tokens[end]!;
    if (!isPhraseWord(next) || isDeterminerLike(next)) break;
    end++;
  }
  // a description ends on its noun, not on a determiner
  while (end > k + 1 && isDeterminerLike(sentence.tokens[end - 1]!)) end--;
  return { kind: 'description', sentence, first: k, end };
}
