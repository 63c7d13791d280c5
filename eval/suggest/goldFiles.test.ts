import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GoldDriftError, loadGold, MalformedGoldError, parseLabels, sha256Prefix } from './goldFiles';

const TEXT = 'Headline\n\n“Yes,” Lee said. Police said 3 cars burned.';
const exact = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, exact: s });

describe('parseLabels', () => {
  it('accepts spans whose exact text or hash still matches', () => {
    const labels = parseLabels(
      't.json',
      {
        quotes: [{ ...exact('“Yes,”'), speaker: 'Lee' }],
        sources: [
          {
            start: exact('Police said').start,
            end: exact('Police said').end,
            sha256: sha256Prefix('Police said'),
            source: 'Police',
            sourceType: 'organisation',
          },
        ],
        claims: [exact('Police said 3 cars burned.')],
      },
      TEXT,
    );
    expect(labels.quotes[0]).toEqual({ start: 10, end: 16, speaker: 'Lee' });
    expect(labels.sources).toHaveLength(1);
  });

  it('fails loudly on drift', () => {
    expect(() => parseLabels('t.json', { quotes: [], sources: [], claims: [{ start: 0, end: 4, exact: 'Head!' }] }, TEXT)).toThrow(
      GoldDriftError,
    );
    expect(() =>
      parseLabels('t.json', { quotes: [], sources: [], claims: [{ start: 0, end: 4, sha256: '0000000000000000' }] }, TEXT),
    ).toThrow(GoldDriftError);
  });

  it('refuses malformed labels', () => {
    const bad = [
      { quotes: [{ start: 0, end: 4, exact: 'Head' }], sources: [], claims: [] },
      { quotes: [], sources: [{ ...exact('Police said'), source: 'Police', sourceType: 'police' }], claims: [] },
      { quotes: [], sources: [], claims: [{ start: 4, end: 2, exact: '' }] },
      { quotes: [], sources: [], claims: [{ start: 0, end: 4 }] },
      { quotes: [], sources: [], claims: [exact('Police said 3'), exact('3 cars')] },
    ];
    for (const record of bad) expect(() => parseLabels('t.json', record, TEXT)).toThrow(MalformedGoldError);
  });
});

describe('loadGold', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads articles, skips texts that are not on this machine, and refuses bad files', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
    const gold = path.join(dir, 'gold');
    fs.mkdirSync(gold);
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
    const file = { title: 'A', text: 'a.txt', license: 'CC0', quotes: [], sources: [], claims: [exact('Police said 3 cars burned.')] };
    fs.writeFileSync(path.join(gold, 'a.json'), JSON.stringify(file));
    fs.writeFileSync(path.join(gold, 'b.json'), JSON.stringify({ ...file, text: 'missing.txt' }));
    const loaded = loadGold(dir, gold);
    expect(loaded.articles.map((a) => a.id)).toEqual(['a']);
    expect(loaded.skipped).toEqual([{ id: 'b', textPath: 'missing.txt' }]);
    fs.writeFileSync(path.join(gold, 'c.json'), JSON.stringify({ ...file, claims: 'none' }));
    expect(() => loadGold(dir, gold)).toThrow(MalformedGoldError);
    fs.writeFileSync(path.join(gold, 'c.json'), '{ not json');
    expect(() => loadGold(dir, gold)).toThrow(MalformedGoldError);
  });
});
