import { describe, expect, it } from 'vitest';
import { isCapitalised, keyOf, tokenize } from './tokenize';

describe('tokenize', () => {
  it('gives words without their punctuation, with exact offsets', () => {
    const text = '“Yes,” said Gen. Ana Ruiz’s aide (twice).';
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(tokens.map((token) => token.text)).toEqual(['Yes', 'said', 'Gen', 'Ana', 'Ruiz’s', 'aide', 'twice']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[0]!.pre).toBe('“');
    expect(tokens[0]!.post).toBe(',” ');
  });

  it('keys words for look-ups: lower case, no possessive, no trailing period', () => {
    expect(keyOf('Ruiz’s')).toBe('ruiz');
    expect(keyOf('Gen.')).toBe('gen');
    expect(keyOf("Officers'")).toBe('officers');
  });

  it('tells capitalised words', () => {
    expect(isCapitalised('Ana')).toBe(true);
    expect(isCapitalised('ana')).toBe(false);
    expect(isCapitalised('Émile')).toBe(true);
  });
});
