import type { Sentence } from './analyseStory';
import { CUE_AUXILIARIES, speechVerb } from './attributionCues';
import type { NameMention } from './findNames';
import { lexiconTags } from './nlp';
import { isRoleNoun } from './roleNouns';
import { isCapitalised, type Token } from './tokenize';

/**
 * Whether a name is the subject of its clause: it opens the sentence, or follows an introductory phrase, a comma or a
 * clause opener, maybe after a role ("Harbor master Tomas Ekdahl said", "On Monday, Ekdahl told…"), and a verb comes
 * next, maybe after an appositive ("Ekdahl, the treasurer, disagreed"). Names in object or complement position
 * ("praised Piet Andersen", "cheered for Dr. Oskar Berg", "met Park, Ruiz and Ortiz") are not subjects.
 */
export function isSubjectMention(sentence: Sentence, mention: NameMention): boolean {
  const { tokens } = sentence;
  if (mention.sentence !== sentence.index) return false;
  return opensClause(tokens, mention.firstToken) && verbFollows(tokens, mention.endToken);
}

function opensClause(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  // the noun phrase the name heads: "the firm's founder", "Harbor master", "retired teacher"
  while (k >= 0 && /^\s+$/u.test(tokens[k]!.post) && isNounPhraseWord(tokens[k]!)) k--;
  if (k < 0) return true;
  const before = tokens[k]!;
  if (/[,;:—–]\s*$/u.test(before.post) || /[”"]\s*$/u.test(before.post)) return true;
  return /^(and|but|while|when|as|because|although|though|after|before|since|so|until|then|where)$/u.test(before.key);
}

function isNounPhraseWord(token: Token): boolean {
  if (isCapitalised(token.text) || isRoleNoun(token.key) || /['’]s?$/u.test(token.text)) return true;
  const tags = lexiconTags(token.key);
  if (tags.includes('Verb') || tags.includes('Preposition') || tags.includes('Conjunction')) return false;
  return tags.includes('Determiner') || tags.includes('Adjective') || tags.includes('Noun');
}

function verbFollows(tokens: readonly Token[], end: number): boolean {
  let k = end;
  // appositives between commas: "Hoyt, the treasurer, disagreed", "Hoyt, 54, who lost his pension, said"
  for (let skipped = 0; ; skipped++) {
    if (verbAt(tokens, k)) return true;
    if (skipped >= 3 || !tokens[k - 1] || !/^,\s+$/u.test(tokens[k - 1]!.post)) return false;
    const from = k;
    while (k < tokens.length && k - from < 12 && !/,\s*$/u.test(tokens[k]!.post)) k++;
    if (k >= tokens.length || k - from >= 12) return false;
    k++;
  }
}

function verbAt(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && (CUE_AUXILIARIES.has(tokens[k]!.key) || /^\p{Ll}{3,}ly$/u.test(tokens[k]!.text))) {
    if (/^(has|have|had|is|are|was|were|will|would|could|did|does|do)$/u.test(tokens[k]!.key)) return true;
    k++;
  }
  const token = tokens[k];
  if (!token || isCapitalised(token.text)) return false;
  if (speechVerb(token.key)) return true;
  const tags = lexiconTags(token.key);
  if (tags.includes('Verb') || tags.includes('Copula') || tags.includes('Modal')) return true;
  // verbs the lexicon does not list: "disagreed", "testifies"
  return tags.length === 0 && /\p{Ll}{2,}(ed|es)$/u.test(token.key);
}
