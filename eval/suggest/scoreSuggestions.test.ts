import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/shared/suggest/suggestionTypes';
import {
  kindScore,
  matchSpans,
  microScore,
  nameTokens,
  overallScore,
  rankClaims,
  scoreArticle,
  speakerMatches,
  stripMarks,
} from './scoreSuggestions';

const TEXT = '“We are ready,” Lee said. Port officials said 40 ships waited, the most since 2001.';
const at = (exact: string, from = 0) => ({ start: TEXT.indexOf(exact, from), end: TEXT.indexOf(exact, from) + exact.length });
const suggestion = (kind: Suggestion['kind'], exact: string, extra: Partial<Suggestion> = {}): Suggestion => ({
  kind,
  ...at(exact),
  exact,
  score: 0.5,
  reason: 'test',
  ...extra,
});

describe('matchSpans', () => {
  it('matches quotes on half the longer span, ignoring the quotation marks', () => {
    const gold = [{ ...at('“We are ready,”'), speaker: 'Lee' }];
    expect(matchSpans(gold, [suggestion('quote', 'We are ready')], 'longer', (s) => stripMarks(TEXT, s)).matches).toHaveLength(1);
    expect(matchSpans(gold, [suggestion('quote', 'We')], 'longer', (s) => stripMarks(TEXT, s)).matches).toHaveLength(0);
  });

  it('matches sources and claims on half the shorter span', () => {
    const gold = [at('Port officials said 40 ships waited, the most since 2001.')];
    expect(matchSpans(gold, [suggestion('claim', '40 ships waited')], 'shorter').matches).toHaveLength(1);
    expect(matchSpans(gold, [suggestion('claim', 'Lee said. Port')], 'shorter').matches).toHaveLength(0);
  });

  it('matches one to one, largest overlap first', () => {
    const gold = [at('Port officials said')];
    const result = matchSpans(gold, [suggestion('source', 'officials said'), suggestion('source', 'Port officials said')], 'shorter');
    expect(result.matches.map((m) => m.predicted.exact)).toEqual(['Port officials said']);
    expect(result.falsePositives.map((p) => p.exact)).toEqual(['officials said']);
    expect(result.score).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1 });
  });

  it('reports what it missed', () => {
    const result = matchSpans([at('Lee said')], [], 'shorter');
    expect(result.missed).toHaveLength(1);
    expect(result.score).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('scores', () => {
  it('computes precision, recall and F1, and micro averages', () => {
    expect(kindScore({ truePositives: 3, falsePositives: 1, falseNegatives: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(kindScore({ truePositives: 3, falsePositives: 1, falseNegatives: 2 }).f1).toBeCloseTo(2 / 3);
    const micro = microScore([
      { truePositives: 1, falsePositives: 0, falseNegatives: 0 },
      { truePositives: 0, falsePositives: 1, falseNegatives: 1 },
    ]);
    expect(micro).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
  });
});

describe('speakerMatches', () => {
  it('ignores case, punctuation, titles and honorifics', () => {
    expect(nameTokens('Gov. Helen Markovic')).toEqual(['helen', 'markovic']);
    expect(speakerMatches('Helen Markovic', 'gov. helen markovic')).toBe(true);
    expect(speakerMatches('Dana Okonjo-Reyes', 'Councilmember Dana Okonjo-Reyes')).toBe(true);
  });

  it('wants the last name, no extra words and the first name of a full name', () => {
    expect(speakerMatches('Ali Khamenei', 'Khamenei')).toBe(false);
    expect(speakerMatches('Ali Khamenei', 'Ali Khamenei Jr')).toBe(false);
    expect(speakerMatches('Ali Khamenei', 'Ruhollah Khamenei')).toBe(false);
    expect(speakerMatches('Khamenei', 'Khamenei')).toBe(true);
    expect(speakerMatches('Ali Khamenei', undefined)).toBe(false);
  });
});

describe('scoreArticle', () => {
  it('scores every kind, speakers over matched named quotes, and the claim ranking', () => {
    const gold = {
      quotes: [{ ...at('“We are ready,”'), speaker: 'Ann Lee' }],
      sources: [{ ...at('Port officials said'), source: 'Port officials', sourceType: 'person' }],
      claims: [at('Port officials said 40 ships waited, the most since 2001.')],
    };
    const predicted = [
      suggestion('quote', '“We are ready,”', { speaker: 'Lee' }),
      suggestion('source', 'Port officials said', { sourceType: 'organisation' }),
      suggestion('claim', 'Port officials said 40 ships waited, the most since 2001.', { score: 0.9 }),
    ];
    const score = scoreArticle(TEXT, gold, predicted, [...predicted.slice(2), suggestion('claim', 'Lee said.', { score: 0.95 })]);
    expect(score.quotes.score.f1).toBe(1);
    expect(score.speakers).toMatchObject({ judged: 1, correct: 0, accuracy: 0 });
    expect(score.sourceTypes).toEqual({ judged: 1, correct: 0 });
    expect(score.claims.score.f1).toBe(1);
    expect(score.claimRanking).toEqual({ k: 1, hits: 0, precisionAtK: 0 });
    const overall = overallScore([score, score]);
    expect(overall.quotes.truePositives).toBe(2);
    expect(overall.speakers).toEqual({ judged: 2, correct: 0, accuracy: 0 });
  });

  it('does not judge the speaker of a quote whose gold speaker is null', () => {
    const gold = { quotes: [{ ...at('“We are ready,”'), speaker: null }], sources: [], claims: [] };
    const score = scoreArticle(TEXT, gold, [suggestion('quote', '“We are ready,”')]);
    expect(score.speakers).toMatchObject({ judged: 0, accuracy: 1 });
  });

  it('ranks claims by score for precision@k', () => {
    const gold = [at('Port officials said 40 ships waited, the most since 2001.')];
    const claims = [suggestion('claim', 'Lee said.', { score: 0.2 }), suggestion('claim', '40 ships waited', { score: 0.8 })];
    expect(rankClaims(gold, claims)).toEqual({ k: 1, hits: 1, precisionAtK: 1 });
  });
});
