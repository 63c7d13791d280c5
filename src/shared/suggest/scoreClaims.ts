import type { Sentence, Story } from './analyseStory';
import { dampingOf } from './claimDamping';
import { claimFeatures } from './claimFeatures';
import type { Suggestion, TextSpan } from './suggestionTypes';
import type { Token } from './tokenize';

/**
 * Check-worthy claims: sentences (or the clause that carries the claim) with numbers, dates, ages, quantities,
 * superlatives, firsts and onlys, comparisons or causal links, scored 0..1 by the features they carry. Opinions,
 * predictions, plans, procedure and private lives are scored down (claimFeatures.ts, claimDamping.ts). A sentence inside a direct quote is scored on its own.
 */
export interface ClaimFinding extends TextSpan {
  score: number;
  features: string[];
}

/** Claims scoring below this are not suggested unless the caller asks for another threshold. */
export const DEFAULT_MIN_CLAIM_SCORE = 0.4;

export interface ClaimContext {
  story: Story;
  /** direct quotes: a quoted sentence is a claim candidate on its own, without its marks */
  quotes: readonly TextSpan[];
}

/** Every claim candidate with its score, in text order; of two that overlap (a sentence and a quoted sentence in it), the higher-scored one. */
export function findClaims(context: ClaimContext): ClaimFinding[] {
  const claims: ClaimFinding[] = [];
  for (const sentence of context.story.sentences) {
    const units = claimsInSentence(context, sentence);
    const kept: ClaimFinding[] = [];
    for (const unit of [...units].sort((a, b) => b.score - a.score || a.start - b.start)) {
      if (!kept.some((other) => other.start < unit.end && unit.start < other.end)) kept.push(unit);
    }
    claims.push(...kept.sort((a, b) => a.start - b.start));
  }
  return claims;
}

function claimsInSentence(context: ClaimContext, sentence: Sentence): ClaimFinding[] {
  const { text } = context.story;
  const quotes = context.quotes.filter((quote) => quote.start < sentence.end && sentence.start < quote.end);
  if (quotes.length === 0) return [scoreUnit(text, sentence.tokens, sentence, false)];
  const outside = sentence.tokens.filter((token) => !quotes.some((quote) => quote.start <= token.start && token.end <= quote.end));
  const found: ClaimFinding[] = [];
  // the reporter's sentence around a quotation, scored on the reporter's words
  if (outside.length >= 6) found.push(scoreUnit(text, outside, sentence, false));
  // and each quoted sentence on its own
  for (const quote of quotes) {
    const inner = { start: Math.max(sentence.start, quote.start), end: Math.min(sentence.end, quote.end) };
    for (const piece of quotedSentences(text, inner)) {
      // a fragment ("called it “a recipe for 16-hour shifts”") is part of the reporter's sentence, not a sentence of its own
      if (!/^\P{Ll}/u.test(text.slice(piece.start, piece.start + 1))) continue;
      const tokens = sentence.tokens.filter((token) => token.start >= piece.start && token.end <= piece.end);
      if (tokens.length >= 4) found.push(scoreUnit(text, tokens, piece, true));
    }
  }
  return found;
}

/** The sentences of a stretch of quoted words, without the marks and without a trailing comma. */
function quotedSentences(text: string, span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  const slice = text.slice(span.start, span.end);
  const boundary = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  let from = 0;
  const push = (start: number, end: number) => {
    let s = span.start + start;
    let e = span.start + end;
    while (s < e && /[\s“”"‘]/u.test(text[s]!)) s++;
    while (e > s && /[\s“”"’,]/u.test(text[e - 1]!)) e--;
    if (e > s) pieces.push({ start: s, end: e });
  };
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    const cut = match.index + match[0].trimEnd().length;
    push(from, cut);
    from = cut;
  }
  push(from, slice.length);
  return pieces;
}

function scoreUnit(text: string, tokens: readonly Token[], span: TextSpan, quoted: boolean): ClaimFinding {
  const unit = text.slice(span.start, span.end);
  const features = claimFeatures(tokens, unit, quoted);
  let score = 1 - [...features.values()].reduce((rest, weight) => rest * (1 - weight), 1);
  const damping = dampingOf(tokens, unit, quoted, features);
  score *= damping.factor;
  const reasons: string[] = [...features.keys()];
  if (damping.reason) reasons.push(damping.reason);
  return { start: span.start, end: span.end, score: Math.round(score * 1000) / 1000, features: reasons };
}

export function claimSuggestion(text: string, claim: ClaimFinding): Suggestion {
  return {
    kind: 'claim',
    start: claim.start,
    end: claim.end,
    exact: text.slice(claim.start, claim.end),
    score: claim.score,
    reason: claim.features.join(', '),
  };
}
