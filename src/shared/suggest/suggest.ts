import { analyseStory } from './analyseStory';
import { findNames, type NameMention } from './findNames';
import type { SentenceNames } from './nounPhrases';
import { createNameResolver } from './resolveNames';
import { findSources, sourceSuggestion } from './findSources';
import { claimSuggestion, DEFAULT_MIN_CLAIM_SCORE, findClaims } from './scoreClaims';
import { findDirectQuotes, quoteSuggestion } from './suggestQuotes';
import type { SuggestOptions, Suggestion, SuggestionKind } from './suggestionTypes';

const ALL_KINDS: readonly SuggestionKind[] = ['quote', 'source', 'claim'];
const KIND_ORDER: Record<SuggestionKind, number> = { quote: 0, source: 1, claim: 2 };

/**
 * Suggestions for a story: direct quotes with their speakers, attributed sources and check-worthy claims.
 * Pure and deterministic; offsets are UTF-16 offsets into `text`; sorted by start, then kind.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  const story = analyseStory(text);
  const names = findNames(story);
  const namesBySentence: NameMention[][] = story.sentences.map(() => []);
  for (const mention of names) namesBySentence[mention.sentence]!.push(mention);
  const resolver = createNameResolver(story, names);
  const context = { story, namesBySentence: namesBySentence as readonly SentenceNames[], resolver };
  const quotes = findDirectQuotes(context);

  const suggestions: Suggestion[] = [];
  if (kinds.has('quote')) suggestions.push(...quotes.map((quote) => quoteSuggestion(text, quote)));
  if (kinds.has('source')) {
    const quoteCues = quotes.flatMap((quote) => (quote.attribution ? [quote.attribution.cue] : []));
    const sources = findSources({ ...context, quoteCues, quotes: quotes.map((quote) => quote.span) });
    suggestions.push(...sources.map((source) => sourceSuggestion(text, source)));
  }
  if (kinds.has('claim')) {
    const minScore = options.minClaimScore ?? DEFAULT_MIN_CLAIM_SCORE;
    const claims = findClaims({ story, quotes: quotes.map((quote) => quote.span) }).filter((claim) => claim.score >= minScore);
    suggestions.push(...claims.map((claim) => claimSuggestion(text, claim)));
  }
  return suggestions.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end);
}
