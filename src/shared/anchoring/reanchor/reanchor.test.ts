import { describe, expect, it } from 'vitest';
import { textQuoteAt } from '../textQuote';
import { anchorQuote, needsReview, reanchor, type AnchorOutcome, type AnchorTarget } from './index';

/** A target on the occurrence-th `exact` in `text`. */
function target(text: string, exact: string, occurrence = 0, id = exact): AnchorTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`not in text: ${exact}`);
  return { id, start, end: start + exact.length, ...textQuoteAt(text, { start, end: start + exact.length }) };
}

const landed = (text: string, outcome: AnchorOutcome | undefined): string | null =>
  outcome?.range ? text.slice(outcome.range.start, outcome.range.end) : null;

const article = [
  'Khamenei cried openly Monday at the funeral of Gen. Qassem Soleimani.',
  '“Oh Allah, they are in need of your mercy,” Khamenei said during a mass prayer.',
  'Police said attendees numbered into the millions.',
  'The killing has dramatically heightened the risk of war in the region.',
].join('\n\n');

describe('reanchor', () => {
  it('keeps annotations at the very start and the very end of the text exact', () => {
    const targets = [target(article, 'Khamenei cried'), target(article, 'in the region.')];
    const newText = `UPDATED: ${article.replace('mass prayer', 'large prayer')}\n\nMore to come.`;
    const outcomes = reanchor(article, newText, targets);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['exact', 'exact']);
    expect(outcomes.map((outcome) => landed(newText, outcome))).toEqual(['Khamenei cried', 'in the region.']);
  });

  it('covers a first or last word that was replaced at the edge of the text', () => {
    const targets = [target(article, 'Khamenei cried openly Monday'), target(article, 'risk of war in the region.')];
    const newText = article.replace('Khamenei cried', 'Khamenei wept').replace('in the region.', 'in the Gulf region.');
    const outcomes = reanchor(article, newText, targets);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fuzzy', 'fuzzy']);
    expect(outcomes.map((outcome) => landed(newText, outcome))).toEqual(['Khamenei wept openly Monday', 'risk of war in the Gulf region.']);
  });

  it('stays exact when edits touch an annotation’s boundaries from outside', () => {
    const quote = 'attendees numbered into the millions';
    const newText = article
      .replace('Police said attendees', 'Police officials said that attendees')
      .replace('millions.', 'millions, officials said.');
    const [outcome] = reanchor(article, newText, [target(article, quote)]);
    expect(outcome?.status).toBe('exact');
    expect(landed(newText, outcome)).toBe(quote);
  });

  it('orphans every annotation when the new text is empty', () => {
    const outcomes = reanchor(article, '', [target(article, 'Police said'), target(article, 'Khamenei said')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['orphaned', 'orphaned']);
  });

  it('keeps every annotation exact, quickly, when the texts are identical', () => {
    const text = Array.from({ length: 300 }, (_, i) => `[${i}] ${article}`).join('\n\n');
    const words = [...text.matchAll(/\S+/g)];
    const targets = Array.from({ length: 10_000 }, (_, i) => {
      const first = words[(i * 7919) % (words.length - 12)]!;
      const last = words[((i * 7919) % (words.length - 12)) + 1 + (i % 10)]!;
      const range = { start: first.index, end: last.index + last[0].length };
      return { id: String(i), ...range, ...textQuoteAt(text, range) };
    });
    const began = performance.now();
    const outcomes = reanchor(text, text, targets);
    const elapsed = performance.now() - began;
    expect(outcomes.every((outcome, i) => outcome.status === 'exact' && outcome.range.start === targets[i]!.start)).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });

  it('returns results in the order of the targets, and orphans an empty quote', () => {
    const targets = [
      target(article, 'Police said'),
      { ...target(article, 'Khamenei said'), exact: '', end: 0 },
      target(article, 'Khamenei cried'),
    ];
    const outcomes = reanchor(article, article.replace('Police said', 'Police say'), targets);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fuzzy', 'orphaned', 'exact']);
  });

  it('finds a quote longer than 32 characters with a word changed, on the new words', () => {
    const quote = 'The killing has dramatically heightened the risk of war';
    const newText = article.replace('dramatically heightened', 'sharply heightened');
    const [outcome] = reanchor(article, newText, [target(article, quote)]);
    expect(outcome?.status).toBe('fuzzy');
    expect(landed(newText, outcome)).toBe('The killing has sharply heightened the risk of war');
  });

  it('handles emoji (surrogate pairs) around and inside annotations', () => {
    const oldText = 'Fans 😀 cheered 👍🏽 loudly. Police said 😀 the crowd was calm.';
    const targets = [target(oldText, 'cheered 👍🏽 loudly'), target(oldText, 'Police said 😀 the crowd')];
    const newText = `🎉 ${oldText.replace('the crowd', 'the big crowd')}`;
    const outcomes = reanchor(oldText, newText, targets);
    expect(outcomes[0]?.status).toBe('exact');
    expect(landed(newText, outcomes[0])).toBe('cheered 👍🏽 loudly');
    expect(landed(newText, outcomes[1])).toBe('Police said 😀 the big crowd');
    for (const outcome of outcomes) {
      if (!outcome.range) continue;
      for (const edge of [outcome.range.start, outcome.range.end]) {
        const code = newText.charCodeAt(edge);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
    }
  });

  it('finds an annotation whose stored offsets no longer fit the old text by its quote', () => {
    const stale = { ...target(article, 'Police said attendees'), start: 3, end: 24 };
    const [outcome] = reanchor(article, article, [stale]);
    expect(outcome?.status).toBe('moved');
    expect(landed(article, outcome)).toBe('Police said attendees');
  });

  it('finds a paragraph that moved and had a word changed', () => {
    const paragraphs = article.split('\n\n');
    const newText = [paragraphs[0], paragraphs[3]?.replace('dramatically', 'sharply'), paragraphs[1], paragraphs[2]].join('\n\n');
    const [outcome] = reanchor(article, newText, [
      target(article, 'The killing has dramatically heightened the risk of war in the region.'),
    ]);
    expect(outcome?.status).toBe('fuzzy');
    expect(landed(newText, outcome)).toBe('The killing has sharply heightened the risk of war in the region.');
  });

  it('looks only near the expected place once the search budget is spent', () => {
    const paragraphs = article.split('\n\n');
    const newText = [paragraphs[3], paragraphs[0], paragraphs[1], paragraphs[2]].join('\n\n');
    const targets = [target(article, 'Police said attendees numbered'), target(article, 'mass prayer')];
    // The diff keeps these two paragraphs in place and moves the last one up; they need no search.
    expect(reanchor(article, newText, targets, { searchBudget: 0 }).map((outcome) => outcome.status)).toEqual(['exact', 'exact']);
    const moved = [target(article, 'the risk of war in the region')];
    expect(reanchor(article, newText, moved)[0]?.status).toBe('moved');
  });
});

describe('reanchor when the diff gives up', () => {
  it('never claims certainty about one of several identical paragraphs that all moved', () => {
    // Numbered copies of the same paragraphs, reordered, with a diff that has no time to work:
    // every annotation is found, but which copy is its own cannot be told from the words.
    const copies = [1, 2, 3, 4].map((n) => article.split('\n\n').map((paragraph, i) => `[${n}.${i}] ${paragraph}`));
    const oldText = copies.flat().join('\n\n');
    const newText = [...copies.flat()].reverse().join('\n\n');
    const targets = [
      target(oldText, 'Police said attendees numbered', 1),
      target(oldText, 'mass prayer', 2),
      target(oldText, '[3.1] “Oh Allah'),
    ];
    const outcomes = reanchor(oldText, newText, targets, { diffTimeoutSeconds: 1e-9 });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['moved', 'moved', 'moved']);
    expect(outcomes.slice(0, 2).every((outcome) => needsReview(outcome))).toBe(true);
    // The numbered one is unique: sure.
    expect(outcomes[2]?.confidence).toBe(1);
    expect(landed(newText, outcomes[2])).toBe('[3.1] “Oh Allah');
  });
});

