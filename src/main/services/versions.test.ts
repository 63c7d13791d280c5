/**
 * Updating an article to a new version: versions kept, annotations re-anchored and their
 * standing stored, versions compared, the command line's counts, and the JSON-LD that says
 * which annotations lost their words.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, docJson, readFixture, steppingClock, tempDir, FIXTURE_PATH } from '../../test/testServices';
import { runCli } from '../cli/runCli';
import fs from 'node:fs';
import path from 'node:path';

const CUT = '“Of course not any time soon,” Khamenei said, adding the “Islamic Republic needs him for years to come.”';

async function taggedFixture() {
  const api = createTestApi(steppingClock());
  const text = readFixture();
  const created = await api.client.call('documents.create', { title: 'Fixture', content: docJson(text) });
  const plain = created.plainText;
  const at = (words: string) => ({ start: plain.indexOf(words), end: plain.indexOf(words) + words.length });
  const tag = (kind: 'quote' | 'source' | 'claim', words: string) =>
    api.client.call('annotations.create', { documentId: created.id, kind, ...at(words) } as never);
  const ids = {
    police: (await tag('source', 'Police said')).id,
    millions: (await tag('claim', 'attendees numbered into the millions')).id,
    cut: (await tag('quote', 'Of course not any time soon,')).id,
    reworded: (await tag('claim', 'the 62-year-old general answered only to the 80-year-old Khamenei')).id,
  };
  const revised = plain
    .replace('DUBAI', 'UPDATED: DUBAI')
    .replace(CUT, 'Khamenei said the Islamic Republic still needed him.')
    .replace('62-year-old general', '62-year-old commander');
  return { api, documentId: created.id, plain, revised, ids };
}

describe('versions', () => {
  it('keeps the old text as a version, moves each annotation, and stores where each one stands', async () => {
    const { api, documentId, plain, revised, ids } = await taggedFixture();
    expect(await api.client.call('documents.versions', { id: documentId })).toEqual([]);
    const result = await api.client.call('documents.revise', { id: documentId, content: docJson(revised), label: 'Afternoon update' });
    expect(result.version).toMatchObject({
      number: 2,
      label: 'Afternoon update',
      wordsAdded: expect.any(Number),
      wordsRemoved: expect.any(Number),
    });
    expect(result.counts).toMatchObject({ exact: 2, orphaned: 1 });
    expect(result.counts.fuzzy + result.counts.moved).toBe(1);
    expect(result.counts.review).toBeGreaterThanOrEqual(1);

    const versions = await api.client.call('documents.versions', { id: documentId });
    expect(versions.map((v) => [v.number, v.label, v.charCount])).toEqual([
      [1, 'Original', plain.length],
      [2, 'Afternoon update', revised.length],
    ]);
    expect((await api.client.call('documents.get', { id: documentId })).plainText).toBe(revised);

    const get = (id: string) => api.client.call('annotations.get', { id });
    expect(await get(ids.police)).toMatchObject({
      exact: 'Police said',
      anchorStatus: 'anchored',
      anchorMethod: 'diff',
      anchorConfidence: 1,
    });
    expect(await get(ids.millions)).toMatchObject({ exact: 'attendees numbered into the millions', anchorStatus: 'anchored' });
    expect(await get(ids.cut)).toMatchObject({ exact: 'Of course not any time soon,', anchorStatus: 'orphaned', anchorConfidence: 0 });
    const reworded = await get(ids.reworded);
    expect(reworded).toMatchObject({
      exact: 'the 62-year-old commander answered only to the 80-year-old Khamenei',
      anchorStatus: 'review',
    });
    expect(reworded.anchorConfidence).toBeLessThan(1);
    for (const id of [ids.police, ids.millions, ids.reworded]) {
      const a = await get(id);
      expect(revised.slice(a.start, a.end)).toBe(a.exact);
    }
  });

  it('accepts a flagged annotation, re-attaches a lost one, and refuses to accept one that lost its words', async () => {
    const { api, documentId, revised, ids } = await taggedFixture();
    await api.client.call('documents.revise', { id: documentId, content: docJson(revised) });
    expect(await api.client.call('annotations.acceptAnchor', { id: ids.reworded })).toMatchObject({
      anchorStatus: 'anchored',
      anchorConfidence: 1,
    });
    await expect(api.client.call('annotations.acceptAnchor', { id: ids.cut })).rejects.toMatchObject({ code: 'conflict' });
    const words = 'Khamenei said the Islamic Republic still needed him.';
    const start = revised.indexOf(words);
    expect(await api.client.call('annotations.reattach', { id: ids.cut, start, end: start + words.length })).toMatchObject({
      exact: words,
      anchorStatus: 'anchored',
      anchorMethod: 'manual',
    });
  });

  it('compares two versions and names the annotations the changes touch', async () => {
    const { api, documentId, plain, revised } = await taggedFixture();
    await api.client.call('documents.revise', { id: documentId, content: docJson(revised) });
    const diff = await api.client.call('documents.diff', { id: documentId, from: 1, to: 2 });
    expect(diff.passages.filter((p) => p.change === 'added').map((p) => p.text.trim())).toContain('commander');
    expect(diff.passages.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toContain('general');
    expect(
      diff.passages
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(plain);
    expect(
      diff.passages
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(revised);
    expect(diff.touched.map((t) => t.exact).sort()).toEqual([
      'Of course not any time soon,',
      'the 62-year-old commander answered only to the 80-year-old Khamenei',
    ]);
    expect(diff.wordsAdded).toBeGreaterThan(0);
    const now = await api.client.call('documents.diff', { id: documentId, from: 2, to: null });
    expect(now.passages).toEqual([{ change: 'same', text: revised }]);
    await expect(api.client.call('documents.diff', { id: documentId, from: 7, to: null })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps text edited in Pressmark since the last update as its own version', async () => {
    const { api, documentId, plain, revised } = await taggedFixture();
    await api.client.call('documents.revise', { id: documentId, content: docJson(revised) });
    await api.client.call('documents.update', {
      id: documentId,
      changes: { content: docJson(`${revised}\n\nA correction added by hand.`) },
    });
    await api.client.call('documents.revise', { id: documentId, content: docJson(plain) });
    expect((await api.client.call('documents.versions', { id: documentId })).map((v) => v.label)).toEqual([
      'Original',
      'Update',
      'Edited in Pressmark',
      'Update',
    ]);
  });

  it('refuses an identical text, and content and a file together', async () => {
    const { api, documentId, plain } = await taggedFixture();
    await expect(api.client.call('documents.revise', { id: documentId, content: docJson(plain) })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('nothing to update'),
    });
    await expect(
      api.client.call('documents.revise', { id: documentId, content: docJson('x'), file: { fileName: 'a.txt', dataBase64: '' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('exports a lost annotation with only its quote and a review one marked so, in W3C JSON-LD', async () => {
    const { api, documentId, revised, ids } = await taggedFixture();
    await api.client.call('documents.revise', { id: documentId, content: docJson(revised) });
    const file = await api.services.exports.exportFile(documentId, 'jsonld');
    const items = JSON.parse(Buffer.from(file.data).toString('utf8')).first.items as Array<Record<string, unknown>>;
    const byId = (id: string) =>
      items.find((item) => item.id === `urn:uuid:${id}`) as { target: { selector: Array<{ type: string }> } } & Record<string, unknown>;
    expect(byId(ids.cut)['pressmark:status']).toBe('orphaned');
    expect(byId(ids.cut).target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(byId(ids.reworded)['pressmark:status']).toBe('review');
    expect(byId(ids.police)['pressmark:status']).toBeUndefined();
  });
});

describe('pressmark update', () => {
  it('makes a new version from a file and prints one JSON line of counts', async () => {
    const dir = tempDir();
    const io = (out: string[], err: string[]) => ({
      stdout: { write: (chunk: string | Uint8Array) => out.push(String(chunk)) },
      stderr: { write: (chunk: string) => err.push(chunk) },
      cwd: dir,
      env: {},
      resourcesDir: path.resolve(__dirname, '../../../resources'),
    });
    const out: string[] = [];
    const err: string[] = [];
    expect(await runCli(['import', FIXTURE_PATH, '--data-dir', dir], io(out, err))).toBe(0);
    const id = out.join('').trim();
    fs.writeFileSync(path.join(dir, 'revised.txt'), readFixture().replace('DUBAI', 'UPDATED: DUBAI'));
    const counts: string[] = [];
    expect(await runCli(['update', id, 'revised.txt', '--data-dir', dir], io(counts, err))).toBe(0);
    expect(err).toEqual([]);
    expect(counts.join('')).toBe('{"exact":0,"moved":0,"fuzzy":0,"review":0,"orphaned":0}\n');
    const missing: string[] = [];
    expect(await runCli(['update', id, '--data-dir', dir], io([], missing))).toBe(2);
  });
});
