import { describe, expect, it } from 'vitest';
import { suggest } from './suggest';

const STORY = [
  'Flood closes Elm Valley bridge for the first time since 1987',
  '',
  'ELM VALLEY, Vt. (Green Mountain Wire) — The Elm Valley bridge was closed on Tuesday after the river rose 3 metres overnight, state police said.',
  '',
  '“We have never seen water this high,” said town manager Rosa Delgado. “The bridge had to close.”',
  '',
  'Delgado said the town would need at least $500,000 for repairs. According to the National Weather Service, 14 centimetres of rain fell in 24 hours, the most since records began.',
  '',
  'Residents call the crossing “the Old Lady.” (Green Mountain Wire Photo/Sam Ortiz)',
].join('\n');

describe('suggest', () => {
  const suggestions = suggest(STORY);

  it('returns offsets into the text, with exact equal to the slice, sorted by start then kind', () => {
    for (const s of suggestions) expect(STORY.slice(s.start, s.end)).toBe(s.exact);
    const order = { quote: 0, source: 1, claim: 2 };
    for (let i = 1; i < suggestions.length; i++) {
      const [a, b] = [suggestions[i - 1]!, suggestions[i]!];
      expect(a.start < b.start || (a.start === b.start && order[a.kind] <= order[b.kind])).toBe(true);
    }
  });

  it('suggests quotes with speakers, sources with types, and claims with scores and reasons', () => {
    const quotes = suggestions.filter((s) => s.kind === 'quote');
    expect(quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['“We have never seen water this high,”', 'Rosa Delgado'],
      ['“The bridge had to close.”', 'Rosa Delgado'],
    ]);
    expect(STORY.slice(quotes[0]!.speakerSpan!.start, quotes[0]!.speakerSpan!.end)).toContain('Rosa Delgado');
    const sources = suggestions.filter((s) => s.kind === 'source').map((s) => [s.exact, s.sourceType]);
    expect(sources).toEqual([
      ['state police said', 'organisation'],
      ['Delgado said', 'person'],
      ['According to the National Weather Service', 'organisation'],
      ['Green Mountain Wire Photo/Sam Ortiz', 'person'],
    ]);
    const claims = suggestions.filter((s) => s.kind === 'claim');
    expect(claims.map((c) => c.exact)).toContain(
      'According to the National Weather Service, 14 centimetres of rain fell in 24 hours, the most since records began.',
    );
    for (const claim of claims) {
      expect(claim.score).toBeGreaterThan(0);
      expect(claim.score).toBeLessThanOrEqual(1);
      expect(claim.reason).not.toBe('');
    }
  });

  it('is deterministic and keeps to the kinds asked for', () => {
    expect(suggest(STORY)).toEqual(suggestions);
    expect(new Set(suggest(STORY, { kinds: ['source'] }).map((s) => s.kind))).toEqual(new Set(['source']));
  });

  it('drops claims below minClaimScore', () => {
    const all = suggest(STORY, { kinds: ['claim'], minClaimScore: 0 });
    const strict = suggest(STORY, { kinds: ['claim'], minClaimScore: 0.9 });
    expect(all.length).toBeGreaterThan(strict.length);
    for (const claim of strict) expect(claim.score).toBeGreaterThanOrEqual(0.9);
  });

  it('reads stored text and raw files alike: CRLF, single newlines, hard breaks', () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    expect(suggest(crlf).map((s) => [s.kind, s.exact])).toEqual(suggestions.map((s) => [s.kind, s.exact]));
    const single = STORY.replace(/\n\n/g, '\n');
    expect(suggest(single).map((s) => [s.kind, s.exact])).toEqual(suggestions.map((s) => [s.kind, s.exact]));
  });

  it('keeps UTF-16 offsets right after astral characters', () => {
    const text = '🌊🌊 Flood notes\n\n“It rose 3 metres in an hour,” said Rosa Delgado.';
    const [quote] = suggest(text, { kinds: ['quote'] });
    expect(text.slice(quote!.start, quote!.end)).toBe('“It rose 3 metres in an hour,”');
  });

  it('copes with empty and odd input', () => {
    expect(suggest('')).toEqual([]);
    expect(suggest('\n\n  \n')).toEqual([]);
    expect(() => suggest('“““ ””” " " “')).not.toThrow();
  });
});
