/**
 * Scoring suggestions against hand labels: pure functions, no I/O.
 *
 * Matching is one-to-one and greedy by overlap (largest overlap first), per kind:
 * - quotes match when they overlap by at least half of the LONGER span. Both spans are compared without their
 *   quotation marks and surrounding whitespace, so “…,” against …, (a mark included or not) does not decide a match;
 * - sources and claims match when they overlap by at least half of the SHORTER span (a source "officials said" inside
 *   a gold "senior officials said" matches; a claim clause inside a gold sentence matches).
 *
 * Speaker accuracy is measured over matched gold quotes whose speaker is not null: the predicted speaker is right when,
 * after lower-casing and dropping punctuation, titles and honorifics, it ends with the gold's last word, has no word
 * the gold lacks, and includes the gold's first word when the gold has two or more ("Khamenei" is wrong when the story
 * calls him "Ali Khamenei").
 */
import type { Suggestion, SuggestionKind } from '../../src/shared/suggest/suggestionTypes';

export interface Span {
  start: number;
  end: number;
}
export interface GoldQuote extends Span {
  speaker: string | null;
}
export interface GoldSource extends Span {
  source: string;
  sourceType: string;
}
export type GoldClaim = Span;

export interface GoldLabels {
  quotes: GoldQuote[];
  sources: GoldSource[];
  claims: GoldClaim[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface KindScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Match<G extends Span> {
  gold: G;
  predicted: Suggestion;
  overlap: number;
}

export interface KindResult<G extends Span> {
  score: KindScore;
  matches: Match<G>[];
  /** gold spans nothing matched */
  missed: G[];
  /** predictions that matched nothing */
  falsePositives: Suggestion[];
}

export interface SpeakerResult {
  /** matched gold quotes with a non-null speaker */
  judged: number;
  correct: number;
  accuracy: number;
  wrong: { gold: GoldQuote; predicted: string | undefined }[];
}

export interface ArticleScore {
  quotes: KindResult<GoldQuote>;
  sources: KindResult<GoldSource>;
  claims: KindResult<GoldClaim>;
  speakers: SpeakerResult;
  /** matched sources whose predicted type equals the gold type (informative; not a target) */
  sourceTypes: { judged: number; correct: number };
  /** the claim ranking: of the top-k claims by score (k = gold claims), how many match a gold claim */
  claimRanking: { k: number; hits: number; precisionAtK: number };
}

export type MatchRule = 'longer' | 'shorter';

/** Spans without quotation marks and whitespace at either end (used for quotes). */
export function stripMarks(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s“”"„«»‘’']/u.test(text[start]!)) start++;
  while (end > start && /[\s“”"„«»‘’']/u.test(text[end - 1]!)) end--;
  return { start, end };
}

export function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one greedy matching: all eligible pairs, largest overlap first, each gold and prediction used once. */
export function matchSpans<G extends Span>(
  gold: readonly G[],
  predicted: readonly Suggestion[],
  rule: MatchRule,
  view: (span: Span) => Span = (span) => span,
): KindResult<G> {
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((goldSpan, g) => {
    const a = view(goldSpan);
    predicted.forEach((prediction, p) => {
      const b = view(prediction);
      const overlap = overlapOf(a, b);
      if (overlap === 0) return;
      const lengthA = a.end - a.start;
      const lengthB = b.end - b.start;
      const base = rule === 'longer' ? Math.max(lengthA, lengthB) : Math.min(lengthA, lengthB);
      if (overlap >= 0.5 * base) pairs.push({ g, p, overlap });
    });
  });
  pairs.sort((x, y) => y.overlap - x.overlap || x.g - y.g || x.p - y.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: Match<G>[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPredicted.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPredicted.add(pair.p);
    matches.push({ gold: gold[pair.g]!, predicted: predicted[pair.p]!, overlap: pair.overlap });
  }
  matches.sort((x, y) => x.gold.start - y.gold.start);
  const missed = gold.filter((_, g) => !usedGold.has(g));
  const falsePositives = predicted.filter((_, p) => !usedPredicted.has(p));
  return {
    score: kindScore({ truePositives: matches.length, falsePositives: falsePositives.length, falseNegatives: missed.length }),
    matches,
    missed,
    falsePositives,
  };
}

export function kindScore(counts: Counts): KindScore {
  const { truePositives, falsePositives, falseNegatives } = counts;
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Sum of counts, scored again: micro-averaged precision, recall and F1. */
export function microScore(scores: readonly Counts[]): KindScore {
  return kindScore({
    truePositives: scores.reduce((sum, s) => sum + s.truePositives, 0),
    falsePositives: scores.reduce((sum, s) => sum + s.falsePositives, 0),
    falseNegatives: scores.reduce((sum, s) => sum + s.falseNegatives, 0),
  });
}

const HONORIFICS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady gen general lt col colonel maj major capt captain cmdr adm admiral sgt ' +
    'rep sen gov governor president pres mayor chief judge justice rev reverend father ayatollah imam sheikh rabbi pastor bishop ' +
    'cardinal pope king queen prince princess minister secretary councilmember councilman councilwoman councillor supervisor ' +
    'superintendent commissioner director officer detective inspector sheriff deputy the'
  ).split(' '),
);

/** "Gov. Helen Markovic" → ["helen", "markovic"]; "Okonjo-Reyes" → ["okonjo-reyes"]. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/u)
    .map((token) => token.replace(/^['-]+|['-]+$/gu, '').replace(/'s$/u, ''))
    .filter((token) => token.length > 0 && !HONORIFICS.has(token));
}

/** Whether a predicted speaker names the gold speaker (see the module comment). */
export function speakerMatches(gold: string, predicted: string | undefined): boolean {
  if (!predicted) return false;
  const want = nameTokens(gold);
  const got = nameTokens(predicted);
  if (want.length === 0 || got.length === 0) return false;
  if (got[got.length - 1] !== want[want.length - 1]) return false;
  if (got.some((token) => !want.includes(token))) return false;
  return want.length < 2 || got.includes(want[0]!);
}

export function scoreSpeakers(matches: readonly Match<GoldQuote>[]): SpeakerResult {
  const judgedMatches = matches.filter((match) => match.gold.speaker !== null);
  const wrong = judgedMatches
    .filter((match) => !speakerMatches(match.gold.speaker!, match.predicted.speaker))
    .map((match) => ({ gold: match.gold, predicted: match.predicted.speaker }));
  const judged = judgedMatches.length;
  const correct = judged - wrong.length;
  return { judged, correct, accuracy: judged === 0 ? 1 : correct / judged, wrong };
}

/** Precision among the top-k claims by score, k = the number of gold claims. */
export function rankClaims(gold: readonly GoldClaim[], allClaims: readonly Suggestion[]): ArticleScore['claimRanking'] {
  const k = gold.length;
  const top = [...allClaims].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, k);
  const hits = matchSpans(gold, top, 'shorter').matches.length;
  return { k, hits, precisionAtK: k === 0 ? 1 : hits / k };
}

function ofKind(suggestions: readonly Suggestion[], kind: SuggestionKind): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.kind === kind);
}

/**
 * Score one article. `suggestions` is the engine's output at its defaults; `allClaims` the claims at threshold 0
 * (for the ranking view; defaults to the claims in `suggestions`).
 */
export function scoreArticle(
  text: string,
  gold: GoldLabels,
  suggestions: readonly Suggestion[],
  allClaims?: readonly Suggestion[],
): ArticleScore {
  const quotes = matchSpans(gold.quotes, ofKind(suggestions, 'quote'), 'longer', (span) => stripMarks(text, span));
  const sources = matchSpans(gold.sources, ofKind(suggestions, 'source'), 'shorter');
  const claims = matchSpans(gold.claims, ofKind(suggestions, 'claim'), 'shorter');
  const sourceTypes = {
    judged: sources.matches.length,
    correct: sources.matches.filter((match) => match.predicted.sourceType === match.gold.sourceType).length,
  };
  return {
    quotes,
    sources,
    claims,
    speakers: scoreSpeakers(quotes.matches),
    sourceTypes,
    claimRanking: rankClaims(gold.claims, allClaims ?? ofKind(suggestions, 'claim')),
  };
}

export interface OverallScore {
  quotes: KindScore;
  sources: KindScore;
  claims: KindScore;
  speakers: { judged: number; correct: number; accuracy: number };
  sourceTypes: { judged: number; correct: number; accuracy: number };
  claimRanking: { k: number; hits: number; precisionAtK: number };
}

/** Micro averages over articles. */
export function overallScore(articles: readonly ArticleScore[]): OverallScore {
  const judged = articles.reduce((sum, a) => sum + a.speakers.judged, 0);
  const correct = articles.reduce((sum, a) => sum + a.speakers.correct, 0);
  const typesJudged = articles.reduce((sum, a) => sum + a.sourceTypes.judged, 0);
  const typesCorrect = articles.reduce((sum, a) => sum + a.sourceTypes.correct, 0);
  const k = articles.reduce((sum, a) => sum + a.claimRanking.k, 0);
  const hits = articles.reduce((sum, a) => sum + a.claimRanking.hits, 0);
  return {
    quotes: microScore(articles.map((a) => a.quotes.score)),
    sources: microScore(articles.map((a) => a.sources.score)),
    claims: microScore(articles.map((a) => a.claims.score)),
    speakers: { judged, correct, accuracy: judged === 0 ? 1 : correct / judged },
    sourceTypes: { judged: typesJudged, correct: typesCorrect, accuracy: typesJudged === 0 ? 1 : typesCorrect / typesJudged },
    claimRanking: { k, hits, precisionAtK: k === 0 ? 1 : hits / k },
  };
}
