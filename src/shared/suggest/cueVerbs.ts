import { sourceVerb, speechVerb } from './attributionCues';
import { lexiconTags } from './nlp';
import type { Token } from './tokenize';

/**
 * Whether the word at `i` is used as a verb here. Many cue words are nouns too ("the report said", "state data show",
 * "the claims"): after a determiner, a possessive or a preposition they are nouns, and a base or -s form ("show",
 * "reports") is a verb only after a word that can be its subject.
 */
function usedAsVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  // mid-sentence, a capital marks a name: "Halden State University", "the Daily Report"
  if (previous && /^\p{Lu}/u.test(token.text) && !/[“"‘(:]/u.test(token.pre + previous.post)) return false;
  // "a sign that read", "the letter, which said": a relative pronoun is the verb's subject
  const relative = previous !== undefined && /^(that|which|who)$/u.test(previous.key);
  if (previous && !relative && /^[\s]*$/u.test(previous.post)) {
    const tags = lexiconTags(previous.key);
    if (tags.includes('Determiner') || (tags.includes('Possessive') && previous.key !== 'its') || /['’]s$/u.test(previous.text))
      return false;
    if (tags.includes('Preposition') && previous.key !== 'to') return false;
  }
  const pastOrParticiple = /(ed|ing)$/u.test(token.key) || IRREGULAR_PAST.has(token.key);
  if (pastOrParticiple) return true;
  if (!previous) return false;
  // “…,” says Lee — right after a quotation
  if (/[”"]/u.test(previous.post)) return true;
  if (
    previous.key === 'to' ||
    /^(will|would|could|should|may|might|must|can|did|do|does|also|generally|often|usually|still|now)$/u.test(previous.key)
  )
    return true;
  const tags = lexiconTags(previous.key);
  return (
    tags.length === 0 || tags.includes('Noun') || tags.includes('Pronoun') || /^\p{Lu}/u.test(previous.text) || tags.includes('Adverb')
  );
}
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said',
  'told',
  'wrote',
  'written',
  'found',
  'shown',
  'read',
  'sang',
  'pled',
  'forecast',
]);

/** The speech verb at `i` ("said" → "say") when it is used as a verb. */
export function speechVerbAt(tokens: readonly Token[], i: number): string | undefined {
  const verb = speechVerb(tokens[i]!.text);
  return verb && usedAsVerb(tokens, i) ? verb : undefined;
}

/** The source verb at `i` when it is used as a verb. */
export function sourceVerbAt(tokens: readonly Token[], i: number): { base: string; needsThat: boolean } | undefined {
  const verb = sourceVerb(tokens[i]!.text);
  return verb && usedAsVerb(tokens, i) ? verb : undefined;
}
