/**
 * Benchmark of the suggestion engine: a story of at least 10,000 words (the eval articles, and the shared fixture when
 * it is on this machine, concatenated until long enough), `suggest` timed as the median of options.runs runs after
 * warm-up. Figure `suggest_10k_words`, budget 200 ms on the value.
 *
 * Baseline, measured in the same run on the same text: one pass of compromise's tokeniser (`nlp.tokenize`, sentences
 * and words without tagging). It is the cheapest way to run the NLP library over the story at all, so `ratio` says
 * how much the whole engine (quotes, speakers, coreference, sources, claims) costs on top of merely tokenising.
 */
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { suggest } from '../../src/shared/suggest/suggest';
import { figure, type Bench } from '../benchTypes';
import { medianMs } from '../stats';
import { FIXTURE_PATH, ROOT } from './benchSetup';

const MIN_WORDS = 10_000;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The eval articles (and the fixture if present), repeated until the story has at least `minWords` words. */
export function buildStory(minWords = MIN_WORDS): string {
  const articles = path.join(ROOT, 'eval', 'suggest', 'articles');
  const files = fs
    .readdirSync(articles)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(articles, name));
  if (fs.existsSync(FIXTURE_PATH)) files.push(FIXTURE_PATH);
  if (files.length === 0) throw new Error('No articles to build the benchmark story from (eval/suggest/articles is empty).');
  const texts = files.map((file) => fs.readFileSync(file, 'utf8').trim());
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < minWords; i++) {
    const text = texts[i % texts.length]!;
    parts.push(text);
    words += countWords(text);
  }
  return parts.join('\n\n');
}

export const benchSuggest: Bench = async (options) => {
  const story = buildStory();
  const warmUps = options.tiny ? 1 : 3;
  const baseline = await medianMs(() => nlp.tokenize(story).json({ offset: true }), options.runs, warmUps);
  const value = await medianMs(() => suggest(story), options.runs, warmUps);
  return [
    figure({
      name: 'suggest_10k_words',
      value,
      baseline,
      target: 200,
      targetOn: 'value',
      unit: 'ms',
      note: `suggest() on a ${countWords(story).toLocaleString('en')}-word story; baseline: compromise's tokenizer alone on the same text`,
    }),
  ];
};
