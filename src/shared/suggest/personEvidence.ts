/**
 * Evidence that a run of capitalised words the lexicon cannot place ("Kwame Asante", "Sunniva Brekke") names a person:
 * the words around it. A job noun just before it ("defense attorney Kwame Asante", "the firm's founder, Kwame
 * Asante,"), an age or a description just after it ("Asante, 81,", "Asante, a retired teacher,", "Asante, who…").
 */
import { isTitle, speechVerb } from './attributionCues';
import { lexiconTags } from './nlp';
import { isListedRoleNoun, isRoleNoun } from './roleNouns';
import { isCapitalised, type Token } from './tokenize';

/** Whether the words around tokens [first, end) say they name a person. */
export function hasPersonContext(tokens: readonly Token[], first: number, end: number): boolean {
  return roleBefore(tokens, first) || describedAfter(tokens, end) || (speaks(tokens, first, end) && nameShaped(tokens, first, end));
}

/** "Kwame Asante said", "said Kwame Asante": the run is the subject of a speech verb. */
function speaks(tokens: readonly Token[], first: number, end: number): boolean {
  const after = tokens[end];
  const before = tokens[first - 1];
  if (after && /^\s+$/u.test(tokens[end - 1]!.post) && speechVerb(after.key) && !isCapitalised(after.text)) return true;
  return before !== undefined && /^\s+$/u.test(before.post) && speechVerb(before.key) !== undefined && !isCapitalised(before.text);
}

/**
 * Two or three words that look like a given name and a surname: capitalised, and not ordinary words to the lexicon
 * ("Kwame Asante", "Sunniva Brekke"; not "Acme Battery", "Northvale Power").
 */
function nameShaped(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2 || end - first > 3) return false;
  for (let k = first; k < end; k++) {
    const token = tokens[k]!;
    if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(token.text) || BUSINESS_WORDS.has(token.key)) return false;
    const tags = lexiconTags(token.key);
    const personal = tags.includes('Person') || tags.includes('FirstName') || tags.includes('LastName');
    if (tags.length > 0 && !personal) return false;
    // "… Textiles", "… Mills": a plural last word is a firm's, unless the lexicon knows it as a surname
    if (k === end - 1 && !personal && /[^s]s$/u.test(token.key)) return false;
  }
  return true;
}

/** Words of firms' names the lexicon does not know ("Quorvel Battery", "Linmoor Paper"). */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(
  (
    'battery batteries cell freight foods pharma pharmaceutical bakery brewing brewery mills dairy lumber paper glass ' +
    'textiles chemical chemicals construction realty properties solar transit rail casino robotics software digital ' +
    'analytics bio biotech health dental vision insurance bank credit finance trading shipping marine aviation auto ' +
    'motor mining metals plastics packaging printing press studios pictures records entertainment outfitters supply'
  ).split(' '),
);

/** A lower-case job noun right before the run ("coach Bryn Talley"), or before a comma that opens an appositive. */
function roleBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || isCapitalised(before.text)) return false;
  if (!(isRoleNoun(before.key) || isTitle(before.key))) return false;
  if (/^\s+$/u.test(before.post)) return true;
  // "the company's founder, Rupert Ames," — an appositive naming the role just given
  return /^,\s+$/u.test(before.post) && before.pre === '';
}

/** ", 81," ", a retired teacher," ", who …" after the run. */
function describedAfter(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  if (!last || !next || !/^,\s+$/u.test(last.post)) return false;
  if (/^\d{1,3}$/u.test(next.text) && /^[,.;]/u.test(next.post)) return true;
  if (next.key === 'who' || next.key === 'whose') return true;
  // ", president of the union", ", spokeswoman for the mayor"
  if (!isCapitalised(next.text) && isRoleNoun(next.key) && /^(of|for|at)$/u.test(tokens[end + 1]?.key ?? '')) return true;
  if (!/^(a|an|the|his|her|their)$/u.test(next.key)) return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 6); k++) {
    const token = tokens[k]!;
    if (!isCapitalised(token.text) && isRoleNoun(token.key)) return true;
    if (/[,;:.]/u.test(token.post) || lexiconTags(token.key).includes('Preposition')) break;
  }
  return false;
}

/**
 * A role word inside a capitalised run, before the name ("Lead Prosecutor | Ann Bex", "Meteorologist | Sunniva
 * Brekke"). A word known only by its ending counts only first in the run and not joined by a hyphen, so the surname in
 * "Oyibo Lindqvist-Hale" stays a surname.
 */
export function isRoleInName(run: readonly Token[], k: number): boolean {
  const token = run[k]!;
  if (lexiconTags(token.key).includes('Person') || !isRoleNoun(token.key)) return false;
  return isListedRoleNoun(token.key) || (k === 0 && !token.post.startsWith('-'));
}
