/**
 * `pressmark suggest FILE`: one JSON line per suggestion, offsets in UTF-16 code units of the
 * file's text as read (whatever its line endings, encoding or astral characters).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_PATH, readFixture, tempDir } from '../../test/testServices';
import { pressmark } from '../../test/cliHarness';

interface Line {
  kind: 'quote' | 'source' | 'claim';
  start: number;
  end: number;
  exact: string;
  speaker?: string;
  source?: string;
  score: number;
}

const linesOf = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);

const STORY = [
  'Bridge closed after inspection',
  '',
  '“We found cracks in two of the four main supports,” said Dana Whitfield, the county engineer. “Nobody should drive on it.”',
  '',
  'Whitfield said repairs would cost about $4.2 million.',
].join('\n');

describe('pressmark suggest', () => {
  it('prints quotes with speakers, sources and claims for the fixture, each exactly at its offsets', async () => {
    const dir = tempDir();
    const run = await pressmark(dir, 'suggest', FIXTURE_PATH);
    expect(run.code).toBe(0);
    const text = readFixture();
    const lines = linesOf(run.stdout);
    for (const line of lines) {
      expect(Object.keys(line).every((key) => ['kind', 'start', 'end', 'exact', 'speaker', 'source', 'score'].includes(key))).toBe(true);
      expect(text.slice(line.start, line.end)).toBe(line.exact);
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
    }
    const kinds = new Set(lines.map((line) => line.kind));
    expect([...kinds].sort()).toEqual(['claim', 'quote', 'source']);
    const prayer = lines.find((line) => line.kind === 'quote' && line.exact.startsWith('“Oh Allah'));
    expect(prayer?.speaker).toMatch(/Ali Khamenei$/);
    expect(lines.some((line) => line.kind === 'source' && line.source?.toLowerCase() === 'police')).toBe(true);
  });

  it('counts offsets in UTF-16 code units of the text as read: CRLF, an emoji and a byte-order mark', async () => {
    const dir = tempDir();
    const text = `🗞️ ${STORY.replace(/\n/g, '\r\n')}`;
    const file = path.join(dir, 'bridge.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const run = await pressmark(dir, 'suggest', file);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    const quotes = lines.filter((line) => line.kind === 'quote');
    expect(quotes.map((q) => q.exact)).toEqual(['“We found cracks in two of the four main supports,”', '“Nobody should drive on it.”']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.exact);
    expect(quotes.every((q) => q.speaker === 'Dana Whitfield')).toBe(true);
  });

  it('reads the article out of a web page and says its offsets refer to the extracted text', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bridge.html');
    const paragraphs = STORY.split('\n\n').slice(1);
    fs.writeFileSync(
      file,
      `<html><head><title>Bridge closed</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    const run = await pressmark(dir, 'suggest', file);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('offsets refer to the article text extracted from bridge.html');
    expect(linesOf(run.stdout).some((line) => line.kind === 'quote' && line.speaker === 'Dana Whitfield')).toBe(true);
  });

  it('refuses a missing file, a folder and a file type it cannot read, with a readable message', async () => {
    const dir = tempDir();
    expect(await pressmark(dir, 'suggest', 'missing.txt')).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    expect(await pressmark(dir, 'suggest', '.')).toMatchObject({ code: 1, stderr: expect.stringContaining('is not a file') });
    fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(await pressmark(dir, 'suggest', 'photo.png')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a file Pressmark reads'),
    });
    expect(await pressmark(dir, 'suggest')).toMatchObject({ code: 2, stderr: expect.stringContaining('Missing FILE') });
  });
});
