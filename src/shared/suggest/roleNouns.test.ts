import { describe, expect, it } from 'vitest';
import { isPeoplePlural, isRoleNoun } from './roleNouns';

describe('role nouns', () => {
  it('knows job nouns from the list and by their ending', () => {
    for (const key of [
      'attorney',
      'prosecutor',
      'coach',
      'steward',
      'volcanologist',
      'beekeeper',
      'ferryman',
      'auctioneer',
      'pediatrician',
    ])
      expect(isRoleNoun(key), key).toBe(true);
  });

  it('does not take ordinary nouns and function words for job nouns', () => {
    for (const key of ['letter', 'water', 'paper', 'disaster', 'statement', 'under', 'after', 'human', 'number'])
      expect(isRoleNoun(key), key).toBe(false);
  });

  it('knows plural nouns for people', () => {
    for (const key of ['prosecutors', 'witnesses', 'deputies', 'volcanologists', 'paramedics']) expect(isPeoplePlural(key), key).toBe(true);
    for (const key of ['records', 'letters', 'schools']) expect(isPeoplePlural(key), key).toBe(false);
  });
});
