import { describe, expect, it } from 'vitest';
import { importArticleFile, IMPORTABLE_EXTENSIONS } from './importArticleFile';
import { readImportFixture, inspectContent } from './fixtures/inspectContent';
import { ImportError } from '../../shared/import/articleFromFile';
import { LIMITS } from '../../shared/domain/limits';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function importError(fileName: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await importArticleFile(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${fileName} should be refused`).toBeInstanceOf(ImportError);
  expect((error as ImportError).message).toContain(`"${fileName}"`);
  return error as ImportError;
}

describe('importArticleFile', () => {
  it('imports text and Markdown through the shared importer', async () => {
    expect(await importArticleFile('wire.txt', utf8('Storm closes port\n\nThe port closed at noon.'))).toMatchObject({
      title: 'Storm closes port',
      content: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    const markdown = await importArticleFile('notes.MD', utf8('# Heading\n\nSome *text*.'));
    expect(markdown.title).toBe('Heading');
    expect(inspectContent(markdown.content).markTypes).toEqual(new Set(['em']));
  });

  it('dispatches .html, .htm, .xhtml and .docx by extension, in any case', async () => {
    expect((await importArticleFile('Page.HTM', readImportFixture('saved-page.html'))).byline).toBe('Maria Okafor');
    expect(
      (
        await importArticleFile(
          'page.xhtml',
          utf8('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>X</p></body></html>'),
        )
      ).title,
    ).toBe('page');
    expect((await importArticleFile('Brief.DOCX', readImportFixture('briefing.docx'))).title).toBe('Harbour dredging: briefing notes');
    expect(IMPORTABLE_EXTENSIONS).toEqual(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx']);
  });

  it('refuses other files, saying which it can import', async () => {
    const error = await importError('report.pdf', utf8('%PDF-1.7'));
    expect(error.message).toMatch(/\.txt.*\.md.*\.html.*\.docx/);
    await importError('no-extension', utf8('text'));
  });

  it('refuses files over 50 MB before reading them', async () => {
    const error = await importError('huge.html', new Uint8Array(51 * 1024 * 1024));
    expect(error.message).toBe('"huge.html" is too large to import (51 MB; the limit is 50 MB).');
  });

  it('refuses an article longer than a document may be', async () => {
    const paragraph = 'word '.repeat(199) + 'word\n\n';
    const text = 'Title line\n\n' + paragraph.repeat(Math.ceil(LIMITS.documentChars / paragraph.length) + 10);
    const error = await importError('long.txt', utf8(text));
    expect(error.message).toMatch(/too long to import: [\d,]+ characters, and Pressmark holds at most 5,000,000/);
  });

  it('cuts titles and bylines to what a document holds, and drops a language tag that is not one', async () => {
    const longTitle = 'T'.repeat(800);
    const page = `<html lang="not a language tag"><head><title>${longTitle}</title><meta name="author" content="${'B'.repeat(700)}"></head><body><p>Text.</p></body></html>`;
    const article = await importArticleFile('long.html', utf8(page));
    expect(article.title).toHaveLength(LIMITS.titleChars);
    expect(article.byline).toHaveLength(LIMITS.bylineChars);
    expect(article.language).toBeUndefined();
  });

  describe('never throws anything but an ImportError naming the file', () => {
    it.each([
      ['an empty .html', 'empty.html', new Uint8Array(), /is empty/],
      ['a .html of whitespace', 'blank.html', utf8(' \n\t '), /contains no article text/],
      [
        'a .html with only scripts, styles and images',
        'widgets.html',
        utf8('<script>x()</script><style>p{}</style><img src=a><svg><text>t</text></svg>'),
        /contains no article text/,
      ],
      ['binary garbage named .html', 'garbage.html', new Uint8Array(8192).map((_, i) => (i * 7919 + (i >> 3)) & 0xff), /binary data/],
      [
        'a PNG named .html',
        'image.html',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        /binary data/,
      ],
      ['10,000 nested <div>s', 'deep.html', utf8('<div>'.repeat(10_000) + 'deep' + '</div>'.repeat(10_000)), /nested more than 512 levels/],
      ['10,000 unclosed <b><i>', 'deep-inline.htm', utf8('<b><i>'.repeat(5_000) + 'x'), /nested more than 512 levels/],
      ['a truncated .docx', 'cut.docx', readImportFixture('briefing.docx').subarray(0, 3000), /not a readable Word document/],
      ['random bytes named .docx', 'random.docx', new Uint8Array(2048).map((_, i) => (i * 31 + 7) & 0xff), /not a readable Word document/],
      ['an empty .docx', 'empty.docx', new Uint8Array(), /not a readable Word document/],
      ['a web page named .docx', 'page.docx', readImportFixture('saved-page.html'), /not a readable Word document/],
      ['an empty .md', 'empty.md', new Uint8Array(), /is empty/],
    ])('%s', async (_label, fileName, bytes, pattern) => {
      const started = Date.now();
      expect((await importError(fileName, bytes)).message).toMatch(pattern);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});
