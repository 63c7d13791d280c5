import { describe, expect, it } from 'vitest';
import { suggest } from './suggest';

const sources = (text: string) => suggest(text, { kinds: ['source'] }).map((s) => [s.exact, s.source, s.sourceType]);

describe('attributed sources', () => {
  it('finds a source and its cue, leaving out a leading "the" or possessive', () => {
    expect(sources('Rail officials said the line would reopen.')).toEqual([['Rail officials said', 'Rail officials', 'person']]);
    expect(sources('The Coast Guard reported two rescues overnight.')).toEqual([['Coast Guard reported', 'Coast Guard', 'organisation']]);
    expect(sources('Chile’s Valley News Agency reported that the pass was shut.')).toEqual([
      ['Valley News Agency reported', 'Valley News Agency', 'media'],
    ]);
  });

  it('keeps auxiliaries, adverbs and the addressee of "told"', () => {
    expect(sources('Local media are reporting long queues at the border.')).toEqual([
      ['Local media are reporting', 'Local media', 'media'],
    ]);
    expect(sources('Captain Ines Moro told the inquiry the radar had failed.')).toEqual([
      ['Captain Ines Moro told the inquiry', 'Ines Moro', 'person'],
    ]);
  });

  it('finds attributions built on a preposition', () => {
    expect(sources('The dam holds 40 million cubic metres, according to the Water Board.')).toEqual([
      ['according to the Water Board', 'Water Board', 'organisation'],
    ]);
    expect(sources('By the union’s count, 300 members walked out.')).toEqual([['By the union’s count', 'union', 'organisation']]);
  });

  it('finds documents and data with the modifiers that identify them', () => {
    expect(sources('Court filings from 2021 show the firm owed $2 million.')).toEqual([
      ['Court filings from 2021 show', 'Court filings', 'document'],
    ]);
    expect(sources('A letter from the Harbor Trust said the lease had lapsed.')).toEqual([
      ['A letter from the Harbor Trust said', 'Harbor Trust', 'organisation'],
    ]);
  });

  it('does not take the cue of a direct or partial quote, requests, passives or actions', () => {
    expect(sources('Vance said the bill was late and “dead on arrival.”')).toEqual([]);
    expect(sources('The mayor urged residents to leave.')).toEqual([]);
    expect(sources('The fire was first reported at noon.')).toEqual([]);
    expect(sources('Gov. Ana Ruiz declared a state of emergency.')).toEqual([]);
    expect(sources('Ruiz shows real courage.')).toEqual([]);
  });

  it('finds photo credits inside their parentheses, but not datelines', () => {
    const text = 'OSLO (Nordic Wire) — Crowds gathered.\n\nA ferry leaves the dock. (Nordic Wire Photo/Per Lund)';
    expect(sources(text)).toEqual([['Nordic Wire Photo/Per Lund', 'Per Lund', 'person']]);
    expect(sources('Smoke over the ridge. (Valley Post via Nordic Wire)')).toEqual([
      ['Valley Post via Nordic Wire', 'Valley Post', 'media'],
    ]);
  });

  it('types plural people nouns as people, even at the start of a sentence', () => {
    expect(sources('Prosecutors said the ledger was forged.')).toEqual([['Prosecutors said', 'Prosecutors', 'person']]);
    expect(sources('Volcanologists warned that the crater was swelling.')).toEqual([['Volcanologists warned', 'Volcanologists', 'person']]);
    expect(sources('Two deckhands told the inquiry the rope snapped.')).toEqual([
      ['Two deckhands told the inquiry', 'Two deckhands', 'person'],
    ]);
  });

  it('takes the person after a role as the source, and knows the surname as a person later', () => {
    const text = 'Lead investigator Sigrun Thorvaldsen said the hull had cracked. Thorvaldsen estimated the loss at $2 million.';
    expect(sources(text)).toEqual([
      ['Lead investigator Sigrun Thorvaldsen said', 'Sigrun Thorvaldsen', 'person'],
      ['Thorvaldsen estimated', 'Thorvaldsen', 'person'],
    ]);
    expect(sources('A former ferry captain of Nordlys Shipping Lines told the inquiry the radar was off.')[0]!.slice(2)).toEqual([
      'person',
    ]);
  });

  it('takes the person an appositive names as the source', () => {
    expect(sources('The port’s harbormaster, Sigrun Thorvaldsen, said the berth was full.')).toEqual([
      ['harbormaster, Sigrun Thorvaldsen, said', 'Sigrun Thorvaldsen', 'person'],
    ]);
  });

  it('types newspaper names as media', () => {
    expect(sources('The Orvale Sentinel-Courier reported that the mill closed.')).toEqual([
      ['Orvale Sentinel-Courier reported', 'Orvale Sentinel-Courier', 'media'],
    ]);
    expect(sources('The Brisk County Ledger reported the count on Friday.')[0]![2]).toBe('media');
    expect(sources('KVRN Radio reported the closure.')[0]![2]).toBe('media');
  });

  it('never returns overlapping sources, even when a long phrase swallows several cues', () => {
    const found = suggest('according to officials RuizPolice said according to officials', { kinds: ['source'] });
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});
