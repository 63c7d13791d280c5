#!/usr/bin/env node
/**
 * Writes the re-anchoring revision corpus: src/shared/anchoring/reanchor/corpus/revisions.json.
 *
 * The article it revises is the read-only fixture ../shared/fixtures/000_16baf4ff779ed96d.txt
 * (relative to the project root), which must never be copied into the repository. So neither this
 * script nor the corpus holds the article: only edit operations relative to it, with anchor
 * snippets of a few words; the annotations, as spans of the OLD text (a few words, or "from these
 * words … to those words"); and what each must land on in the NEW text, as a span the same way, or
 * "orphan". Tests rebuild the texts at run time from the fixture (corpus/revisionCorpus.ts).
 *
 * Where the right landing place follows mechanically from the edits (quote marks, whitespace, the
 * generated typo scenario), this script computes it by tracking each annotation through every
 * edit ("track" below); elsewhere it is written down by hand, and checked here to exist.
 *
 * Run: node scripts/make-revision-corpus.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE_NAME = '000_16baf4ff779ed96d.txt';
const fixturePath = path.resolve(root, '..', 'shared', 'fixtures', FIXTURE_NAME);
const outPath = path.join(root, 'src', 'shared', 'anchoring', 'reanchor', 'corpus', 'revisions.json');

// ---------------------------------------------------------------------------------------------
// Spans and edit operations: the same vocabulary as corpus/revisionCorpus.ts.
//   span  { text, occurrence }         the occurrence-th (0-based) `text`
//         { from, to, occurrence }     from the occurrence-th `from` to the end of the first `to` after it
//   edits { op: 'replace', find, occurrence?, with }
//         { op: 'replaceAll', find, with }
//         { op: 'replaceSpan', from, through, occurrence?, with }      (from … through) becomes `with`
//         { op: 'move' | 'copy', from, through, before, join? }        (from … through) + join, pasted before `before`
//         { op: 'wrap', width }                                        lines longer than `width` break at their last space
// ---------------------------------------------------------------------------------------------

function indexOfOccurrence(text, find, occurrence = 0, from = 0) {
  let at = text.indexOf(find, from);
  for (let i = 0; i < occurrence && at !== -1; i++) at = text.indexOf(find, at + 1);
  if (at === -1 || find === '') throw new Error(`Not found (occurrence ${occurrence}): ${JSON.stringify(find)}`);
  return at;
}

function resolveSpan(text, span) {
  if ('text' in span) {
    const start = indexOfOccurrence(text, span.text, span.occurrence ?? 0);
    return { start, end: start + span.text.length };
  }
  const start = indexOfOccurrence(text, span.from, span.occurrence ?? 0);
  return { start, end: indexOfOccurrence(text, span.to, 0, start + span.from.length) + span.to.length };
}

function countBefore(text, words, at) {
  let count = 0;
  for (let i = text.indexOf(words); i !== -1 && i < at; i = text.indexOf(words, i + 1)) count++;
  return count;
}

/** The span spec for text[start, end): its words when short, else its first two and last few words. */
function spanOf(text, start, end) {
  const words = text.slice(start, end);
  const tokens = [...words.matchAll(/\S+/g)];
  if (tokens.length <= 5) return { text: words, occurrence: countBefore(text, words, start) };
  for (let n = 2; n < tokens.length - 1; n++) {
    const from = words.slice(0, tokens[1].index + tokens[1][0].length);
    const to = words.slice(tokens[tokens.length - n].index);
    const span = { from, to, occurrence: countBefore(text, from, start) };
    const resolved = resolveSpan(text, span);
    if (resolved.start === start && resolved.end === end) return span;
  }
  throw new Error(`No span for ${JSON.stringify(words.slice(0, 40))}…`);
}

