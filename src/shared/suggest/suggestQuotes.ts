import type { Story } from './analyseStory';
import { findAttribution, wordCount, type Attribution, type SpeakerContext } from './findSpeaker';
import { isSpeech, looksLikeName } from './isSpeech';
import { findQuotedSpans, type QuotedSpan } from './findQuotes';
import { resolveSpeaker, type SpeakerState } from './resolveSpeaker';
import type { Suggestion, TextSpan } from './suggestionTypes';

/** A quoted span judged to be speech, with its attribution and speaker. */
export interface DirectQuote {
  span: QuotedSpan;
  attribution?: Attribution;
  speaker?: string;
  speakerSpan?: TextSpan;
  /** how the speaker was found, for the reason shown to the user */
  how: 'attributed' | 'pronoun' | 'continued' | 'unattributed';
}

/** Quoted text that is speech (not a scare quote, a title or a nickname), each with its speaker resolved. */
export function findDirectQuotes(context: SpeakerContext): DirectQuote[] {
  const { story } = context;
  const spans = findQuotedSpans(story);
  const attributions = spans.map((span, i) => {
    const previous = spans[i - 1];
    const next = spans[i + 1];
    const paragraph = story.paragraphs[span.paragraph]!;
    const previousEnd = previous && previous.paragraph === span.paragraph ? previous.end : paragraph.start;
    const nextStart = next && next.paragraph === span.paragraph ? next.start : paragraph.end;
    return findAttribution(context, span, previousEnd, nextStart);
  });
  const speech = spans.map((span, i) => isSpeech(story, span, attributions[i]));
  // a quotation is speech if it continues one that is: split quotes and quotes over several paragraphs
  for (let i = 0; i < spans.length; i++) {
    if (speech[i] || looksLikeName(story.text, spans[i]!) || wordCount(story.text, spans[i]!.inner) < 3) continue;
    const span = spans[i]!;
    const chainSpeech = span.chain !== i && speech[span.chain];
    const paragraphSpeech = spans.some((other, j) => j !== i && other.paragraph === span.paragraph && speech[j] && attributions[j]);
    if (chainSpeech || paragraphSpeech || opensParagraph(story, span)) speech[i] = true;
  }

  const quotes: DirectQuote[] = [];
  // names inside any quotation marks are not antecedents; speakers so far are preferred ones
  const state: SpeakerState = { quoted: spans, speakers: new Set() };
  spans.forEach((span, i) => {
    if (!speech[i]) return;
    const attribution = attributions[i];
    const quote: DirectQuote = { span, attribution, how: 'unattributed' };
    if (attribution?.phrase) Object.assign(quote, resolveSpeaker(context, attribution.phrase, state));
    quotes.push(quote);
  });
  inheritSpeakers(story, quotes);
  return quotes;
}

/** Quotes with no speaker of their own take the speaker of the quotation they continue. */
function inheritSpeakers(story: Story, quotes: DirectQuote[]): void {
  const byChain = new Map<number, DirectQuote>();
  quotes.forEach((quote) => {
    if (quote.speaker && !byChain.has(quote.span.chain)) byChain.set(quote.span.chain, quote);
  });
  const adopt = (quote: DirectQuote, from: DirectQuote | undefined): boolean => {
    if (!from?.speaker) return false;
    quote.speaker = from.speaker;
    quote.speakerSpan = from.speakerSpan;
    quote.how = 'continued';
    return true;
  };
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i]!;
    if (quote.speaker || quote.speakerSpan) continue;
    if (adopt(quote, byChain.get(quote.span.chain))) continue;
    // split quotes: the nearest attributed quote in the same paragraph, before then after
    const samePara = (other: DirectQuote | undefined): other is DirectQuote => other?.span.paragraph === quote.span.paragraph;
    let done = false;
    for (let j = i - 1; j >= 0 && samePara(quotes[j]) && !done; j--) if (quotes[j]!.speaker) done = adopt(quote, quotes[j]);
    for (let j = i + 1; j < quotes.length && samePara(quotes[j]) && !done; j++) if (quotes[j]!.speaker) done = adopt(quote, quotes[j]);
    if (done) continue;
    // a paragraph of quotation only, after a paragraph whose quotation was attributed (the speaker goes on)
    if (opensParagraph(story, quote.span)) {
      const previous = [...quotes.slice(0, i)].reverse().find((other) => other.span.paragraph === quote.span.paragraph - 1);
      adopt(quote, previous);
    }
  }
}

function opensParagraph(story: Story, span: QuotedSpan): boolean {
  return story.paragraphs[span.paragraph]!.start === span.start;
}

export function quoteSuggestion(text: string, quote: DirectQuote): Suggestion {
  const { span } = quote;
  const reason =
    quote.how === 'attributed'
      ? `attributed (${quote.attribution?.verb === 'colon' ? 'colon' : quote.attribution?.verb})`
      : quote.how === 'pronoun'
        ? 'attributed by pronoun'
        : quote.how === 'continued'
          ? 'continues a quotation'
          : 'quotation marks';
  const score = quote.how === 'attributed' ? 0.9 : quote.how === 'pronoun' ? 0.85 : quote.how === 'continued' ? 0.8 : 0.5;
  const suggestion: Suggestion = {
    kind: 'quote',
    start: span.start,
    end: span.end,
    exact: text.slice(span.start, span.end),
    score,
    reason,
  };
  if (quote.speaker) suggestion.speaker = quote.speaker;
  if (quote.speakerSpan) suggestion.speakerSpan = quote.speakerSpan;
  return suggestion;
}
