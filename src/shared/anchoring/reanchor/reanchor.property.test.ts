/**
 * Property test: whatever the text and the edits, every outcome keeps the promises. Confidence 1
 * means the range holds exactly the quote; ranges are non-empty and inside the text; each status
 * comes with its method and confidence. Texts are drawn from a small vocabulary (with curly quotes
 * and an emoji) so the same words repeat and the search has look-alikes to be fooled by.
 *
 * FUZZ_RUNS=5000 npx vitest run src/shared/anchoring/reanchor/reanchor.property.test.ts runs longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textQuoteAt } from '../textQuote';
import { anchorQuote, reanchor, type AnchorOutcome, type AnchorTarget } from './index';

const RUNS = Number(process.env.FUZZ_RUNS) || 1000;

const WORDS = ['the', 'cat', 'sat', 'on', 'mat', 'Khamenei', 'said', '“Oh', 'Allah,”', 'it’s', 'a', 'bond', 'deep', '😀', 'U.S.', 'Monday'];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\n\n', ', ', '. '];

const word = fc.constantFrom(...WORDS);
const separator = fc.constantFrom(...SEPARATORS);
const phrase = (max: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(word, separator), { minLength: 0, maxLength: max }).map((parts) => parts.map(([w, s]) => w + s).join(''));

/** An edit at fractional positions, so it applies to whatever text it meets. */
type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'move'; at: number; length: number; to: number }
  | { kind: 'whitespace'; at: number; text: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: phrase(8) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fraction, length: fc.integer({ min: 1, max: 30 }), text: phrase(4) }),
  fc.record({ kind: fc.constant('move' as const), at: fraction, length: fc.integer({ min: 1, max: 80 }), to: fraction }),
  fc.record({ kind: fc.constant('whitespace' as const), at: fraction, text: fc.constantFrom(' ', '  ', '\n', '\n\n', '') }),
);

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + e.length);
    case 'move': {
      const piece = text.slice(at, at + e.length);
      const rest = text.slice(0, at) + text.slice(at + e.length);
      const to = Math.floor(e.to * rest.length);
      return rest.slice(0, to) + piece + rest.slice(to);
    }
    case 'whitespace': {
      const space = text.indexOf(' ', at);
      return space === -1 ? text : text.slice(0, space) + e.text + text.slice(space + 1);
    }
  }
}

/** Annotations at fractional offsets: word-aligned or not, sometimes splitting an emoji, sometimes empty. */
const spans = fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 90 })), { minLength: 1, maxLength: 12 });

function targetsFor(text: string, picks: [number, number][]): AnchorTarget[] {
  return picks.map(([at, length], index) => {
    const start = Math.floor(at * text.length);
    const end = Math.min(text.length, start + length);
    return { id: String(index), start, end, ...textQuoteAt(text, { start, end }) };
  });
}

function checkOutcome(outcome: AnchorOutcome, text: string, exact: string): void {
  if (outcome.status === 'orphaned') {
    expect(outcome).toEqual({ status: 'orphaned', range: null, confidence: 0, method: null });
    return;
  }
  const { start, end } = outcome.range;
  expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  expect(end).toBeLessThanOrEqual(text.length);
  if (outcome.confidence === 1) expect(text.slice(start, end)).toBe(exact);
  switch (outcome.status) {
    case 'exact':
      expect(outcome.method).toBe('diff');
      expect(outcome.confidence).toBe(1);
      break;
    case 'moved':
      expect(outcome.method).toBe('quote');
      expect(text.slice(start, end)).toBe(exact);
      expect(outcome.confidence).toBeGreaterThan(0);
      expect(outcome.confidence).toBeLessThanOrEqual(1);
      break;
    case 'fuzzy':
      expect(outcome.method).toBe('fuzzy');
      expect(outcome.confidence).toBeGreaterThan(0);
      expect(outcome.confidence).toBeLessThan(1);
      break;
  }
}

describe('re-anchoring properties', () => {
  it('keeps its promises after random edits', () => {
    fc.assert(
      fc.property(phrase(80), spans, fc.array(edit, { maxLength: 6 }), (oldText, picks, edits) => {
        const targets = targetsFor(oldText, picks);
        const newText = edits.reduce(applyEdit, oldText);
        const outcomes = reanchor(oldText, newText, targets);
        expect(outcomes).toHaveLength(targets.length);
        outcomes.forEach((outcome, index) => checkOutcome(outcome, newText, targets[index]?.exact ?? ''));
      }),
      { numRuns: RUNS },
    );
  });

  it('anchors quotes with no old text, with or without a hint, keeping the same promises', () => {
    fc.assert(
      fc.property(
        phrase(80),
        spans,
        fc.array(edit, { maxLength: 4 }),
        fc.option(fc.integer({ min: -5, max: 400 })),
        (oldText, picks, edits, hint) => {
          const newText = edits.reduce(applyEdit, oldText);
          for (const target of targetsFor(oldText, picks)) {
            checkOutcome(anchorQuote(newText, target, hint ?? undefined), newText, target.exact);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves every annotation exactly where it was when nothing changed', () => {
    fc.assert(
      fc.property(phrase(80), spans, (text, picks) => {
        const targets = targetsFor(text, picks);
        reanchor(text, text, targets).forEach((outcome, index) => {
          const target = targets[index]!;
          if (target.exact === '') expect(outcome.status).toBe('orphaned');
          else expect(outcome).toEqual({ status: 'exact', range: { start: target.start, end: target.end }, confidence: 1, method: 'diff' });
        });
      }),
      { numRuns: RUNS },
    );
  });
});