describe('anchorQuote', () => {
  const text = 'Police said one thing. Later, Police said another thing. Police said a third.';
  const third = text.lastIndexOf('Police said');

  it('is sure of a unique quote even without context', () => {
    expect(anchorQuote(text, { exact: 'another thing', prefix: '', suffix: '' })).toEqual({
      status: 'moved',
      range: { start: text.indexOf('another thing'), end: text.indexOf('another thing') + 13 },
      confidence: 1,
      method: 'quote',
    });
  });

  it('flags a quote without context that appears several times, unless the hint settles it', () => {
    const unsure = anchorQuote(text, { exact: 'Police said', prefix: '', suffix: '' });
    expect(unsure.status).toBe('moved');
    expect(needsReview(unsure)).toBe(true);
    expect(unsure.confidence).toBeLessThan(0.5);
    // Occurrences 16 characters apart are too close for a hint to choose between them…
    expect(needsReview(anchorQuote(text, { exact: 'Police said', prefix: '', suffix: '' }, third))).toBe(true);
    // …but not occurrences paragraphs apart.
    const long = text.replace('. Police said a third', `. ${'Other news. '.repeat(30)}Police said a third`);
    const far = long.lastIndexOf('Police said');
    const hinted = anchorQuote(long, { exact: 'Police said', prefix: '', suffix: '' }, far + 3);
    expect(hinted).toEqual({ status: 'moved', range: { start: far, end: far + 11 }, confidence: 1, method: 'quote' });
  });

  it('uses context to choose between occurrences', () => {
    const outcome = anchorQuote(text, { exact: 'Police said', prefix: 'thing. ', suffix: ' a third' });
    expect(outcome.range?.start).toBe(third);
    expect(outcome.confidence).toBe(1);
  });

  it('finds changed words fuzzily near the hint, and gives up on words that are gone', () => {
    const quote = { exact: 'Police said another thing', prefix: 'Later, ', suffix: '. Police' };
    const changed = text.replace('another thing', 'anther thing');
    const fuzzy = anchorQuote(changed, quote, text.indexOf('Later'));
    expect(fuzzy.status).toBe('fuzzy');
    expect(landed(changed, fuzzy)).toBe('Police said anther thing');
    expect(fuzzy.confidence).toBeLessThan(1);
    expect(anchorQuote(text, { exact: 'Khamenei vowed revenge', prefix: '', suffix: '' })).toEqual({
      status: 'orphaned',
      range: null,
      confidence: 0,
      method: null,
    });
  });

  it('accepts hints outside the text', () => {
    for (const hint of [-50, 10_000, Number.NaN])
      expect(anchorQuote(text, { exact: 'a third', prefix: '', suffix: '' }, hint).confidence).toBe(1);
  });
});
