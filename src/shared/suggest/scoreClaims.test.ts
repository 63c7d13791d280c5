import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyseStory';
import { DEFAULT_MIN_CLAIM_SCORE, findClaims } from './scoreClaims';

const claims = (text: string, quotes: { start: number; end: number }[] = []) =>
  findClaims({ story: analyseStory(text), quotes }).map((c) => ({
    text: text.slice(c.start, c.end),
    score: c.score,
    features: c.features,
  }));
const scoreOf = (sentence: string) => claims(sentence)[0]!.score;

describe('findClaims', () => {
  it('scores numbers, dates, superlatives, firsts, comparisons and causes above the default threshold', () => {
    for (const sentence of [
      'The county spent $4.2 million on snow removal in 2022.',
      'Unemployment fell to 3.1% in March, the lowest rate since 1969.',
      'It was the first time a woman had led the regiment.',
      'Ticket sales were twice as high as the year before.',
      'The outage happened because a transformer overheated and caused a fire.',
    ]) {
      expect(scoreOf(sentence), sentence).toBeGreaterThanOrEqual(DEFAULT_MIN_CLAIM_SCORE);
    }
  });

  it('scores colour, opinions, predictions and questions below it', () => {
    for (const sentence of [
      'The hall smelled of coffee and wet coats.',
      'I think the council made a mistake.',
      'The committee will meet again next spring.',
      'Who will pay for the repairs?',
    ]) {
      expect(scoreOf(sentence), sentence).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
    }
  });

  it('lists the features it found', () => {
    const [claim] = claims('Sales rose 12% in 2023, the highest growth since 2010.');
    expect(claim!.features).toEqual(expect.arrayContaining(['percentage', 'year', 'superlative', 'change']));
  });

  it('ranks a sentence with more evidence higher', () => {
    expect(scoreOf('The plant employs 400 people and is the largest in the state.')).toBeGreaterThan(
      scoreOf('The plant employs many people.'),
    );
  });

  it('scores a sentence inside a direct quote on its own, without its marks or trailing comma', () => {
    const text = '“In 2019 we paved 12 miles. I am proud of that,” Ito said.';
    const found = claims(text, [{ start: 0, end: text.indexOf('”') + 1 }]);
    expect(found[0]).toMatchObject({ text: 'In 2019 we paved 12 miles.' });
    expect(found[0]!.score).toBeGreaterThanOrEqual(DEFAULT_MIN_CLAIM_SCORE);
  });

  it('leaves out a dateline', () => {
    expect(claims('LIMA, Peru (Andes Wire) — The quake killed 14 people on Sunday.')[0]!.text).toBe(
      'The quake killed 14 people on Sunday.',
    );
  });

  it('scores plans, forecasts and predictions below the threshold, and an announcement of one lower but above it', () => {
    for (const sentence of [
      'Orvale Transit expects to save $41 million by 2029.',
      'The mill will shed 220 jobs next spring.',
      'The district intends to build three schools at a cost of $90 million.',
      'Economists predict prices could rise 6% next year.',
      'The clinic is expected to treat 5,000 patients a year once it opens.',
    ]) {
      expect(scoreOf(sentence), sentence).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
    }
    const announced = scoreOf('Orvale Transit announced on Friday that it will cut 220 jobs.');
    expect(announced).toBeGreaterThanOrEqual(DEFAULT_MIN_CLAIM_SCORE);
    expect(announced).toBeLessThan(scoreOf('Orvale Transit cut 220 jobs on Friday.'));
    // a fact with a warning tacked on stays a fact
    expect(scoreOf('Ploughs had cleared 60 miles of road by dawn, but officials warned more snow would fall.')).toBeGreaterThanOrEqual(
      DEFAULT_MIN_CLAIM_SCORE,
    );
  });

  it('scores ages and the life of private people below it, but not the age of an office holder', () => {
    for (const sentence of [
      'Wendell Tosh, 78, a retired bus driver, has lived on the street for 50 years.',
      'Her 9-year-old son, a third grader, is home with a cough.',
      'Ysolde Harkin, 41, moved to Brisk with her husband in 2012.',
      'He is 12 now.',
    ]) {
      expect(scoreOf(sentence), sentence).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
    }
    expect(scoreOf('The 71-year-old senator has held the seat since 1997.')).toBeGreaterThanOrEqual(DEFAULT_MIN_CLAIM_SCORE);
  });

  it('scores procedural dates and times below it, but not what a procedure decided', () => {
    for (const sentence of [
      'Sentencing is set for Nov. 18.',
      'The hearing opened at 10 a.m. and adjourned shortly after 3 p.m.',
      'Jurors deliberated for five hours on Wednesday.',
      'The board meets again on Oct. 2.',
    ]) {
      expect(scoreOf(sentence), sentence).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
    }
    expect(scoreOf('The jury convicted Pruett on four counts after deliberating for two days.')).toBeGreaterThanOrEqual(
      DEFAULT_MIN_CLAIM_SCORE,
    );
  });

  it('counts a figure given in passing, in an aside, for less', () => {
    expect(scoreOf('The bakery, which employs 14 people, opened early on Saturday.')).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
    expect(scoreOf('Okafor, whose shop has a staff of nine, said the rules were confusing.')).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
    expect(scoreOf('The bakery employs 14 people.')).toBeGreaterThanOrEqual(DEFAULT_MIN_CLAIM_SCORE);
  });

  it('does not take numbers inside names, or "at the earliest", for figures and records', () => {
    expect(claims('Machinists Local 88 met on the dock.')[0]!.features).not.toContain('number');
    expect(claims('The fix will come on Friday at the earliest.')[0]!.features).not.toContain('superlative');
    expect(claims('The Brisk Sentinel-Record reported the fire.')[0]!.features).not.toContain('superlative');
  });

  it('keeps a dated act, but not a dated remark with nothing checkable in it', () => {
    expect(scoreOf('The suspect was arrested Tuesday, police said.')).toBeGreaterThanOrEqual(DEFAULT_MIN_CLAIM_SCORE);
    expect(scoreOf('On Monday, Alder insisted that she supports the levy.')).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
  });

  it('scores a first-person anecdote inside a quote below it', () => {
    const text = '“I have rebuilt twice since 2011,” Malak said.';
    const [claim] = claims(text, [{ start: 0, end: text.indexOf('”') + 1 }]);
    expect(claim!.features).toContain('personal');
    expect(claim!.score).toBeLessThan(DEFAULT_MIN_CLAIM_SCORE);
  });
});
