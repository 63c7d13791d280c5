import type { Story } from './analyseStory';
import { isNamingVerb, speechVerb } from './attributionCues';
import { wordCount, type Attribution } from './findSpeaker';
import type { QuotedSpan } from './findQuotes';
import { lexiconTags } from './nlp';

/**
 * Speech or not. Not: titles and coined names ("the Flats", “Morning Rounds”), scare quotes around a word or two
 * (the “temporary” closure). Speech: quotations with an attribution, or long enough to be someone's sentence.
 */
export function isSpeech(story: Story, span: QuotedSpan, attribution: Attribution | undefined): boolean {
  const { text } = story;
  if (looksLikeName(text, span)) return false;
  const words = wordCount(text, span.inner);
  if (words === 0) return false;
  const before = text.slice(Math.max(0, span.start - 12), span.start).toLowerCase();
  if (/so-called\s*$|known as\s*$|dubbed\s*$|nicknamed\s*$|titled\s*$|entitled\s*$/u.test(before)) return false;
  if (words <= 2 && isScareQuote(text, span)) return false;
  if (words <= 4 && isQuotedTerm(text, span, attribution)) return false;
  if (attribution?.phrase || attribution?.verb === 'according to') return true;
  // a cue with no one named before a whole sentence: a sign that read “Shelters are not businesses.”
  if (attribution && attribution.position === 'before' && words >= 2 && /^\p{Lu}/u.test(text.slice(span.inner.start, span.inner.end)))
    return true;
  return words >= 6;
}

/** Title Case words with nothing like a sentence in them: a name, a title or a nickname. */
export function looksLikeName(text: string, span: QuotedSpan): boolean {
  const inner = text.slice(span.inner.start, span.inner.end).replace(/[,.;:!?]+$/u, '');
  const words = inner.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  // "a Band-Aid", "an Act of God": a characterisation, not a name
  if (/^(a|an)$/iu.test(words[0]!)) return false;
  const content = words.filter((word, i) => !(i > 0 && SMALL_WORDS.has(word.toLowerCase())) && !(i === 0 && /^(the|a|an)$/iu.test(word)));
  return content.length > 0 && content.every((word) => /^[\p{Lu}\d]/u.test(word));
}
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'nor',
  'but',
]);

/**
 * A short noun phrase in quotation marks that is the object of a verb that passes on no words, with no speech cue of
 * its own: charged a “release fee”, imposes an “impact fee.” (Naming verbs and "to be" take partial quotes: called it
 * a “disgrace”, was a “fishing trip”; and "warned of a “reckoning”" has a preposition, not an object.)
 */
function isQuotedTerm(text: string, span: QuotedSpan, attribution: Attribution | undefined): boolean {
  const inner = text.slice(span.inner.start, span.inner.end).replace(/[,.;:!?]+$/u, '');
  if (!/^\p{Ll}/u.test(inner) || /[,.;:!?]/u.test(inner)) return false;
  // the verb, the determiner, and maybe one word between them ("charged owners a “boarding surcharge”")
  const before = /(\p{L}+)\s+(?:(\p{L}+)\s+)?(?:a|an|the|its|their|his|her|our|this|these|those|new)\s*$/iu.exec(
    text.slice(Math.max(0, span.start - 50), span.start),
  );
  if (!before) return false;
  const object = before[2]?.toLowerCase();
  const verb = object !== undefined && isVerbWord(object) ? object : before[1]!.toLowerCase();
  // "called it a “scam”", "was a “fishing trip”": naming verbs and "to be" take partial quotes
  if (/^(is|was|are|were|be|been|being|become|became|remain|remains|remained|seem|seems|seemed)$/u.test(verb)) return false;
  const speech = speechVerb(verb);
  if ((speech && isNamingVerb(speech)) || !isVerbWord(verb)) return false;
  if (verb !== object && object !== undefined && !isObjectWord(object)) return false;
  // a separate speech cue makes it a partial quote after all ("Lee said the city would charge a “release fee.”")
  return !attribution || attribution.cue.end >= span.start - before[0].length;
}

function isVerbWord(word: string): boolean {
  if (speechVerb(word)) return true;
  const tags = lexiconTags(word);
  return (tags.includes('Verb') && !tags.includes('Noun')) || (tags.length === 0 && /\p{L}{2}(ed|es)$/u.test(word));
}

/** A word that can be the first object of a verb: "charged owners a …", "gave them a …". */
function isObjectWord(word: string): boolean {
  if (/^(me|us|him|her|them|you|it)$/u.test(word)) return word !== 'it';
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.includes('Noun');
}

/** One or two words in quotation marks used inside a noun phrase: the “temporary” closure, into the “hazardous” range. */
function isScareQuote(text: string, span: QuotedSpan): boolean {
  const inner = text.slice(span.inner.start, span.inner.end);
  if (/[,.;:!?]/u.test(inner)) return false;
  // inside a noun phrase: a determiner before, a noun after ("were “reckless” and …" is a partial quote)
  const after = text.slice(span.end, span.end + 2);
  return (
    /^\s\p{Ll}/u.test(after) &&
    /\b(the|a|an|its|their|his|her|this|that|our|your)\s*$/iu.test(text.slice(Math.max(0, span.start - 8), span.start))
  );
}