/** Replaces text[at, at+remove) by insert, moving each mark; a mark the edit straddles is marked lost. */
function splice(text, at, remove, insert, marks) {
  // Keep the edit minimal, so a mark beside it is not thought to straddle it.
  let removed = text.slice(at, at + remove);
  while (removed.length > 0 && insert.length > 0 && removed[0] === insert[0]) {
    at++;
    removed = removed.slice(1);
    insert = insert.slice(1);
  }
  while (removed.length > 0 && insert.length > 0 && removed.at(-1) === insert.at(-1)) {
    removed = removed.slice(0, -1);
    insert = insert.slice(0, -1);
  }
  remove = removed.length;
  const delta = insert.length - remove;
  for (const mark of marks) {
    if (mark.end <= at) continue;
    if (mark.start >= at + remove) {
      mark.start += delta;
      mark.end += delta;
    } else if (mark.start <= at && at + remove <= mark.end) {
      mark.end += delta;
    } else {
      mark.lost = true;
    }
  }
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function pieceRange(text, op) {
  const start = indexOfOccurrence(text, op.from, op.occurrence ?? 0);
  return { start, end: indexOfOccurrence(text, op.through, 0, start) + op.through.length };
}

function applyOp(text, op, marks) {
  switch (op.op) {
    case 'replace': {
      const at = indexOfOccurrence(text, op.find, op.occurrence ?? 0);
      return splice(text, at, op.find.length, op.with, marks);
    }
    case 'replaceAll': {
      const sites = [];
      for (let at = text.indexOf(op.find); at !== -1; at = text.indexOf(op.find, at + op.find.length)) sites.push(at);
      if (sites.length === 0) throw new Error(`Nothing to replace: ${JSON.stringify(op.find)}`);
      for (const at of sites.reverse()) text = splice(text, at, op.find.length, op.with, marks);
      return text;
    }
    case 'replaceSpan': {
      const { start, end } = pieceRange(text, op);
      return splice(text, start, end - start, op.with, marks);
    }
    case 'copy': {
      const { start, end } = pieceRange(text, op);
      const piece = text.slice(start, end) + (op.join ?? '');
      return splice(text, indexOfOccurrence(text, op.before), 0, piece, marks);
    }
    case 'move': {
      const { start, end } = pieceRange(text, op);
      const piece = text.slice(start, end) + (op.join ?? '');
      const inside = marks.filter((mark) => mark.start >= start && mark.end <= end);
      const outside = marks.filter((mark) => !inside.includes(mark));
      text = splice(text, start, end - start, '', outside);
      const at = indexOfOccurrence(text, op.before);
      text = splice(text, at, 0, piece, outside);
      for (const mark of inside) {
        mark.start += at - start;
        mark.end += at - start;
      }
      return text;
    }
    case 'wrap': {
      const breaks = [];
      let lineStart = 0;
      let lastSpace = -1;
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
          lineStart = i + 1;
          lastSpace = -1;
        } else if (text[i] === ' ') {
          if (i - lineStart > op.width && lastSpace > lineStart) {
            breaks.push(lastSpace);
            lineStart = lastSpace + 1;
          }
          lastSpace = i;
        }
      }
      for (const at of breaks.reverse()) text = splice(text, at, 1, '\n', marks);
      return text;
    }
    default:
      throw new Error(`Unknown op ${JSON.stringify(op)}`);
  }
}

