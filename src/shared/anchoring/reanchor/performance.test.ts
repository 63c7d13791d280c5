/**
 * Measures (prints, does not assert) re-anchoring at scale: a ~1 MB text (the fixture article
 * repeated, every paragraph numbered so the copies differ) with 10,000 overlapping annotations of
 * 3–40 words, after about 1% of it was edited at 50 sites. The goal is well under a second.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { textQuoteAt } from '../textQuote';
import { countOutcomes, reanchor, type AnchorTarget } from './index';
import { buildOffsetMap } from './offsetMapping';

const fixture = readFileSync(path.join('..', 'shared', 'fixtures', '000_16baf4ff779ed96d.txt'), 'utf8');

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bigText(size: number): string {
  const paragraphs = fixture.split('\n\n');
  const copies: string[] = [];
  for (let copy = 1, length = 0; length < size; copy++) {
    const text = paragraphs.map((paragraph, index) => `[${copy}.${index + 1}] ${paragraph}`).join('\n\n');
    copies.push(text);
    length += text.length + 2;
  }
  return copies.join('\n\n');
}

it('re-anchors 10,000 annotations on 1 MB after 1% edits at 50 sites', () => {
  const random = seeded(42);
  const pick = (n: number): number => Math.floor(random() * n);
  const oldText = bigText(1_000_000);
  const words = [...oldText.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

  const targets: AnchorTarget[] = [];
  for (let i = 0; i < 10_000; i++) {
    const count = 3 + pick(38);
    const first = pick(words.length - count);
    const start = words[first]!.start;
    const end = words[first + count - 1]!.end;
    targets.push({ id: `a${i}`, start, end, ...textQuoteAt(oldText, { start, end }) });
  }

  // 50 sites, about 200 characters each (1% of 1 MB): deleted, replaced by other words, or new words inserted.
  let newText = oldText;
  const vocabulary = fixture.split(/\s+/);
  const filler = (length: number): string => {
    let text = '';
    while (text.length < length) text += `${vocabulary[pick(vocabulary.length)]} `;
    return text;
  };
  // Applied from the last site to the first, so each site's offset is still an old-text offset.
  // Every annotation is tracked through the edits: where it must be (untouched) or about where (touched).
  const sites = Array.from({ length: 50 }, () => pick(oldText.length - 400)).sort((a, b) => b - a);
  const tracked = targets.map((target) => ({ start: target.start, end: target.end, touched: false }));
  let edited = 0;
  for (const site of sites) {
    const kind = pick(3);
    const size = kind === 1 ? 75 + pick(50) : 150 + pick(100); // a replacement removes and inserts half as much
    const remove = kind === 2 ? 0 : size;
    const insert = kind === 0 ? '' : filler(size);
    newText = newText.slice(0, site) + insert + newText.slice(site + remove);
    edited += remove + insert.length;
    const delta = insert.length - remove;
    for (const mark of tracked) {
      if (mark.end <= site) continue;
      if (mark.start >= site + remove) {
        mark.start += delta;
        mark.end += delta;
      } else {
        mark.touched = true;
        mark.start = Math.min(mark.start, site);
        mark.end = Math.max(mark.end + delta, site + insert.length);
      }
    }
  }

  reanchor(oldText.slice(0, 20_000), newText.slice(0, 20_000), targets.slice(0, 50)); // warm-up
  const began = performance.now();
  const outcomes = reanchor(oldText, newText, targets);
  const elapsed = performance.now() - began;
  const diffBegan = performance.now();
  buildOffsetMap(oldText, newText);
  const diffElapsed = performance.now() - diffBegan;

  // Not silently wrong: untouched annotations are exactly where they must be; touched ones are
  // near their tracked place or orphaned.
  const misplaced = outcomes.filter((outcome, index) => {
    const mark = tracked[index]!;
    if (!mark.touched) return outcome.range?.start !== mark.start || outcome.range.end !== mark.end || outcome.confidence !== 1;
    return outcome.range !== null && (outcome.range.end <= mark.start || outcome.range.start >= mark.end);
  });
  const touched = tracked.filter((mark) => mark.touched).length;
  const counts = countOutcomes(outcomes);
  console.log(
    [
      `Re-anchoring at scale: ${(oldText.length / 1e6).toFixed(2)} MB, ${targets.length} annotations, 50 edit sites (${edited} characters, ${((edited / oldText.length) * 100).toFixed(2)}%)`,
      `  reanchor: ${elapsed.toFixed(0)} ms (of which the diff alone takes about ${diffElapsed.toFixed(0)} ms)`,
      `  exact ${counts.exact}, moved ${counts.moved}, fuzzy ${counts.fuzzy}, review ${counts.review}, orphaned ${counts.orphaned}`,
      `  ${touched} annotations overlapped an edit; ${misplaced.length} landed away from their place`,
    ].join('\n'),
  );
  expect(outcomes).toHaveLength(targets.length);
  expect(misplaced).toEqual([]);
});
