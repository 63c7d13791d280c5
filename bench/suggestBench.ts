/**
 * Benchmark of the suggestion engine: a story of at least 10,000 words (the eval articles, and the shared fixture when
 * it is on this machine, concatenated until long enough), `suggest` timed as the median of several runs after warm-up.
 *
 * Baseline, measured in the same run on the same text: one pass of compromise's tokeniser (`nlp.tokenize`, sentences
 * and words without tagging). It is the cheapest way to run the NLP library over the story at all, so `ratio` says
 * how much the whole engine (quotes, speakers, coreference, sources, claims) costs on top of merely tokenising; full
 * compromise tagging of the same text takes several times the baseline. The budget is 200 ms for 10,000 words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { suggest } from '../src/shared/suggest/suggest';

export interface BenchResult {
  name: string;
  ms: number;
  baselineMs: number;
  ratio: number;
  words: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_WORDS = 10_000;
const WARM_UP = 3;
const RUNS = 9;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The eval articles (and the fixture if present), repeated until the story has at least `minWords` words. */
export function buildStory(minWords = MIN_WORDS): string {
  const articles = path.join(root, 'eval', 'suggest', 'articles');
  const files = fs
    .readdirSync(articles)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(articles, name));
  const fixture = path.resolve(root, '..', 'shared', 'fixtures', '000_16baf4ff779ed96d.txt');
  if (fs.existsSync(fixture)) files.push(fixture);
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchSuggest(): Promise<BenchResult> {
  const story = buildStory();
  const baselineMs = time(() => nlp.tokenize(story).json({ offset: true }));
  const ms = time(() => suggest(story));
  return { name: 'suggest (10k-word story)', ms, baselineMs, ratio: ms / baselineMs, words: countWords(story) };
}
