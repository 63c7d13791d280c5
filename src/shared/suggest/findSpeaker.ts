import { sentenceAt, type Sentence, type Story } from './analyseStory';
import { CUE_AUXILIARIES, isNamingVerb } from './attributionCues';
import { speechVerbAt } from './cueVerbs';
import type { QuotedSpan } from './findQuotes';
import { phraseEndingAt, phraseStartingAt, type Phrase, type SentenceNames } from './nounPhrases';
import type { TextSpan } from './suggestionTypes';
import type { NameResolver } from './resolveNames';

/** How a quotation is attributed: the cue ("said", "according to") and the phrase naming the speaker. */
export interface Attribution {
  cue: TextSpan;
  /** base form of the cue verb ("say"), or "according to" */
  verb: string;
  phrase?: Phrase;
  /** after the quotation (“…,” she said), before it (She said: “…”), or a colon with no cue (She had a message: “…”) */
  position: 'after' | 'before' | 'colon';
}

export interface SpeakerContext {
  story: Story;
  namesBySentence: readonly SentenceNames[];
  resolver: NameResolver;
}

/** Words between the closing mark and the cue: “…,” Gov. Ana Ruiz, who leads the panel, told reporters. */
const AFTER_REACH = 10;

/** The attribution of one quoted span, looking first just after it, then before it in the same sentence. */
export function findAttribution(
  context: SpeakerContext,
  quote: QuotedSpan,
  previousEnd: number,
  nextStart: number,
): Attribution | undefined {
  return (quote.closed ? attributionAfter(context, quote, nextStart) : undefined) ?? attributionBefore(context, quote, previousEnd);
}

