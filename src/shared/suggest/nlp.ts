/**
 * The one door to compromise (https://github.com/spencermountain/compromise). The engine uses three of its parts, all of
 * them cheap enough for a 10,000-word story: its sentence splitter, its term splitter (words with their leading and
 * trailing punctuation) and its lexicon (first names, surnames, honorifics, organisations, places, superlatives, number
 * words…). Full tagging (`nlp(text)`) costs about 30 ms per 1,000 words, too slow to run over a whole story in the
 * 200 ms budget, so it is not used.
 *
 * `nlp.world()` is typed `object` by compromise; the minimal shape we rely on is declared here, once.
 */
import nlp from 'compromise';

interface CompromiseModel {
  one: {
    lexicon: Record<string, string | string[] | undefined>;
    tagSet: Record<string, { parents?: string[] } | undefined>;
  };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}
interface CompromiseWorld {
  model: CompromiseModel;
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: CompromiseWorld): string[];
        splitTerms(text: string, model: CompromiseModel): string[];
        splitWhitespace(term: string, model: CompromiseModel): { text: string; pre: string; post: string };
      };
    };
  };
}

const world = nlp.world() as CompromiseWorld;
const model = world.model;
const tokenizer = world.methods.one.tokenize;

/** compromise's sentence splitter; the pieces concatenate back to the input (callers still check). */
export function compromiseSentences(text: string): string[] {
  return tokenizer.splitSentences(text, world);
}

/** compromise's term splitter: each piece is a word with its surrounding punctuation and trailing whitespace. */
export function compromiseTerms(text: string): string[] {
  return tokenizer.splitTerms(text, model);
}

/** Leading and trailing punctuation of one term, as compromise sees it. */
export function compromiseTermParts(term: string): { pre: string; post: string } {
  const { pre, post } = tokenizer.splitWhitespace(term, model);
  return { pre, post };
}

/** Every tag with all its ancestors (MaleName → FirstName, Person, ProperNoun, Noun, Singular). */
const TAG_ANCESTORS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(model.one.tagSet).map(([tag, info]) => [tag, [tag, ...(info?.parents ?? [])]]),
);
const NO_TAGS: readonly string[] = [];

/** The lexicon's tags for a word (any case), ancestors included; empty when compromise does not know the word. */
export function lexiconTags(word: string): readonly string[] {
  const key = word.toLowerCase();
  const entry = model.one.lexicon[key];
  if (entry === undefined) return NO_TAGS;
  const tags = typeof entry === 'string' ? [entry] : entry;
  if (tags.length === 1) return TAG_ANCESTORS.get(tags[0]!) ?? tags;
  // words with several tags are merged once and remembered (the lexicon never changes)
  let merged = MERGED.get(key);
  if (!merged) {
    merged = [...new Set(tags.flatMap((tag) => TAG_ANCESTORS.get(tag) ?? [tag]))];
    MERGED.set(key, merged);
  }
  return merged;
}
const MERGED = new Map<string, readonly string[]>();

export function hasLexiconTag(word: string, tag: string): boolean {
  return lexiconTags(word).includes(tag);
}

/** compromise's words that end organisation names ("agency", "ministry", "council"…). */
export function isOrganisationWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.two.orgWords, word.toLowerCase());
}

/** compromise's words that end place names ("bay", "valley"…). */
export function isPlaceWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(model.two.placeWords, word.toLowerCase());
}
