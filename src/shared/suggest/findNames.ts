import type { Sentence, Story } from './analyseStory';
import { isMediaNameWord, isOrganisationNameWord, isTitle, NAME_PARTICLES } from './attributionCues';
import { hasLexiconTag, isOrganisationWord, isPlaceWord, lexiconTags } from './nlp';
import { hasPersonContext, isRoleInName } from './personEvidence';
import { isPeoplePlural } from './roleNouns';
import type { TextSpan } from './suggestionTypes';
import { isCapitalised, type Token } from './tokenize';

export type NameKind = 'person' | 'organisation' | 'media' | 'place' | 'unknown';

/** A run of capitalised words naming someone or something ("Iranian Supreme Leader Ayatollah Ali Khamenei"). */
export interface NameMention extends TextSpan {
  sentence: number;
  /** token indices in the sentence: [firstToken, endToken) */
  firstToken: number;
  endToken: number;
  /** the name without leading titles, roles and demonyms ("Ali Khamenei"); for non-persons, the whole run */
  name: string;
  /** keys of the name's words, lower case ("ali", "khamenei") */
  keys: string[];
  kind: NameKind;
  gender?: 'male' | 'female';
}

/** Every name in the story, in text order. */
export function findNames(story: Story): NameMention[] {
  const first = story.sentences.map((sentence) => namesInSentence(story.text, sentence, EMPTY));
  // A capitalised word that opens a sentence is left out when it is also an ordinary word ("Harrow", "Rich", "Young");
  // once the story has named that person mid-sentence ("Mayor Lucinda Harrow"), a second pass takes it in.
  const personKeys = new Set(
    first
      .flat()
      .filter((mention) => mention.kind === 'person')
      .map((mention) => mention.keys[mention.keys.length - 1]!),
  );
  if (personKeys.size === 0) return first.flat();
  return story.sentences.flatMap((sentence) => namesInSentence(story.text, sentence, personKeys));
}
const EMPTY: ReadonlySet<string> = new Set();

function namesInSentence(text: string, sentence: Sentence, personKeys: ReadonlySet<string>): NameMention[] {
  const mentions: NameMention[] = [];
  const { tokens } = sentence;
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, personKeys)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && joins(tokens, end - 1, end)) end++;
    // a particle cannot end a name ("… of" is not part of it)
    while (end > i + 1 && !isCapitalised(tokens[end - 1]!.text) && !/^\d+$/u.test(tokens[end - 1]!.text)) end--;
    const mention = describeRun(text, sentence, i, end);
    if (mention) mentions.push(mention);
    i = end;
  }
  return mentions;
}

/** Words that are capitalised only because they open a sentence or a quotation ("The", "In", "That", "Police"). */
function isOrdinaryWord(token: Token): boolean {
  const tags = lexiconTags(token.key);
  if (isPeoplePlural(token.key)) return true;
  if (tags.length === 0) return false;
  return !tags.some((tag) => NAME_TAGS.has(tag));
}
const NAME_TAGS: ReadonlySet<string> = new Set(['ProperNoun', 'Person', 'Place', 'Organization', 'Honorific', 'Demonym', 'Acronym']);
/** First words of place names ("Lake Tarvo", "Mount Hood", "Fort Dix"). */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(['lake', 'mount', 'mt', 'fort', 'ft', 'cape', 'isle', 'port', 'gulf', 'bay', 'river']);
const DATE_TAGS: ReadonlySet<string> = new Set(['Month', 'WeekDay', 'Date']);

function isDateWord(token: Token): boolean {
  const tags = lexiconTags(token.key);
  return tags.some((tag) => DATE_TAGS.has(tag)) && !tags.includes('Person');
}