function attributionAfter(context: SpeakerContext, quote: QuotedSpan, nextStart: number): Attribution | undefined {
  const sentence = sentenceAt(context.story, quote.end - 1);
  if (!sentence) return undefined;
  const names = context.namesBySentence[sentence.index]!;
  const { tokens } = sentence;
  const a = tokens.findIndex((token) => token.start >= quote.end);
  if (a < 0 || tokens[a]!.start >= nextStart) return undefined;
  // the words right after the mark must belong to the same sentence as the quotation ("…,” she said), not a new one
  const between = context.story.text.slice(quote.end, tokens[a]!.start);
  if (/[.!?;]/u.test(between)) return undefined;
  const limit = Math.min(tokens.length, a + AFTER_REACH);
  for (let i = a; i < limit; i++) {
    const token = tokens[i]!;
    if (token.start >= nextStart) return undefined;
    if (token.key === 'according' && tokens[i + 1]?.key === 'to') {
      const phrase = phraseStartingAt(sentence, names, i + 2);
      return { cue: span(tokens[i]!.start, tokens[i + 1]!.end), verb: 'according to', phrase, position: 'after' };
    }
    const verb = speechVerbAt(tokens, i);
    if (verb && !(isNamingVerb(verb) && i > a)) {
      const cue = span(token.start, token.end);
      if (i === a) return { cue, verb, phrase: phraseStartingAt(sentence, names, i + 1), position: 'after' };
      // the speaker starts right after the quotation (“…,” Smith said), maybe with an appositive before the cue
      // (“…,” the county’s chief, Ana Ruiz, said) — not “…,” and then the team said
      const first = phraseStartingAt(sentence, names, a, i);
      if (!first) return undefined;
      return { cue, verb, phrase: preferPerson(context, [first, subjectBefore(context, sentence, names, i, a)]), position: 'after' };
    }
    if (/[;:“”"]/u.test(token.post)) break;
  }
  return undefined;
}

function attributionBefore(context: SpeakerContext, quote: QuotedSpan, previousEnd: number): Attribution | undefined {
  const sentence = sentenceAt(context.story, quote.start);
  if (!sentence) return undefined;
  const names = context.namesBySentence[sentence.index]!;
  const { tokens } = sentence;
  const lowest = firstIndexFrom(sentence, Math.max(sentence.start, previousEnd));
  let q = tokens.findIndex((token) => token.start >= quote.start);
  if (q < 0) q = tokens.length;
  // naming verbs ("called the plan “a disaster”") introduce partial quotes, not whole sentences
  const shortQuote = wordCount(context.story.text, quote.inner) <= 12;
  for (let c = q - 1; c >= lowest; c--) {
    const token = tokens[c]!;
    if (token.key === 'to' && tokens[c - 1]?.key === 'according' && c - 1 >= lowest) {
      return {
        cue: span(tokens[c - 1]!.start, token.end),
        verb: 'according to',
        phrase: phraseStartingAt(sentence, names, c + 1, q),
        position: 'before',
      };
    }
    const verb = speechVerbAt(tokens, c);
    if (!verb || (isNamingVerb(verb) && !shortQuote)) continue;
    // "to say" / "asked to leave" are not attributions
    if (tokens[c - 1]?.key === 'to' && verb !== 'refer') continue;
    const subject = subjectBefore(context, sentence, names, c, lowest);
    const phrase =
      (subject && writtenBy(context, sentence, names, subject, lowest)) ??
      subject ??
      nearestSpeakerBefore(context, sentence, names, c, lowest);
    return { cue: span(token.start, token.end), verb, phrase, position: 'before' };
  }
  // “She had a message: “…” — the subject of a sentence that hands over to a quotation with a colon
  const last = tokens[q - 1];
  if (last && q - 1 >= lowest && /:\s*$/u.test(last.post)) {
    const phrase = phraseStartingAt(sentence, names, lowest, q);
    if (phrase && phrase.kind !== 'description') return { cue: span(last.end, last.end + 1), verb: 'colon', phrase, position: 'colon' };
  }
  return undefined;
}

/** The speaker phrase before cue `c`: "Khamenei said", "Smith, a spokesman for X, said", "he has said", "the agency said". */
function subjectBefore(context: SpeakerContext, sentence: Sentence, names: SentenceNames, c: number, lowest: number): Phrase | undefined {
  const { tokens } = sentence;
  let j = c - 1;
  while (j >= lowest && isAuxiliary(tokens[j]!.key) && !/,/u.test(tokens[j]!.post)) j--;
  if (j < lowest) return undefined;
  const token = tokens[j]!;
  // "Khamenei said, adding …": the subject of the earlier cue
  if (speechVerbAt(tokens, j) && /,\s*$/u.test(token.post)) return subjectBefore(context, sentence, names, j, lowest);
  const nearest = phraseEndingAt(sentence, names, j, lowest);
  if (!/,\s*$/u.test(token.post)) return nearest;
  // an appositive between commas: "Smith, a spokesman for X, said" or "the county's spokesman, Devon Ruiz, said"
  let k = j - 1;
  while (k >= lowest && !/,\s*$/u.test(tokens[k]!.post)) k--;
  const before = k >= lowest ? phraseEndingAt(sentence, names, k, lowest) : undefined;
  return preferPerson(context, [nearest, before]);
}

/** For cues far from their subject ("X declared … and vowed “…”"): the nearest person named or pronoun before the cue. */
function nearestSpeakerBefore(
  context: SpeakerContext,
  sentence: Sentence,
  names: SentenceNames,
  c: number,
  lowest: number,
): Phrase | undefined {
  for (let j = c - 1; j >= lowest; j--) {
    const token = sentence.tokens[j]!;
    if (token.key === 'he' || token.key === 'she' || token.key === 'they') return { kind: 'pronoun', sentence, first: j, end: j + 1 };
    const mention = names.find((candidate) => candidate.endToken === j + 1);
    if (mention && context.resolver.isPerson(mention))
      return { kind: 'name', sentence, first: mention.firstToken, end: mention.endToken, mention };
  }
  return undefined;
}

/** Things that carry written words: a sign that read “…”, her placard called the fee “…”. */
const WRITTEN_MATERIAL: ReadonlySet<string> = new Set(
  'sign signs placard placards banner banners poster posters note notes t-shirt shirt card sticker flyer leaflet pamphlet slogan graffiti'.split(
    ' ',
  ),
);

/**
 * Who wrote or held the sign a quotation is read from: the owner in the phrase ("her placard", "Fanshawe's banner"), else
 * the person named earlier in the sentence ("Odile Fanshawe carried a placard reading …"); undefined when no one is.
 */
function writtenBy(context: SpeakerContext, sentence: Sentence, names: SentenceNames, phrase: Phrase, lowest: number): Phrase | undefined {
  if (phrase.kind !== 'description' || !WRITTEN_MATERIAL.has(sentence.tokens[phrase.end - 1]!.key)) return undefined;
  for (let k = phrase.first; k < phrase.end - 1; k++) {
    const token = sentence.tokens[k]!;
    if (/^(his|her|their)$/u.test(token.key)) return { kind: 'pronoun', sentence, first: k, end: k + 1 };
    const mention = names.find((candidate) => candidate.endToken === k + 1);
    if (mention && /['’]s?$/u.test(token.text) && context.resolver.isPerson(mention))
      return { kind: 'name', sentence, first: mention.firstToken, end: k + 1, mention };
  }
  return nearestSpeakerBefore(context, sentence, names, phrase.first, lowest) ?? phrase;
}

function preferPerson(context: SpeakerContext, phrases: (Phrase | undefined)[]): Phrase | undefined {
  const present = phrases.filter((phrase): phrase is Phrase => phrase !== undefined);
  return (
    present.find((phrase) => phrase.kind === 'pronoun' || (phrase.mention && context.resolver.isPerson(phrase.mention))) ??
    present.find((phrase) => phrase.kind === 'name' && phrase.mention?.kind !== 'place') ??
    present[0]
  );
}

function isAuxiliary(key: string): boolean {
  return CUE_AUXILIARIES.has(key) || (key.endsWith('ly') && key.length > 4);
}

function firstIndexFrom(sentence: Sentence, offset: number): number {
  const index = sentence.tokens.findIndex((token) => token.start >= offset);
  return index < 0 ? sentence.tokens.length : index;
}

export function wordCount(text: string, range: TextSpan): number {
  const words = text.slice(range.start, range.end).match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

function span(start: number, end: number): TextSpan {
  return { start, end };
}
