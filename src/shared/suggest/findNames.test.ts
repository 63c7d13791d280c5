import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyseStory';
import { findNames } from './findNames';

const names = (text: string) => findNames(analyseStory(text)).map((m) => [text.slice(m.start, m.end), m.name, m.kind]);

describe('findNames', () => {
  it('drops titles, roles and demonyms from a person’s name', () => {
    expect(names('The talks were led by Brazilian Foreign Minister Dr. Helena Costa and Sgt. Ray Burns.')).toEqual([
      ['Brazilian Foreign Minister Dr. Helena Costa', 'Helena Costa', 'person'],
      ['Sgt. Ray Burns', 'Ray Burns', 'person'],
    ]);
  });

  it('tells organisations, media and places by their last word', () => {
    expect(names('On Monday the Coastal Ferry Company, the Valley News Agency and Lake Tarvo were all mentioned.')).toEqual([
      ['Coastal Ferry Company', 'Coastal Ferry Company', 'organisation'],
      ['Valley News Agency', 'Valley News Agency', 'media'],
      ['Lake Tarvo', 'Lake Tarvo', 'place'],
    ]);
  });

  it('keeps particles and hyphens inside names and ends a name at a possessive', () => {
    expect(names('We met Omar bin Khalid and Jean Dupont-Marais’s lawyer.').map((n) => n[1])).toEqual([
      'Omar bin Khalid',
      'Jean Dupont-Marais',
    ]);
  });

  it('keeps organisation names across a possessive', () => {
    expect(names('A spokesman for the Port Workers’ Union spoke.').map((n) => n[1])).toEqual(['Port Workers’ Union']);
  });

  it('leaves out sentence-opening ordinary words, but takes them in once the story names that person', () => {
    expect(names('Shortly after noon, police arrived. Young said nothing.').map((n) => n[1])).toEqual([]);
    expect(names('Mayor Ella Young arrived. Young said nothing.').map((n) => n[1])).toEqual(['Ella Young', 'Young']);
  });

  it('drops job nouns before a name, capitalised or not, and counts the run as a person', () => {
    expect(names('The motion was filed by Chief Public Defender Oyelaran Baptiste-Mwale.')).toEqual([
      ['Chief Public Defender Oyelaran Baptiste-Mwale', 'Oyelaran Baptiste-Mwale', 'person'],
    ]);
    expect(names('The speech was given by climatologist Siri Vangsnes.')).toEqual([['Siri Vangsnes', 'Siri Vangsnes', 'person']]);
  });

  it('takes an age, a description or a job in an appositive as evidence of a person', () => {
    expect(names('On Friday, Ruaridh Tolmie, 63, locked the gate.')[0]).toEqual(['Ruaridh Tolmie', 'Ruaridh Tolmie', 'person']);
    expect(names('On Friday, Ruaridh Tolmie, a retired ferryman, locked the gate.')[0]![2]).toBe('person');
    expect(names('The depot’s foreman, Ruaridh Tolmie, locked the gate.')[0]![2]).toBe('person');
    expect(names('It was quiet, said Ruaridh Tolmie.')[0]![2]).toBe('person');
    // without any of that, an unknown pair of words stays unknown
    expect(names('The gate at Ruaridh Tolmie was locked.')[0]![2]).toBe('unknown');
  });

  it('knows newspaper names by their last word, hyphenated ones too', () => {
    expect(names('It was in the Orvale Sentinel-Courier and the Brisk County Ledger.').map((n) => n[2])).toEqual(['media', 'media']);
  });

  it('keeps "of" inside a body’s name and numbers inside names', () => {
    expect(names('A warning came from the Bureau of Mines and Machinists Local 88.').map((n) => [n[1], n[2]])).toEqual([
      ['Bureau of Mines', 'organisation'],
      ['Machinists Local 88', 'unknown'],
    ]);
  });
});