function startsName(tokens: Token[], i: number, personKeys: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  if (!isCapitalised(token.text) || isDateWord(token) || token.text === 'I') return false;
  if (!/\p{L}/u.test(token.text)) return false;
  const opensClause = i === 0 || /[“"‘(—–:.!?]\s*$/u.test(tokens[i - 1]!.post) || /[“"‘(]/u.test(token.pre);
  // mid-sentence, a capital marks a name ("Associated Press", "Revolutionary Guard"); at the start of a sentence or a
  // quotation it may only mark the start ("The", "Police", "Shortly"), so ordinary words are left out there.
  if (!opensClause || personKeys.has(token.key)) return true;
  return !isOrdinaryWord(token) && !/^\p{Lu}\p{Ll}+ly$/u.test(token.text);
}

function joins(tokens: Token[], left: number, right: number): boolean {
  const a = tokens[left]!;
  const b = tokens[right]!;
  if (b.pre !== '') return false;
  // a possessive ends a name, except inside an organisation's name ("Police Officers’ Association", "Sheriff's Office")
  if (/['’]s?$/u.test(a.text) && !(isCapitalised(b.text) && (isOrganisationNameWord(b.key) || isOrganisationWord(b.key)))) return false;
  // a plural possessive keeps its apostrophe after the word: "Officers’ Association"
  const gap = /s$/u.test(a.text) && /^['’]\s+$/u.test(a.post) && isCapitalised(b.text) && isOrganisationNameWord(b.key) ? ' ' : a.post;
  const plainGap = /^\s+$/u.test(gap) || gap === '-' || (/^\.\s+$/u.test(gap) && isAbbreviation(a));
  if (!plainGap) return false;
  if (isCapitalised(b.text)) return !isDateWord(b) && !(b.text === 'I');
  // a number inside a name: "Teamsters Local 414", "Channel 9 News", "State Route 14"
  if (/^\d{1,4}$/u.test(b.text) && isCapitalised(a.text) && !isDateWord(a) && /^\s+$/u.test(gap)) return true;
  // "Department of Labor", "University of Tolan", "Bureau for Statistics": "of" inside a body's name
  if (
    /^(of|for)$/u.test(b.key) &&
    (isOrganisationNameWord(a.key) || isOrganisationWord(a.key)) &&
    /^\s+$/u.test(b.post) &&
    isCapitalised(tokens[right + 1]?.text ?? '')
  )
    return true;
  // "al-Ashtar", "bin Laden", "van der Berg": a particle followed by a capitalised word
  return NAME_PARTICLES.has(b.key) && right + 1 < tokens.length && isCapitalised(tokens[right + 1]!.text) && /^[\s-]+$/u.test(b.post);
}

function isAbbreviation(token: Token): boolean {
  return (
    /^\p{Lu}$/u.test(token.text) ||
    isTitle(token.key) ||
    hasLexiconTag(token.key, 'Abbreviation') ||
    token.key === 'jr' ||
    token.key === 'sr'
  );
}

function describeRun(text: string, sentence: Sentence, first: number, end: number): NameMention | undefined {
  const run = sentence.tokens.slice(first, end);
  const last = run[run.length - 1]!;
  let kind = classify(run);
  // a person's name starts after the last title ("Iranian Supreme Leader Ayatollah | Ali Khamenei")
  let nameStart = 0;
  if (kind === 'person') {
    for (let k = 0; k < run.length - 1; k++) if (isRoleWord(run[k]!) || isRoleInName(run, k)) nameStart = k + 1;
  } else if (kind === 'unknown') {
    for (let k = 0; k < run.length - 1; k++) {
      if (isTitle(run[k]!.key) || hasLexiconTag(run[k]!.key, 'Honorific') || isRoleInName(run, k)) nameStart = k + 1;
    }
    // a job before the name ("Public Defender Kwame Asante", "coach Bryn Talley") or after it ("Asante, 81,")
    if (nameStart > 0 || hasPersonContext(sentence.tokens, first, end)) kind = 'person';
  }
  // "the Teamsters Local 414 union", "the Dunmore company": a name followed by the kind of body it is
  const after = sentence.tokens[end];
  if (kind === 'unknown' && after && /^\s+$/u.test(last.post) && /^(company|firm|union|league|corporation)$/u.test(after.text))
    kind = 'organisation';
  const nameTokens = run.slice(nameStart);
  if (nameTokens.length === 0) return undefined;
  const start = nameTokens[0]!.start;
  const name = stripPossessive(text.slice(start, last.end));
  return {
    start: run[0]!.start,
    end: last.end,
    sentence: sentence.index,
    firstToken: first,
    endToken: end,
    name,
    keys: nameTokens.map((token) => token.key),
    kind,
    gender: genderOf(run),
  };
}

/**
 * Words before a name that say who the person is, not what they are called: titles, honorifics, job nouns, demonyms
 * ("Finance Director", "Iranian Supreme Leader Ayatollah"). Everything up to the last of them goes, so "County" in
 * "County Supervisor Grant Oyelaran" goes too, while "Ray" in "Det. Ray Burns" stays.
 */
function isRoleWord(token: Token): boolean {
  if (isTitle(token.key)) return true;
  const tags = lexiconTags(token.key);
  return tags.includes('Honorific') || tags.includes('Demonym') || (tags.includes('Actor') && !tags.includes('Person'));
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s?$/u, '');
}

function classify(run: Token[]): NameKind {
  const keys = run.map((token) => token.key);
  const lastKey = keys[keys.length - 1]!;
  // "Tasnim News Agency", "Iran Press TV", "Reuters" — but "Fire Agency" is an organisation
  if (keys.some((key) => isMediaNameWord(key) && key !== 'agency') && isMediaNameWord(lastKey)) return 'media';
  if (isOrganisationNameWord(lastKey) || isOrganisationWord(lastKey) || hasLexiconTag(lastKey, 'Organization')) return 'organisation';
  // "Department of Health", "Bureau for Statistics"
  const organisationOf = (key: string, i: number) =>
    (key === 'of' || key === 'for') && i > 0 && (isOrganisationNameWord(keys[i - 1]!) || isOrganisationWord(keys[i - 1]!));
  if (keys.some(organisationOf)) return 'organisation';
  const hasTitle = run.slice(0, -1).some((token) => isTitle(token.key) || hasLexiconTag(token.key, 'Honorific'));
  const firstNameAt = run.findIndex((token) => hasLexiconTag(token.key, 'FirstName'));
  if (hasTitle || (firstNameAt >= 0 && firstNameAt < run.length - 1) || (run.length > 1 && hasLexiconTag(lastKey, 'LastName')))
    return 'person';
  if (run.every((token) => hasLexiconTag(token.key, 'Place') || hasLexiconTag(token.key, 'Demonym')) || isPlaceWord(lastKey))
    return 'place';
  if (run.length > 1 && PLACE_PREFIXES.has(keys[0]!)) return 'place';
  if (run.length === 1 && (hasLexiconTag(lastKey, 'FirstName') || hasLexiconTag(lastKey, 'LastName'))) return 'person';
  return 'unknown';
}

function genderOf(run: Token[]): 'male' | 'female' | undefined {
  for (const token of run) {
    if (/^(mr|sir|lord|king|prince|father|brother|emperor|sultan|sheikh|ayatollah)$/.test(token.key)) return 'male';
    if (/^(mrs|ms|miss|dame|lady|queen|princess|sister|empress)$/.test(token.key)) return 'female';
    const tags = lexiconTags(token.key);
    if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'male';
    if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'female';
  }
  return undefined;
}
