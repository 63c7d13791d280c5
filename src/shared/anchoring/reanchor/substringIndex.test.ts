import { describe, expect, it } from 'vitest';
import { buildSubstringIndex, GRAM } from './substringIndex';

describe('buildSubstringIndex', () => {
  const text = 'Police said one thing. Later, Police said another thing. Police said a third. 😀 Police said 😀';
  const index = buildSubstringIndex(text);

  it('finds every occurrence of a quote, in text order, as indexOf would', () => {
    const expected: number[] = [];
    for (let at = text.indexOf('Police said'); at !== -1; at = text.indexOf('Police said', at + 1)) expected.push(at);
    expect(index.occurrences('Police said')).toEqual(expected);
    expect(index.occurrences('Police said 😀')).toEqual([text.lastIndexOf('Police said')]);
    expect(index.occurrences('nothing like this')).toEqual([]);
  });

  it('handles overlapping occurrences, the text’s end, and texts shorter than the gram', () => {
    const repeats = buildSubstringIndex('abababababab');
    expect(repeats.occurrences('abababab')).toEqual([0, 2, 4]);
    expect(buildSubstringIndex('short').occurrences('longer quote')).toEqual([]);
    expect(() => index.occurrences('x'.repeat(GRAM - 1))).toThrow();
  });
});
