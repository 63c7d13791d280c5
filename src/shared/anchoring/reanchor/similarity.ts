/**
 * How well a place in the text fits a quote: how alike the words are, how well the text around
 * the place agrees with the stored prefix and suffix, and how close it is to where the quote was
 * expected. Every part is a number from 0 to 1. They combine with the Hypothesis client's weights
 * (quote 50, prefix 20, suffix 20) plus position at 10 rather than Hypothesis's tie-breaking 2,
 * because our expected position comes from a diff of the two versions, not from a guess.
 */
import search from 'approx-string-match';
import type { TextQuote, TextRange } from '../textQuote';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 10;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Context farther than this from the quote is not compared (stored context is 32 characters). */
const MAX_CONTEXT = 64;
/** What an unknown part (no stored context, no expected position) counts for: neither for nor against. */
const NEUTRAL = 0.5;

/** 1 − (edit distance of `expected` to its best alignment in `actual`) / expected.length; 0 when either is empty. */
export function textSimilarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const errors = search(actual, expected, expected.length).reduce((min, match) => Math.min(min, match.errors), expected.length);
  return 1 - errors / expected.length;
}

/** Agreement of the text around `range` with the stored context; null for a side with nothing to compare. */
export interface ContextAgreement {
  prefix: number | null;
  suffix: number | null;
}

export function contextAgreement(text: string, range: TextRange, quote: TextQuote): ContextAgreement {
  const prefix = quote.prefix.slice(-MAX_CONTEXT);
  const suffix = quote.suffix.slice(0, MAX_CONTEXT);
  // No context at all: unknown (a quote from an import), not "the whole text".
  if (prefix === '' && suffix === '') return { prefix: null, suffix: null };
  return {
    // An empty stored prefix means the quote began the text: agreement if it still does, else unknown.
    prefix:
      prefix === ''
        ? range.start === 0
          ? 1
          : null
        : textSimilarity(text.slice(Math.max(0, range.start - prefix.length), range.start), prefix),
    suffix:
      suffix === '' ? (range.end === text.length ? 1 : null) : textSimilarity(text.slice(range.end, range.end + suffix.length), suffix),
  };
}

/** The mean of the known sides, or null when neither side can be compared. */
export function meanAgreement(context: ContextAgreement): number | null {
  if (context.prefix === null) return context.suffix;
  if (context.suffix === null) return context.prefix;
  return (context.prefix + context.suffix) / 2;
}

/** Characters between two ranges; 0 when they overlap or touch. */
export function gapBetween(a: TextRange, b: TextRange): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** 1 on the expected range, halving about every 0.7 × (64 + quote length) characters away; null without an expectation. */
export function positionScore(range: TextRange, expected: TextRange | null, quoteLength: number): number | null {
  if (!expected) return null;
  return Math.exp(-gapBetween(range, expected) / positionScale(quoteLength));
}

export function positionScale(quoteLength: number): number {
  return 64 + quoteLength;
}

/** The combined score of a place, between 0 and 1. */
export function placeScore(quoteSimilarity: number, context: ContextAgreement, position: number | null): number {
  const raw =
    QUOTE_WEIGHT * quoteSimilarity +
    PREFIX_WEIGHT * (context.prefix ?? NEUTRAL) +
    SUFFIX_WEIGHT * (context.suffix ?? NEUTRAL) +
    POSITION_WEIGHT * (position ?? NEUTRAL);
  return raw / TOTAL_WEIGHT;
}

/** The best score a place of exact words can reach when it lies at least `distance` characters from the expected range. */
export function bestScoreAtDistance(distance: number, quoteLength: number): number {
  return placeScore(1, { prefix: 1, suffix: 1 }, Math.exp(-distance / positionScale(quoteLength)));
}
