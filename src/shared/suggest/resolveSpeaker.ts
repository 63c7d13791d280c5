import type { NameMention } from './findNames';
import { speakerPronoun } from './attributionCues';
import type { SpeakerContext } from './findSpeaker';
import { phraseEnd, phraseStart, type Phrase } from './nounPhrases';
import { isOrganisationNoun } from './resolveOrganisations';
import type { TextSpan } from './suggestionTypes';

/** What earlier quotes leave for later ones: who has spoken, and the organisation that spoke last. */
export interface SpeakerState {
  /** every quoted stretch: names inside them are no one's antecedent */
  quoted: readonly TextSpan[];
  /** persons who were the subject of an attribution so far */
  speakers: Set<NameMention>;
  organisation?: { name: string; paragraph: number };
}

export interface ResolvedSpeaker {
  speaker?: string;
  speakerSpan: TextSpan;
  how: 'attributed' | 'pronoun';
}

/** How many paragraphs back "it said" may find the organisation that spoke last. */
const IT_REACH = 2;

/**
 * The speaker an attribution phrase names: a person's fullest name (short names and pronouns resolved), an
 * organisation's fullest name ("Acme", "the company", "it", "a statement from the department"), the person a role
 * stands for ("the mayor"), or no one ("one driver").
 */
export function resolveSpeaker(context: SpeakerContext, phrase: Phrase, state: SpeakerState): ResolvedSpeaker {
  const { resolver } = context;
  const speakerSpan = { start: phraseStart(phrase), end: phraseEnd(phrase) };
  const person = (mention: NameMention, at: number): ResolvedSpeaker => {
    state.speakers.add(mention);
    return { speaker: resolver.fullestName(mention, at), speakerSpan, how: phrase.kind === 'pronoun' ? 'pronoun' : 'attributed' };
  };
  const organisation = (name: string | undefined, how: ResolvedSpeaker['how'] = 'attributed'): ResolvedSpeaker => {
    if (name) state.organisation = { name, paragraph: phrase.sentence.paragraph };
    return { speaker: name, speakerSpan, how };
  };

  if (phrase.kind === 'pronoun') {
    const token = phrase.sentence.tokens[phrase.first]!;
    if (token.key === 'it') {
      // "it said": the organisation that spoke last, else the one named last
      const last = state.organisation;
      const recent = last && phrase.sentence.paragraph - last.paragraph <= IT_REACH ? last.name : undefined;
      return organisation(recent ?? resolver.organisationFor(undefined, token.start, state.quoted), 'pronoun');
    }
    const gender = speakerPronoun(token.key) ?? (token.key === 'his' ? 'male' : token.key === 'her' ? 'female' : 'any');
    const before = phrase.sentence.tokens[phrase.first - 1];
    const antecedent = resolver.antecedent(token.start, gender, {
      exclude: state.quoted,
      sameParagraphOnly: gender === 'any',
      skipNearest: before?.key === 'whom',
      speakers: state.speakers,
    });
    if (!antecedent) return { speakerSpan, how: 'pronoun' };
    if (gender !== 'any') resolver.learnGender(antecedent, gender);
    return person(antecedent, token.start);
  }
  if (phrase.kind === 'name' && phrase.mention) {
    const mention = phrase.mention;
    if (resolver.isPerson(mention)) return person(mention, mention.start);
    return mention.kind === 'place'
      ? { speakerSpan, how: 'attributed' }
      : organisation(resolver.fullestOrganisation(mention, mention.start));
  }
  const head = phrase.sentence.tokens[phrase.end - 1]!;
  if (phrase.kind === 'description' && definite(phrase)) {
    // "the mayor said", "the defense attorney told jurors": the person last named with that role
    const named = resolver.personFor(head.key, head.start, state.quoted);
    if (named) return person(named, head.start);
    // "the company said", "a statement from the department said": the organisation named last
    if (isOrganisationNoun(head.key)) return organisation(resolver.organisationFor(head.key, head.start, state.quoted));
  }
  return { speakerSpan, how: 'attributed' };
}

/** "the company", "the city's fire department", "its board": a description that points back to something named. */
function definite(phrase: Phrase): boolean {
  const first = phrase.sentence.tokens[phrase.first]!;
  return /^(the|its|their|this|that)$/u.test(first.key) || /['’]s?$/u.test(first.text);
}
