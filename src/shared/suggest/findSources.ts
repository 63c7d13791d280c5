import type { Sentence, Story } from './analyseStory';
import { CUE_AUXILIARIES, isMediaNameWord, sourceNounType } from './attributionCues';
import { sourceVerbAt } from './cueVerbs';
import { isPlaceWord, lexiconTags } from './nlp';
import type { NameMention } from './findNames';
import { mentionAt, type SentenceNames } from './nounPhrases';
import { isPeoplePlural, isRoleNoun } from './roleNouns';
import type { NameResolver } from './resolveNames';
import type { SourceType } from '../domain/annotation';
import type { Suggestion, TextSpan } from './suggestionTypes';
import { isCapitalised, type Token } from './tokenize';

/** A phrase attributing information given without quotation marks: "Police said", "according to officials". */
export interface SourceFinding extends TextSpan {
  source: string;
  sourceType: SourceType;
  how: 'cue verb' | 'according to' | 'by count' | 'photo credit';
}

export interface SourceContext {
  story: Story;
  namesBySentence: readonly SentenceNames[];
  resolver: NameResolver;
  /** the cues of direct quotes (they belong to the quote, not to a source) */
  quoteCues: readonly TextSpan[];
  /** the direct quotes themselves (a speaker's words are not the reporter's sourcing) */
  quotes: readonly TextSpan[];
}

/** Longest noun phrase after "according to" / before a cue verb, in words. */
const MAX_PHRASE = 12;

/** Things that carry someone else's information: "a statement from X", "a letter from X". */
const CARRIERS: ReadonlySet<string> = new Set([
  'statement',
  'letter',
  'email',
  'memo',
  'report',
  'release',
  'announcement',
  'notice',
  'filing',
  'post',
  'message',
]);

const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'so',
  'as',
  'while',
  'because',
  'although',
  'though',
  'after',
  'before',
  'since',
  'when',
  'if',
  'that',
  'which',
  'who',
  'whom',
  'where',
  'whether',
  'until',
  'unless',
  'how',
  'why',
  'what',
]);
/** Every attributed source in the story, in text order. */
export function findSources(context: SourceContext): SourceFinding[] {
  const found: SourceFinding[] = [];
  for (const sentence of context.story.sentences) found.push(...sourcesInSentence(context, sentence));
  found.push(...findPhotoCredits(context.story));
  found.sort((a, b) => a.start - b.start);
  // sources never overlap: keep the first of two that do
  const kept: SourceFinding[] = [];
  for (const source of found) if (kept.length === 0 || source.start >= kept[kept.length - 1]!.end) kept.push(source);
  return kept;
}

function sourcesInSentence(context: SourceContext, sentence: Sentence): SourceFinding[] {
  const { tokens } = sentence;
  const names = context.namesBySentence[sentence.index]!;
  const found: SourceFinding[] = [];
  const inside = (token: Token, spans: readonly TextSpan[]): boolean =>
    spans.some((span) => span.start <= token.start && token.end <= span.end);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (inside(token, context.quotes)) continue;
    if (token.key === 'according' && tokens[i + 1]?.key === 'to') {
      if (inside(token, context.quoteCues)) continue;
      const end = phraseAfter(tokens, i + 2);
      if (end > i + 2) found.push(finding(context, sentence, names, i, end, i + 2, end, 'according to'));
      continue;
    }
    if (token.key === 'by') {
      const count = byCount(tokens, i);
      if (count) found.push(count.finding(context, sentence, names));
      continue;
    }
    const verb = sourceVerbAt(tokens, i);
    if (!verb || inside(token, context.quoteCues)) continue;
    if (verb.needsThat && tokens[i + 1]?.key !== 'that') continue;
    if (isPassive(tokens, i)) continue;
    let j = i - 1;
    while (j >= 0 && isAuxiliary(tokens[j]!) && !/[,;:]/u.test(tokens[j]!.post)) j--;
    if (j < 0 || /[;:()—–]/u.test(tokens[j]!.post)) continue;
    let appositive: NameMention | undefined;
    if (/,/u.test(tokens[j]!.post)) {
      // an appositive between commas: "Jimenez, 54, said", "Lee, a nurse at the clinic, said"
      let k = j - 1;
      while (k >= 0 && !/,/u.test(tokens[k]!.post)) k--;
      if (k < 0 || j - k > 10) continue;
      // "the company's chief executive, Dario Fenwick, said": the source is the person the appositive names
      const named = mentionAt(names, j);
      if (named && named.firstToken === k + 1 && named.endToken === j + 1 && context.resolver.isPerson(named)) appositive = named;
      j = k;
    }
    const subject = subjectPhrase(context, sentence, names, j);
    if (!subject) continue;
    // people say; records, data and studies show, find and suggest ("Lee shows courage" is not a source)
    if (DOCUMENT_VERBS.has(verb.base) && subjectIsPerson(context, sentence, names, subject.first, j)) continue;
    const end = verb.base === 'tell' ? addresseeEnd(tokens, i + 1) : i + 1;
    const source = finding(context, sentence, names, subject.first, end, subject.first, j + 1, 'cue verb');
    found.push(appositive ? { ...source, source: appositive.name, sourceType: 'person' } : source);
  }
  return found;
}