function applyOps(text, ops, marks = []) {
  for (const op of ops) text = applyOp(text, op, marks);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Hand-written scenarios. Each annotation: its quote (a span of the old text); `expect`, a span of
// the new text (for a list of occurrences, any of them will do), "orphan", or "track"; and
// optionally the `status` and `review` (needsReview) it must have.
// ---------------------------------------------------------------------------------------------

const words = (text, occurrence = 0) => ({ text, occurrence });
const span = (from, to, occurrence = 0) => ({ from, to, occurrence });

const scenarios = [
  {
    name: 'word edits',
    description:
      'Words changed inside quotes, text inserted right before and right after quotes, and edits over a quote edge (a last word changed, a first word grown).',
    edits: [
      { op: 'replace', find: 'cried openly Monday', with: 'wept openly on Monday' },
      { op: 'replace', find: 'his most important military', with: 'his most trusted military' },
      { op: 'replace', find: 'numbered into the millions', with: 'numbered in the millions' },
      { op: 'replace', find: 'The funeral showcased', with: 'The funeral on Monday showcased' },
      { op: 'replace', find: 'responds to the United States.', with: 'responds to the United States and its allies.' },
      { op: 'replace', find: 'Guard members and a senior', with: 'Guard officers and a senior' },
      { op: 'replace', find: 'Iraqi militia leader', with: 'Iraqi paramilitary leader' },
    ],
    annotations: [
      {
        id: 'word-inside-1',
        quote: span('Ayatollah Ali Khamenei', 'Gen. Qassem Soleimani'),
        expect: span('Ayatollah Ali Khamenei wept', 'Gen. Qassem Soleimani'),
        status: 'fuzzy',
      },
      {
        id: 'word-inside-2',
        quote: span('his most important', 'a deep bond'),
        expect: span('his most trusted', 'a deep bond'),
        status: 'fuzzy',
      },
      {
        id: 'word-inside-3',
        quote: span('Police said attendees', 'into the millions.'),
        expect: span('Police said attendees', 'in the millions.'),
        status: 'fuzzy',
      },
      {
        id: 'inserted-before',
        quote: span('showcased the depth', 'the slain general'),
        expect: span('showcased the depth', 'the slain general'),
        status: 'exact',
      },
      {
        id: 'inserted-after',
        quote: span('how Khamenei responds', 'the United States'),
        expect: span('how Khamenei responds', 'the United States'),
        status: 'exact',
      },
      {
        id: 'ends-inside-edit',
        quote: span('The U.S. killed', 'Revolutionary Guard members'),
        expect: span('The U.S. killed', 'Revolutionary Guard officers'),
        status: 'fuzzy',
      },
      {
        id: 'starts-inside-edit',
        quote: span('militia leader in', 'on their convoy'),
        expect: span('paramilitary leader in', 'on their convoy'),
        status: 'fuzzy',
      },
      {
        id: 'same-paragraph-untouched',
        quote: span('The killing, ordered', 'the risk of war'),
        expect: span('The killing, ordered', 'the risk of war'),
        status: 'exact',
      },
      { id: 'text-start', quote: words('An emotional Khamenei'), expect: words('An emotional Khamenei'), status: 'exact' },
      { id: 'three-words', quote: words('a deep bond'), expect: words('a deep bond'), status: 'exact' },
    ],
  },
  {
    name: 'sentences inserted and deleted',
    description:
      'A label inserted before the headline, a sentence added, two sentences and a clause deleted, a line appended at the very end. Quotes inside deleted text are orphaned, including one that starts in a kept sentence and ends in a deleted one.',
    edits: [
      { op: 'replace', find: 'An emotional Khamenei', with: 'UPDATED: An emotional Khamenei' },
      {
        op: 'replace',
        find: 'into the millions.',
        with: 'into the millions. State television showed mourners filling the streets of Tehran.',
      },
      { op: 'replaceSpan', from: ' It could also impact how', through: 'the United States.', with: '' },
      { op: 'replaceSpan', from: ' To the U.S., he was', through: 'alongside American forces.', with: '' },
      { op: 'replaceSpan', from: 'Rather than calling', through: 'is customary, ', with: '' },
      { op: 'replace', find: '(Iran Press TV via AP)', with: '(Iran Press TV via AP)\n\nThis story has been updated.' },
    ],
    annotations: [
      {
        id: 'headline-after-insertion',
        quote: span('An emotional Khamenei', 'death is personal'),
        expect: span('An emotional Khamenei', 'death is personal'),
        status: 'exact',
      },
      {
        id: 'before-added-sentence',
        quote: span('Police said attendees', 'into the millions.'),
        expect: span('Police said attendees', 'into the millions.'),
        status: 'exact',
      },
      { id: 'deleted-sentence', quote: span('It could also', 'the United States.'), expect: 'orphan' },
      { id: 'deleted-sentence-part', quote: span('he was the man', 'soldiers in Iraq'), expect: 'orphan' },
      { id: 'half-deleted', quote: span('threatened regional security.', 'the man responsible'), expect: 'orphan' },
      { id: 'deleted-clause', quote: words('calling him by his last name'), expect: 'orphan' },
      {
        id: 'after-deletion',
        quote: span('Khamenei referred to', 'as Hajj Qassem'),
        expect: span('Khamenei referred to', 'as Hajj Qassem'),
        status: 'exact',
      },
      {
        id: 'long-untouched',
        quote: span('Their relationship was', 'their beloved sons.'),
        expect: span('Their relationship was', 'their beloved sons.'),
        status: 'exact',
      },
      { id: 'text-end', quote: span('Monday, Jan. 6,', 'TV via AP)'), expect: span('Monday, Jan. 6,', 'TV via AP)'), status: 'exact' },
    ],
  },
  {
    name: 'paragraph moved',
    description:
      'The "Their relationship was so close" paragraph moves six paragraphs down. Quotes inside it and around both places stay on their words with confidence 1; one that ran from the moved paragraph into the next has lost its words (they are no longer next to each other).',
    edits: [{ op: 'move', from: 'Their relationship was so close', through: 'beloved sons.\n\n', before: 'So close were they' }],
    annotations: [
      {
        id: 'whole-paragraph',
        quote: span('Their relationship was', 'their beloved sons.'),
        expect: span('Their relationship was', 'their beloved sons.'),
        review: false,
      },
      {
        id: 'inside-moved',
        quote: span('Khamenei was photographed', 'more than once'),
        expect: span('Khamenei was photographed', 'more than once'),
        review: false,
      },
      {
        id: 'after-old-place',
        quote: span('In one such', 'an elevated platform'),
        expect: span('In one such', 'an elevated platform'),
        review: false,
      },
      {
        id: 'after-new-place',
        quote: span('So close were', 'the slain general'),
        expect: span('So close were', 'the slain general'),
        review: false,
      },
      { id: 'across-the-cut', quote: span('their beloved sons.', 'In one such photograph'), expect: 'orphan' },
    ],
  },
  {
    name: 'quote reworded',
    description: 'Quotes whose words were changed a little land, flagged as fuzzy, on the reworded words.',
    edits: [
      { op: 'replace', find: 'not any time soon', with: 'not anytime soon' },
      { op: 'replace', find: 'leader awarded the general', with: 'leader gave the general' },
      { op: 'replace', find: 'highest military order in March', with: 'highest military honor in March' },
      { op: 'replace', find: 'sacrifice my life', with: 'sacrifice my own life' },
      { op: 'replace', find: 'over several days and cities', with: 'over several days and several cities' },
      { op: 'replace', find: 'Iran has ever honored', with: 'Iran has honored' },
      { op: 'replace', find: 'another indication of how close the two were', with: 'a sign of how close the two men were' },
    ],
    annotations: [
      {
        id: 'one-word',
        quote: span('“Of course not', 'soon,” Khamenei said'),
        expect: span('“Of course not', 'soon,” Khamenei said'),
        status: 'fuzzy',
      },
      {
        id: 'two-words',
        quote: span('the supreme leader awarded', 'order in March'),
        expect: span('the supreme leader gave', 'honor in March'),
        status: 'fuzzy',
      },
      { id: 'word-added', quote: span('I ask God', 'life for you.'), expect: span('I ask God', 'own life for you.'), status: 'fuzzy' },
      {
        id: 'long',
        quote: span('His funeral processions', 'multi-city ceremony.'),
        expect: span('His funeral processions', 'multi-city ceremony.'),
        status: 'fuzzy',
      },
      {
        id: 'untouched-part',
        quote: span('Rather than calling', 'as is customary'),
        expect: span('Rather than calling', 'as is customary'),
        status: 'exact',
      },
    ],
  },
  {
    name: 'quote removed',
    description:
      'A paragraph mostly rewritten, a clause and a paragraph removed. Their quotes are orphaned, not moved onto look-alikes: "Khamenei said" still appears twice elsewhere, but those are other passages.',
    edits: [
      { op: 'replace', find: 'So close were they that Iranian media', with: 'Iranian media' },
      { op: 'replaceSpan', from: 'the slain general as Khamenei’s', through: 'Imam Ali.', with: 'him as a martyr.' },
      { op: 'replaceSpan', from: ', but the slain general’s', through: 'easy to replace', with: '' },
      { op: 'replaceSpan', from: '\n\nThe loss of Soleimani', through: 'Iranian media Monday.', with: '' },
    ],
    annotations: [
      { id: 'paragraph-gone', quote: words('Khamenei’s own Malik al-Ashtar'), expect: 'orphan' },
      { id: 'reference-gone', quote: span('a reference to', 'leader, Imam Ali'), expect: 'orphan' },
      { id: 'clause-gone', quote: span('the slain general’s standing', 'easy to replace'), expect: 'orphan' },
      { id: 'look-alike-elsewhere', quote: words('Khamenei said', 2), expect: 'orphan' },
      { id: 'bitter-gone', quote: words('The loss of Soleimani “is bitter,”'), expect: 'orphan' },
      {
        id: 'neighbour-kept',
        quote: span('That same day,', 'days of mourning'),
        expect: span('That same day,', 'days of mourning'),
        status: 'exact',
      },
      { id: 'kept-part', quote: words('Iranian media is describing'), expect: words('Iranian media is describing'), review: false },
    ],
  },
  {
    name: 'quote twice',
    description: [
      'The same words appear twice after the edit.',
      '(1) The "Of course not any time soon" paragraph is copied further down: annotations stay on the original copy, exactly.',
      '(2) "Police said attendees numbered into the millions." is copied into another paragraph while the original is edited ("into" → "in"): the annotation stays on ITS copy, fuzzily and flagged for review, not silently on the intact copy.',
      '(3) The sentence "The killing, ordered by …" leaves its paragraph and is pasted at the start of two others: both copies are equally plausible, so the annotation goes on one of them (either is accepted) and is flagged for review.',
    ].join(' '),
    edits: [
      { op: 'copy', from: '“Of course not any time soon,”', through: 'years to come.”\n\n', before: 'Khamenei vowed that the Quds' },
      { op: 'copy', from: 'Police said attendees', through: 'into the millions.', before: 'Not even Ayatollah Ruhollah', join: ' ' },
      { op: 'replace', find: 'numbered into the millions', occurrence: 0, with: 'numbered in the millions' },
      { op: 'copy', from: 'The killing, ordered', through: 'in response.', before: 'In Iran, Soleimani was a lionized', join: ' ' },
      { op: 'copy', from: 'The killing, ordered', through: 'in response.', before: 'Unlike other military commanders', join: ' ' },
      { op: 'replaceSpan', from: ' The killing, ordered', through: 'in response.', with: '' },
    ],
    annotations: [
      {
        id: 'copied-paragraph',
        quote: span('“Of course not', 'soon,” Khamenei said'),
        expect: span('“Of course not', 'soon,” Khamenei said', 0),
        status: 'exact',
      },
      {
        id: 'copied-paragraph-end',
        quote: words('Islamic Republic needs him'),
        expect: words('Islamic Republic needs him', 0),
        status: 'exact',
      },
      {
        id: 'own-copy-edited',
        quote: span('Police said attendees', 'into the millions'),
        expect: span('Police said attendees', 'in the millions', 0),
        status: 'fuzzy',
        review: true,
      },
      {
        id: 'truly-ambiguous',
        quote: span('ordered by President', 'Donald Trump'),
        expect: { ...span('ordered by President', 'Donald Trump'), occurrence: [0, 1] },
        status: 'moved',
        review: true,
      },
    ],
  },
  {
    name: 'curly to straight quotes',
    description:
      'The new version swaps “ ” for " and ’ for \'. Quotes with those characters land on the new characters (fuzzy); others stay exact.',
    edits: [
      { op: 'replaceAll', find: '“', with: '"' },
      { op: 'replaceAll', find: '”', with: '"' },
      { op: 'replaceAll', find: '’', with: "'" },
    ],
    annotations: [
      { id: 'prayer', quote: span('“Oh Allah, they', 'your servants,”'), expect: 'track' },
      { id: 'possessive', quote: words('Khamenei’s voice cracked'), expect: 'track' },
      { id: 'airport', quote: words('Baghdad’s international airport'), expect: 'track' },
      { id: 'no-quote-marks', quote: span('Police said attendees', 'into the millions.'), expect: 'track' },
      { id: 'short-quoted', quote: words('“dear and honorable leader.”'), expect: 'track' },
      { id: 'saying', quote: span('In 2015, Soleimani', 'for you.”'), expect: 'track' },
      { id: 'headline', quote: span('An emotional Khamenei', 'death is personal'), expect: 'track' },
      { id: 'thats', quote: words('That’s in part because'), expect: 'track' },
    ],
  },
  {
    name: 'whitespace',
    description:
      'Two paragraphs joined, one split, two spaces after every full stop, and every line wrapped at 72 columns. Quotes land on the same words with the new whitespace.',
    edits: [
      { op: 'replace', find: 'millions.\n\nThe funeral showcased', with: 'millions. The funeral showcased' },
      { op: 'replace', find: 'airport. The killing', with: 'airport.\n\nThe killing' },
      { op: 'replaceAll', find: '. ', with: '.  ' },
      { op: 'wrap', width: 72 },
    ],
    annotations: [
      { id: 'before-join', quote: span('Police said attendees', 'into the millions.'), expect: 'track' },
      { id: 'after-join', quote: span('The funeral showcased', 'the slain general'), expect: 'track' },
      { id: 'across-join', quote: span('numbered into the', 'showcased the depth'), expect: 'track' },
      { id: 'across-split', quote: span('international airport. The', 'President Donald Trump'), expect: 'track' },
      { id: 'long-wrapped', quote: span('In Iran, Soleimani', 'proxy militias abroad'), expect: 'track' },
      { id: 'short', quote: words('a deep bond'), expect: 'track' },
      { id: 'double-space', quote: words('a U.S. drone strike'), expect: 'track' },
      { id: 'prayer-start', quote: span('Oh Allah, they', 'of your mercy'), expect: 'track' },
      { id: 'text-end', quote: words('(Iran Press TV via AP)'), expect: 'track' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Generated scenario: about 1% of the characters edited at 50 sites (typos made or fixed inside
// words: a letter changed, dropped, doubled or swapped, never a word's first or last letter, so
// where each annotation should land is certain), and 24 annotations of 3–40 words.
// ---------------------------------------------------------------------------------------------

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedScenario(fixture) {
  const random = mulberry32(20200106);
  const pick = (n) => Math.floor(random() * n);
  const candidates = [...fixture.matchAll(/\p{L}{5,}/gu)].map((m) => ({ word: m[0], at: m.index, order: random() }));
  const sites = [];
  for (const candidate of candidates.sort((a, b) => a.order - b.order)) {
    if (sites.length === 50) break;
    if (sites.every((site) => Math.abs(site.at - candidate.at) >= 40)) sites.push(candidate);
  }
  sites.sort((a, b) => a.at - b.at);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const edits = [];
  let text = fixture;
  let shift = 0;
  let changed = 0;
  for (const { word, at } of sites) {
    const i = 1 + pick(word.length - 3); // an inner letter, and the one after it is inner too
    let edited;
    switch (pick(4)) {
      case 0:
        edited = word.slice(0, i) + letters[(letters.indexOf(word[i].toLowerCase()) + 1 + pick(25)) % 26] + word.slice(i + 1);
        break;
      case 1:
        edited = word.slice(0, i) + word.slice(i + 1);
        break;
      case 2:
        edited = word.slice(0, i) + word[i] + word.slice(i);
        break;
      default:
        edited =
          word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    const position = at + shift;
    edits.push({ op: 'replace', find: word, occurrence: countBefore(text, word, position), with: edited });
    text = text.slice(0, position) + edited + text.slice(position + word.length);
    shift += edited.length - word.length;
    changed += edited.length === word.length && edited !== word && [...edited].filter((c, k) => c !== word[k]).length === 2 ? 2 : 1;
  }

  const tokens = [...fixture.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const annotations = [];
  while (annotations.length < 24) {
    const count = 3 + pick(38);
    const first = pick(tokens.length - count);
    let start = tokens[first].start;
    let end = tokens[first + count - 1].end;
    while (/[“"(]/.test(fixture[start])) start++;
    while (/[”",.:;)]/.test(fixture[end - 1])) end--;
    if (end - start < 12 || fixture.slice(start, end).includes('\n\n\n')) continue;
    annotations.push({ id: `typo-${annotations.length + 1}`, quote: spanOf(fixture, start, end), expect: 'track' });
  }
  return {
    name: '1% edits at 50 sites',
    description: `Typos made or fixed inside words at 50 sites, about ${changed} characters changed (${((changed / fixture.length) * 100).toFixed(1)}% of the article); annotations of 3–40 words land on their words with the typos.`,
    edits,
    annotations,
  };
}

// ---------------------------------------------------------------------------------------------

function build(fixture) {
  return [...scenarios, generatedScenario(fixture)].map((scenario) => {
    const oldText = applyOps(fixture, scenario.base ?? []);
    const marks = scenario.annotations.map((annotation) => ({ ...resolveSpan(oldText, annotation.quote), lost: false }));
    const newText = applyOps(oldText, scenario.edits, marks);
    const annotations = scenario.annotations.map((annotation, index) => {
      const mark = marks[index];
      let { expect, status, review } = annotation;
      if (expect === 'track') {
        if (mark.lost) throw new Error(`${scenario.name}/${annotation.id}: an edit straddles its edge; write its expectation by hand.`);
        expect = spanOf(newText, mark.start, mark.end);
        // Unchanged words are found through the diff; changed ones only approximately.
        const quoteRange = resolveSpan(oldText, annotation.quote);
        status ??= newText.slice(mark.start, mark.end) === oldText.slice(quoteRange.start, quoteRange.end) ? 'exact' : 'fuzzy';
      } else if (expect !== 'orphan') {
        for (const occurrence of [expect.occurrence].flat()) resolveSpan(newText, { ...expect, occurrence });
      }
      return {
        id: annotation.id,
        quote: annotation.quote,
        expect,
        ...(status ? { status } : {}),
        ...(review !== undefined ? { review } : {}),
      };
    });
    return {
      name: scenario.name,
      description: scenario.description,
      ...(scenario.base ? { base: scenario.base } : {}),
      edits: scenario.edits,
      annotations,
    };
  });
}

const fixture = readFileSync(fixturePath, 'utf8');
const corpus = {
  fixture: FIXTURE_NAME,
  generatedBy: 'scripts/make-revision-corpus.mjs',
  note: 'Edit operations relative to the fixture article, never its text; spans are anchor snippets. Format: corpus/revisionCorpus.ts.',
  scenarios: build(fixture),
};
const options = (await prettier.resolveConfig(outPath)) ?? {};
writeFileSync(outPath, await prettier.format(JSON.stringify(corpus, null, 2), { ...options, parser: 'json' }));
const count = corpus.scenarios.reduce((n, scenario) => n + scenario.annotations.length, 0);
console.log(`Wrote ${path.relative(root, outPath)}: ${corpus.scenarios.length} scenarios, ${count} annotations.`);
