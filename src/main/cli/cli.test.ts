/**
 * The pressmark command line, run in-process on real data directories: import, list, export,
 * the JSON-LD round trip, and the errors a user can make.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { FIXTURE_PATH, tempDir } from '../../test/testServices';
import { pressmark, RESOURCES } from '../../test/cliHarness';
import { pdfText } from '../../test/pdfText';
import { startServices } from '../services/startup';

/** Tags the fixture through the services, as a user of the app would have. */
function tagFixture(dataDir: string, documentId: string): void {
  const services = startServices({ dataDir, resourcesDir: RESOURCES, seedSample: false });
  try {
    const text = services.documents.get({ id: documentId }).plainText;
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const police = services.annotations.create({
      documentId,
      kind: 'source',
      ...at('Police said'),
      sourceName: 'Police',
      sourceType: 'organisation',
    });
    services.annotations.create({
      documentId,
      kind: 'quote',
      ...at('Of course not any time soon,'),
      speaker: 'Ali Khamenei',
      note: 'Said at the medal ceremony.',
    });
    services.annotations.create({
      documentId,
      kind: 'claim',
      ...at('attendees numbered into the millions'),
      attributedTo: police.id,
      status: 'checked',
      verdict: 'unverifiable',
      evidence: [{ url: 'https://example.org/crowds', title: 'Crowd counts', publisher: '', accessedAt: '', excerpt: '', note: '' }],
    });
  } finally {
    services.db.close();
  }
}

const IMPORT_FIXTURES = path.resolve(__dirname, '../import/fixtures');

describe('pressmark import / list / export', () => {
  it('imports every article format from a real file of that format', async () => {
    const dir = tempDir();
    const expectations: Array<[string, string, string]> = [
      [
        'storm-utf16le.txt',
        'Storm warning issued for the coast',
        '“We expect gusts of 120 km/h,” the forecaster said – the strongest since 2019.',
      ],
      ['storm-cp1252.txt', 'Storm warning issued for the coast', 'Café owners on the pier closed early.'],
      ['saved-page.html', '', ''],
      ['briefing.docx', '', ''],
    ];
    for (const [file, title, sentence] of expectations) {
      const run = await pressmark(dir, 'import', path.join(IMPORT_FIXTURES, file));
      expect(run, file).toMatchObject({ code: 0, stderr: '' });
      const services = startServices({ dataDir: dir, resourcesDir: RESOURCES, seedSample: false });
      try {
        const document = services.documents.get({ id: run.stdout.trim() });
        expect(document.plainText.length, file).toBeGreaterThan(50);
        if (title) expect(document.title).toBe(title);
        if (sentence) expect(document.plainText).toContain(sentence);
      } finally {
        services.db.close();
      }
    }
    const listed = (await pressmark(dir, 'list')).stdout.trim().split('\n');
    expect(listed).toHaveLength(4);
  });

  it('imports an article, lists it, and exports every format', async () => {
    const dir = tempDir();
    const imported = await pressmark(dir, 'import', FIXTURE_PATH);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    tagFixture(dir, id);

    const listed = await pressmark(dir, 'list');
    expect(listed.code).toBe(0);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ id, title: 'An emotional Khamenei shows Iran general’s death is personal', annotationCount: 3 }]);

    const md = await pressmark(dir, 'export', id, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('**Police said**[^');
    expect(md.stdout).toContain('| Unverifiable | 1 |');

    const csv = await pressmark(dir, 'export', id, '--format', 'csv', '--out', 'annotations.csv');
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('wrote');
    expect(fs.readFileSync(path.join(dir, 'annotations.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(4);

    const html = await pressmark(dir, 'export', id, '--format', 'html');
    expect(html.stdout).toContain('<mark class="hl hl-quote"');

    const docx = await pressmark(dir, 'export', id, '--format', 'docx', '--out', 'report.docx');
    expect(docx.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'report.docx')));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('attendees numbered into the millions');

    const pdf = await pressmark(dir, 'export', id, '--format', 'pdf', '--out', 'report.pdf');
    expect(pdf).toMatchObject({ code: 0 });
    const pages = await pdfText(fs.readFileSync(path.join(dir, 'report.pdf')));
    const text = pages.join(' ');
    expect(text).toContain('An emotional Khamenei');
    expect(text).toContain('attendees numbered into the millions');
    expect(text).toContain('Notes');
    expect(text).toContain('Status Verdict given');
    expect(text).toContain('Crowd counts https://example.org/crowds');
  }, 60_000);

  it('round-trips W3C JSON-LD into a fresh data directory with the same annotations', async () => {
    const first = tempDir();
    const id = (await pressmark(first, 'import', FIXTURE_PATH)).stdout.trim();
    tagFixture(first, id);
    const jsonld = path.join(first, 'annotations.jsonld');
    expect((await pressmark(first, 'export', id, '--format', 'jsonld', '--out', jsonld)).code).toBe(0);

    const second = tempDir();
    const imported = await pressmark(second, 'import', FIXTURE_PATH, '--annotations', jsonld);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const secondId = imported.stdout.trim();

    const read = (dataDir: string, documentId: string) => {
      const services = startServices({ dataDir, resourcesDir: RESOURCES, seedSample: false });
      try {
        // Everything but how each annotation was last placed: by hand in the first, by the import in the second.
        return services.annotations.list({ documentId }).map(({ documentId: _d, anchorMethod: _m, ...rest }) => rest);
      } finally {
        services.db.close();
      }
    };
    expect(read(second, secondId)).toEqual(read(first, id));
  }, 30_000);

  it('says what went wrong, with exit code 1 for failed work and 2 for a wrong command', async () => {
    const dir = tempDir();
    const missing = await pressmark(dir, 'import', 'no-such-file.txt');
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('pressmark: Cannot read "no-such-file.txt": no such file.\n');

    fs.writeFileSync(path.join(dir, 'photo.jpg'), 'not an article');
    const unsupported = await pressmark(dir, 'import', 'photo.jpg');
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toContain('photo.jpg');

    const unknownDocument = await pressmark(dir, 'export', '0b9a3a34-4d3e-4a4e-9a7e-6c1c9c1f2a10', '--format', 'md');
    expect(unknownDocument).toMatchObject({ code: 1, stderr: 'pressmark: That document does not exist (it may have been deleted).\n' });

    const badFormat = await pressmark(dir, 'export', 'x', '--format', 'rtf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Unknown format "rtf"');
    expect((await pressmark(dir, 'frobnicate')).code).toBe(2);
    expect((await pressmark(dir, 'import')).stderr).toContain('Missing ARTICLE_FILE');
    expect((await pressmark(dir, 'list', '--bogus')).code).toBe(2);

    fs.writeFileSync(path.join(dir, 'bad.jsonld'), '{"not": "annotations"');
    const badAnnotations = await pressmark(dir, 'import', FIXTURE_PATH, '--annotations', 'bad.jsonld');
    expect(badAnnotations.code).toBe(1);
    expect(badAnnotations.stderr).toContain('"bad.jsonld"');
    expect((await pressmark(dir, 'list')).stdout).toBe('');
  });
});
