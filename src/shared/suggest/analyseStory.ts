import { splitParagraphs } from './splitParagraphs';
import { splitSentences } from './splitSentences';
import type { TextSpan } from './suggestionTypes';
import { tokenize, type Token } from './tokenize';

export interface Sentence extends TextSpan {
  index: number;
  paragraph: number;
  tokens: Token[];
}

export interface Paragraph extends TextSpan {
  index: number;
  /** where the body starts: after a dateline ("DUBAI, United Arab Emirates (AP) — "), else `start` */
  bodyStart: number;
  /** index of its first sentence in Story.sentences */
  firstSentence: number;
  /** one past its last sentence */
  endSentence: number;
}

/** A story split once into paragraphs, sentences and words; every later step reads this. */
export interface Story {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export function analyseStory(text: string): Story {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const span of splitParagraphs(text)) {
    const index = paragraphs.length;
    const firstSentence = sentences.length;
    const bodyStart = span.start + datelineLength(text.slice(span.start, span.end));
    for (const sentence of splitSentences(text, { start: bodyStart, end: span.end })) {
      sentences.push({ ...sentence, index: sentences.length, paragraph: index, tokens: tokenize(text, sentence) });
    }
    paragraphs.push({ ...span, index, bodyStart, firstSentence, endSentence: sentences.length });
  }
  return { text, paragraphs, sentences };
}

/** A wire-style dateline opening a paragraph: a place in capitals, maybe a region, maybe an agency, then a dash. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]{2,40}(?:,[^()\n—–]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*(?:—|–|--|-)|—|–|--)\s+/u;

function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(paragraph);
  return match && match[0].length < paragraph.length ? match[0].length : 0;
}

/** The sentence holding `offset` (or the last one starting before it). */
export function sentenceAt(story: Story, offset: number): Sentence | undefined {
  const { sentences } = story;
  let low = 0;
  let high = sentences.length - 1;
  let found: Sentence | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (sentence.start <= offset) {
      found = sentence;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
