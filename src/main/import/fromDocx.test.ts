import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { importArticleFile } from './importArticleFile';
import { makeDocxFixture } from './fixtures/makeDocxFixture';
import { inspectContent, readImportFixture } from './fixtures/inspectContent';
import { listZipEntries, readZipEntry, ZipFormatError } from './zipArchive';
import { ImportError } from '../../shared/import/articleFromFile';
import { createTestApi } from '../../test/testServices';

describe('a Word document', () => {
  it('becomes an article: its Title paragraph is the title, and leaves the body', async () => {
    const article = await importArticleFile('briefing.docx', readImportFixture('briefing.docx'));
    expect(article.title).toBe('Harbour dredging: briefing notes');
    expect(article.content.content?.[0]).toMatchObject({ type: 'paragraph' });
    expect(inspectContent(article.content).text).not.toContain('briefing notes');
  });

  it('keeps headings, bold, italic, links, quotes and bullet lists, and drops images', async () => {
    const { content } = await importArticleFile('briefing.docx', readImportFixture('briefing.docx'));
    expect(content.content?.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'blockquote',
      'bullet_list',
      'paragraph',
    ]);
    expect(content.content?.[1]).toMatchObject({ attrs: { level: 2 }, content: [{ text: 'What we know' }] });
    const report = inspectContent(content);
    expect([...report.markTypes].sort()).toEqual(['em', 'link', 'strong']);
    expect(report.hrefs).toEqual(['https://www.gov.example/guidance/public-contracts']);
    expect(content.content?.[4]?.content).toHaveLength(3);
    expect(JSON.stringify(content)).not.toMatch(/image|base64|dredger in the inner harbour/i);
  });

  it('reads the same from a freshly generated copy as from the committed fixture', async () => {
    const fresh = await makeDocxFixture();
    // PRESSMARK_WRITE_FIXTURES=1 npx vitest run src/main/import/fromDocx.test.ts rewrites the committed copy.
    if (process.env.PRESSMARK_WRITE_FIXTURES) fs.writeFileSync(path.join(__dirname, 'fixtures', 'briefing.docx'), fresh);
    const committed = await importArticleFile('briefing.docx', readImportFixture('briefing.docx'));
    expect(await importArticleFile('briefing.docx', fresh)).toEqual(committed);
  });

  it("takes the file's title property, else the file name, when there is no Title paragraph", async () => {
    const withProperty = await makeDocxFixture({ titleParagraph: false, coreTitle: 'Dredging &amp; <contracts>' });
    expect((await importArticleFile('notes.docx', withProperty)).title).toBe('Dredging &amp; <contracts>');
    const without = await makeDocxFixture({ titleParagraph: false });
    const article = await importArticleFile('Harbour notes.docx', without);
    expect(article.title).toBe('Harbour notes');
    expect(article.content.content?.[0]).toMatchObject({ type: 'paragraph' });
  });

  it('can be stored as a document as it is', async () => {
    const article = await importArticleFile('briefing.docx', readImportFixture('briefing.docx'));
    const created = await createTestApi().client.call('documents.create', article);
    expect(created.plainText).toContain('Which other firms were contacted?');
  });
});

describe('a Word document that cannot be read', () => {
  const expectUnreadable = async (fileName: string, bytes: Uint8Array, pattern = /is not a readable Word document/) => {
    const error = await importArticleFile(fileName, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toContain(`"${fileName}"`);
    expect((error as Error).message).toMatch(pattern);
  };

  it('is refused with a sentence naming it: empty, truncated, random bytes, a plain ZIP, an old .doc', async () => {
    const fixture = readImportFixture('briefing.docx');
    await expectUnreadable('empty.docx', new Uint8Array());
    await expectUnreadable('half.docx', fixture.subarray(0, Math.floor(fixture.length / 2)));
    await expectUnreadable('tail-cut.docx', fixture.subarray(0, fixture.length - 10));
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    await expectUnreadable('random.docx', random);
    const zip = new JSZip();
    zip.file('notes.txt', 'not a Word document');
    await expectUnreadable('archive.docx', await zip.generateAsync({ type: 'uint8array' }), /without a Word document inside/);
    const opc = new JSZip();
    opc.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    await expectUnreadable('parts-missing.docx', await opc.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    await expectUnreadable('old.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old-style \.doc/);
  });

  it('is refused when its text would unpack to more than 256 MB (a zip bomb), even if the archive claims otherwise', async () => {
    const bomb = deflateRawSync(Buffer.alloc(257 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const bytes = zipWithDeflatedEntries([
      { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), declaredSize: 8 },
      { name: 'word/document.xml', data: bomb, declaredSize: 1000 },
    ]);
    const error = await importArticleFile('bomb.docx', bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe('"bomb.docx" is too large to import once unpacked (over 256 MB of text).');
  });

  it('is refused when a part is damaged', async () => {
    const fixture = new Uint8Array(readImportFixture('briefing.docx'));
    const document = listZipEntries(fixture).find((entry) => entry.name === 'word/document.xml');
    expect(document).toBeDefined();
    const dataStart = (document?.localHeaderOffset ?? 0) + 30 + 'word/document.xml'.length;
    fixture.fill(0xff, dataStart + 4, dataStart + 40);
    await expectUnreadable('damaged.docx', fixture);
  });
});

describe('zipArchive', () => {
  it('lists the entries of a real archive and inflates them', () => {
    const fixture = readImportFixture('briefing.docx');
    const entries = listZipEntries(fixture);
    expect(entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']),
    );
    const core = entries.find((entry) => entry.name === 'docProps/core.xml');
    expect(core).toBeDefined();
    if (core) expect(new TextDecoder().decode(readZipEntry(fixture, core, 1_000_000))).toContain('cp:coreProperties');
  });

  it('refuses to inflate an entry past the ceiling (a zip bomb)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(5_000_000));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(50_000);
    const entry = listZipEntries(bytes).find((e) => e.name === 'word/document.xml');
    expect(entry).toBeDefined();
    if (entry) {
      expect(() => readZipEntry(bytes, entry, 1_000_000)).toThrow(/too large once unpacked/);
      expect(readZipEntry(bytes, entry, 5_000_000)).toHaveLength(5_000_000);
    }
  });

  it('refuses what is not a ZIP archive', () => {
    expect(() => listZipEntries(new Uint8Array(10))).toThrow(ZipFormatError);
    expect(() => listZipEntries(new TextEncoder().encode('PK\u0005\u0006'.padEnd(22, '\u00ff')))).toThrow(ZipFormatError);
  });
});

/** A minimal ZIP writer: entries already deflated, with whatever uncompressed size we choose to declare. */
function zipWithDeflatedEntries(entries: Array<{ name: string; data: Uint8Array; declaredSize: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, Buffer.from(data));
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
