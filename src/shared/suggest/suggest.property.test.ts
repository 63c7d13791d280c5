import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from './suggest';

/** Pieces of news copy, punctuation and marks, glued at random: the engine must never break its own invariants. */
const PIECES = [
  'Police said',
  ' “We will rebuild,”',
  ' she said.',
  ' "It is over."',
  ' according to officials',
  ' Mayor Ana Ruiz',
  ' Ruiz',
  ' he added',
  ' 42%',
  ' $3 million',
  ' in 2019',
  ' the largest since 1990',
  ', ',
  '. ',
  '\n\n',
  '\r\n',
  '\n',
  '“',
  '”',
  '"',
  '‘',
  '’',
  ' (Wire Photo/Sam Lee)',
  'LIMA, Peru (Wire) — ',
  ' 🌊',
  ' —',
];

describe('suggest invariants', () => {
  it('returns in-range, non-overlapping spans whose exact is the slice, sorted by start then kind, scores in 0..1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const suggestions = suggest(text);
        const order = { quote: 0, source: 1, claim: 2 };
        suggestions.forEach((s, i) => {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.exact);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          if (s.speakerSpan) expect(s.speakerSpan.end).toBeLessThanOrEqual(text.length);
          const previous = suggestions[i - 1];
          if (previous)
            expect(previous.start < s.start || (previous.start === s.start && order[previous.kind] <= order[s.kind])).toBe(true);
        });
        for (const kind of ['quote', 'source', 'claim'] as const) {
          const spans = suggestions.filter((s) => s.kind === kind);
          for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
        expect(suggest(text)).toEqual(suggestions);
      }),
      { numRuns: 300 },
    );
  });
});
