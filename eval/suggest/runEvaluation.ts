/** Runs the suggestion engine over every gold article and scores it: what `npm run eval:suggest` and the target test share. */
import { suggest } from '../../src/shared/suggest/suggest';
import type { Suggestion } from '../../src/shared/suggest/suggestionTypes';
import { loadGold, type GoldArticle, type LoadedGold } from './goldFiles';
import { overallScore, scoreArticle, type ArticleScore, type OverallScore } from './scoreSuggestions';

export interface ArticleEvaluation {
  article: GoldArticle;
  suggestions: Suggestion[];
  score: ArticleScore;
}

export interface Evaluation {
  articles: ArticleEvaluation[];
  skipped: LoadedGold['skipped'];
  overall: OverallScore;
}

/** The targets. */
export const TARGETS = { quoteF1: 0.95, speakerAccuracy: 0.9, claimRecall: 0.8, claimPrecision: 0.6 } as const;

export function evaluate(root: string, goldDir?: string): Evaluation {
  const gold = loadGold(root, goldDir);
  const articles = gold.articles.map((article): ArticleEvaluation => {
    const suggestions = suggest(article.text);
    const allClaims = suggest(article.text, { kinds: ['claim'], minClaimScore: 0 });
    return { article, suggestions, score: scoreArticle(article.text, article, suggestions, allClaims) };
  });
  return { articles, skipped: gold.skipped, overall: overallScore(articles.map((a) => a.score)) };
}

/** The targets this evaluation misses, as sentences; empty when all are met. */
export function missedTargets(overall: OverallScore): string[] {
  const missed: string[] = [];
  const pct = (value: number) => value.toFixed(3);
  if (overall.quotes.f1 < TARGETS.quoteF1) missed.push(`quote F1 ${pct(overall.quotes.f1)} < ${TARGETS.quoteF1}`);
  if (overall.speakers.accuracy < TARGETS.speakerAccuracy)
    missed.push(`speaker accuracy ${pct(overall.speakers.accuracy)} < ${TARGETS.speakerAccuracy}`);
  if (overall.claims.recall < TARGETS.claimRecall) missed.push(`claim recall ${pct(overall.claims.recall)} < ${TARGETS.claimRecall}`);
  if (overall.claims.precision < TARGETS.claimPrecision)
    missed.push(`claim precision ${pct(overall.claims.precision)} < ${TARGETS.claimPrecision}`);
  return missed;
}