const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate']);

function subjectIsPerson(context: SourceContext, sentence: Sentence, names: SentenceNames, first: number, j: number): boolean {
  const mention = mentionAt(names, j);
  if (mention && mention.endToken === j + 1)
    return context.resolver.isPerson(mention) || (first >= mention.firstToken && mention.kind === 'unknown');
  return (
    headNounType(sentence.tokens, first, j) === 'person' &&
    !/^(researchers|scientists|experts|analysts|investigators|economists|historians)$/u.test(sentence.tokens[j]!.key)
  );
}

/** "by the clerk’s count", "by one estimate" */
function byCount(
  tokens: readonly Token[],
  i: number,
): { finding: (context: SourceContext, sentence: Sentence, names: SentenceNames) => SourceFinding } | undefined {
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    if (/^(count|estimate|estimates|tally|calculation|calculations|reckoning|measure)$/u.test(tokens[k]!.key)) {
      return { finding: (context, sentence, names) => finding(context, sentence, names, i, k + 1, i + 1, k + 1, 'by count') };
    }
    if (/[,;:.]/u.test(tokens[k]!.post)) break;
  }
  return undefined;
}

/** The noun phrase after a preposition: up to a comma, a clause or the end of the sentence. */
function phraseAfter(tokens: readonly Token[], k: number): number {
  let end = k;
  while (end < tokens.length && end - k < MAX_PHRASE) {
    const token = tokens[end]!;
    const joinsName =
      /^(and|of|for|&)$/u.test(token.key) && isCapitalised(tokens[end - 1]?.text ?? '') && isCapitalised(tokens[end + 1]?.text ?? '');
    if (end > k && ((CLAUSE_OPENERS.has(token.key) && !joinsName) || /[“"(]/u.test(token.pre))) break;
    end++;
    if (/[,;:.!?()“”"—–]/u.test(token.post)) break;
  }
  return end;
}

/** The addressee of "told": "told reporters", "told the council" (not the clause that follows). */
function addresseeEnd(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!first || /[,;:]/u.test(tokens[k - 1]!.post)) return k;
  if (/^(me|us|him|her|them|you|reporters|journalists)$/u.test(first.key)) return k + 1;
  const tags = lexiconTags(first.key);
  if (tags.includes('Plural') && !tags.includes('Verb')) return k + 1;
  if ((tags.includes('Determiner') || tags.includes('Possessive')) && tokens[k + 1] && !/[,;:]/u.test(first.post)) {
    // "told the Marlowe Courier": the whole name
    let end = k + 2;
    while (isCapitalised(tokens[k + 1]!.text) && tokens[end] && isCapitalised(tokens[end]!.text) && /^\s+$/u.test(tokens[end - 1]!.post))
      end++;
    return end;
  }
  return k;
}

function isPassive(tokens: readonly Token[], i: number): boolean {
  if (!/ed$|^(told|said|written|shown|found)$/u.test(tokens[i]!.key)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const key = tokens[j]!.key;
    if (/^(was|were|been|being|is|are|be|get|got)$/u.test(key)) return true;
    if (!(CUE_AUXILIARIES.has(key) || key.endsWith('ly'))) return false;
  }
  return false;
}

function isAuxiliary(token: Token): boolean {
  return (
    /^(has|have|had|is|are|was|were|will|would|could|should|may|might|can|did|does|do|also|later|then|again|further|previously|earlier|recently|repeatedly|publicly|separately|still|already|reportedly|generally|often|usually|now|first|once|just)$/u.test(
      token.key,
    ) ||
    (token.key.endsWith('ly') && token.key.length > 4 && !isCapitalised(token.text))
  );
}

/**
 * The source phrase ending at token `j`: the whole noun phrase from the start of its clause when it reads as one
 * ("Budget records from 2013", "Researchers at Halden State University", "A statement from the union"), else the name or
 * words just before the verb. It must look like a source: a name, or a head noun such as officials, police, records.
 */
function subjectPhrase(context: SourceContext, sentence: Sentence, names: SentenceNames, j: number): { first: number } | undefined {
  const { tokens } = sentence;
  let start = j;
  while (start > 0) {
    const before = tokens[start - 1]!;
    if (/[,;:()—–“”"]/u.test(before.post) || CLAUSE_OPENERS.has(before.key) || j - start + 1 >= MAX_PHRASE) break;
    start--;
  }
  // words of a noun phrase: no finite verb except a participle after its noun ("emails obtained by …", "logs the company filed")
  for (let k = start; k <= j; k++) {
    const token = tokens[k]!;
    if (isCapitalised(token.text) || /^\d/u.test(token.text)) continue;
    const tags = lexiconTags(token.key);
    // job nouns and their modifiers are not verbs here ("Head coach", "Chief operating officer")
    const roleWord = isRoleNoun(token.key) || (tags.includes('Gerund') && k < j && isRoleNoun(tokens[k + 1]!.key));
    const verbal =
      tags.includes('Verb') &&
      !tags.includes('Noun') &&
      !tags.includes('Adjective') &&
      !isPlaceWord(token.key) &&
      !sourceNounType(token.key) &&
      !roleWord;
    if ((verbal && !(k > start && (tags.includes('PastTense') || tags.includes('Participle')))) || isPronoun(token)) {
      start = k + 1;
    }
  }
  if (start > j) return undefined;
  // drop a leading "the", a possessive pronoun or a possessive name ("Iran’s Tasnim News Agency")
  while (start < j) {
    const token = tokens[start]!;
    const tags = lexiconTags(token.key);
    if (/^(the|its|his|her|their|our|this|that|these|those)$/u.test(token.key) || /['’]s$/u.test(token.text)) start++;
    else if (tags.includes('Preposition')) start++;
    else break;
  }
  if (/^(the|its|his|her|their)$/u.test(tokens[start]!.key)) return undefined;
  const mention = mentionAt(names, j);
  if (mention && mention.endToken === j + 1) {
    if (mention.kind === 'place' && !context.resolver.isPerson(mention)) return undefined;
    return { first: Math.min(start, mention.firstToken) };
  }
  if (isPronoun(tokens[j]!)) return undefined;
  return headNounType(tokens, start, j) ? { first: start } : undefined;
}

function isPronoun(token: Token): boolean {
  return /^(he|she|they|it|we|i|you|who|which|that|this|there)$/u.test(token.key);
}

/** The head of a descriptive source phrase ("records" in "Budget records from 2013") and its type. */
function headNounType(tokens: readonly Token[], start: number, j: number): SourceType | undefined {
  let head = j;
  for (let k = start + 1; k <= j; k++) {
    const tags = lexiconTags(tokens[k]!.key);
    if (tags.includes('Preposition') || (tags.includes('PastTense') && !tags.includes('Noun'))) {
      head = k - 1;
      break;
    }
  }
  for (let k = head; k >= start && k >= head - 1; k--) {
    const type = sourceNounType(tokens[k]!.key);
    if (type) return type;
  }
  // "Detectives said", "Forecasters said", "Emergency room nurses told…"
  if (isPeoplePlural(tokens[head]!.key)) return 'person';
  const headToken = tokens[head]!;
  if (isCapitalised(headToken.text) && isMediaNameWord(headToken.key)) return 'media';
  // compromise knows job nouns ("clerk", "inspector", "deputies") as Actor
  if (!isCapitalised(headToken.text) && (lexiconTags(headToken.key).includes('Actor') || isRoleNoun(headToken.key))) return 'person';
  return undefined;
}

function finding(
  context: SourceContext,
  sentence: Sentence,
  names: SentenceNames,
  first: number,
  end: number,
  nameFirst: number,
  nameEnd: number,
  how: SourceFinding['how'],
): SourceFinding {
  const { tokens } = sentence;
  const text = context.story.text;
  let nameStart = nameFirst;
  while (nameStart < nameEnd - 1 && /^(the|a|an)$/u.test(tokens[nameStart]!.key)) nameStart++;
  // "a statement from the Sheriff's Office": the source is the one the statement is from
  const from = tokens
    .slice(nameStart, nameEnd)
    .findIndex((token, k) => token.key === 'from' && k > 0 && CARRIERS.has(tokens[nameStart + k - 1]!.key));
  if (from > 0 && nameStart + from + 1 < nameEnd) {
    nameStart += from + 1;
    while (nameStart < nameEnd - 1 && /^(the|a|an)$/u.test(tokens[nameStart]!.key)) nameStart++;
  }
  // the name stops before modifiers that only say where the source came from ("records obtained by …", "logs the
  // company filed")
  let nameStop = nameEnd;
  for (let k = nameStart + 1; k < nameEnd; k++) {
    const key = tokens[k]!.key;
    const modifier = /^(obtained|released|published|filed|from|provided|seen|reviewed)$/u.test(key) && !isCapitalised(tokens[k - 1]!.text);
    const relative = /^(the|a|an)$/u.test(key) && k > nameStart + 1 && !lexiconTags(tokens[k - 1]!.key).includes('Preposition');
    if (modifier || relative) {
      nameStop = k;
      break;
    }
  }
  const lastToken = tokens[Math.max(nameStart, nameStop - 1)]!;
  let source = text.slice(tokens[nameStart]!.start, lastToken.end).replace(/['’]s?$/u, '');
  let sourceType: SourceType = headNounType(tokens, nameStart, nameStop - 1) ?? 'other';
  const mention = mentionAt(names, nameStop - 1);
  if (mention && mention.endToken === nameStop) {
    if (context.resolver.isPerson(mention)) {
      sourceType = 'person';
      const modified = tokens.slice(nameStart, mention.firstToken).some((token) => lexiconTags(token.key).includes('Preposition'));
      if (!modified) source = mention.name;
    } else if (
      sourceType === 'other' ||
      !tokens.slice(nameStart, mention.firstToken).some((token) => lexiconTags(token.key).includes('Preposition'))
    ) {
      // "Researchers at Halden State University" stay people; "the Western Weather Service" is the organisation
      sourceType = mention.kind === 'media' ? 'media' : 'organisation';
    }
  }
  // "count" sources: "by the clerk’s count" — the source is the one counting
  if (how === 'by count') {
    const owner = tokens.slice(nameStart, nameStop).find((token) => /['’]s?$/u.test(token.text) && token.key !== 'its');
    if (owner) source = owner.key;
    sourceType = sourceNounType(owner?.key ?? '') ?? 'other';
  }
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end, source, sourceType, how };
}

/**
 * Photo credits: a parenthesis holding "Photo", "via", or a slash ("(Lantern Press Photo/Kiri Matheson)", "(Iran Press
 * TV via AP)"), or "Photo: …" / "Credit: …". The span is the text inside the parenthesis. Datelines "(AP)" are not.
 */
function findPhotoCredits(story: Story): SourceFinding[] {
  const { text } = story;
  const found: SourceFinding[] = [];
  for (const paragraph of story.paragraphs) {
    const slice = text.slice(paragraph.start, paragraph.end);
    const credit = /\(([^()]{2,100})\)/gu;
    for (let match = credit.exec(slice); match; match = credit.exec(slice)) {
      const inner = match[1]!;
      if (!/\b(Photo|Photograph|Pool|Images?|Getty|via|Credit)\b|\S\/\S/u.test(inner)) continue;
      if (/^[\d\s/.-]+$/u.test(inner)) continue;
      const start = paragraph.start + match.index + 1;
      found.push({ start, end: start + inner.length, ...creditSource(inner), how: 'photo credit' });
    }
    const labelled = /\b(?:Photo(?:graph)?|Image|Picture|Credit)s?(?: credit)?\s*(?:by|:)\s*([^\n;()]{2,80}?)\s*$/u.exec(slice);
    if (labelled) {
      const start = paragraph.start + labelled.index;
      found.push({ start, end: start + labelled[0].trimEnd().length, ...creditSource(labelled[1]!), how: 'photo credit' });
    }
  }
  return found;
}

function creditSource(credit: string): { source: string; sourceType: SourceType } {
  // "Photo by Sam Lee/Coastal Wire": the photographer comes first
  const by = /^(?:Photo(?:graph)?|Image|Picture)s?\s+by\s+([^/]+)/u.exec(credit.trim());
  if (by) return { source: by[1]!.trim(), sourceType: 'person' };
  const slash = credit.lastIndexOf('/');
  if (slash >= 0 && /\p{Lu}/u.test(credit.slice(slash + 1))) return { source: credit.slice(slash + 1).trim(), sourceType: 'person' };
  const via = /^(.*?)\s+via\s+/u.exec(credit);
  const outlet = (via ? via[1]! : credit.replace(/\s*(Photo|Photograph|Pool|Images?)\b.*$/u, '')).trim();
  return { source: outlet || credit.trim(), sourceType: 'media' };
}

export function sourceSuggestion(text: string, source: SourceFinding): Suggestion {
  const score = source.how === 'photo credit' ? 0.9 : source.how === 'according to' ? 0.85 : 0.75;
  return {
    kind: 'source',
    start: source.start,
    end: source.end,
    exact: text.slice(source.start, source.end),
    source: source.source,
    sourceType: source.sourceType,
    score,
    reason: source.how,
  };
}
