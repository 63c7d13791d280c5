import { describe, expect, it } from 'vitest';
import { importArticleFile } from './importArticleFile';
import { inspectContent, readImportFixture } from './fixtures/inspectContent';
import { createTestApi } from '../../test/testServices';

const utf8 = (text: string) => new TextEncoder().encode(text);
const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to read as prose: the council met, argued and voted on the budget.</p>`,
  ).join('');

describe('a saved web page', () => {
  it('becomes an article with the metadata of the page', async () => {
    const article = await importArticleFile('saved-page.html', readImportFixture('saved-page.html'));
    expect(article).toMatchObject({
      title: 'Harbour dredging deal signed without tender, records show',
      byline: 'Maria Okafor',
      sourceUrl: 'https://www.coastalledger.example/news/2024/03/harbour-dredging-deal',
      publishedAt: '2024-03-05T07:30:00+00:00',
      language: 'en-GB',
    });
  });

  it('keeps the structure of the article: heading, quote, list, emphasis, strong and absolute links', async () => {
    const { content } = await importArticleFile('saved-page.html', readImportFixture('saved-page.html'));
    const report = inspectContent(content);
    expect([...report.nodeTypes]).toEqual(expect.arrayContaining(['heading', 'paragraph', 'blockquote', 'bullet_list', 'list_item']));
    expect([...report.markTypes].sort()).toEqual(['em', 'link', 'strong']);
    expect(report.hrefs).toEqual([
      'https://www.coastalledger.example/documents/procurement-policy-2023.pdf',
      'https://www.gov.example/guidance/public-contracts',
    ]);
    expect(report.text).toContain('“We followed the procurement rules to the letter,” said Janet Rowe');
    expect(report.text).toContain('Which other firms, if any, were contacted?');
    // The headline is the title, not repeated as the first block.
    expect(content.content?.[0]?.type).toBe('paragraph');
  });

  it("leaves out the page's boilerplate: navigation, ads, cookie banner, related links, newsletter and footer", async () => {
    const { text } = inspectContent((await importArticleFile('saved-page.html', readImportFixture('saved-page.html'))).content);
    for (const boilerplate of [
      'Weather and tides',
      'Subscribe from',
      'We use cookies',
      'Advertisement',
      'Related stories',
      'Ferry fares to rise',
      'Share on social media',
      'Get the Ledger in your inbox',
      'All rights reserved',
      'Privacy policy',
      'dataLayer',
      'min-height',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('can be stored as a document as it is', async () => {
    const article = await importArticleFile('saved-page.html', readImportFixture('saved-page.html'));
    const created = await createTestApi().client.call('documents.create', article);
    expect(created.plainText).toContain('Harbour users deserve to know');
    expect(created.sourceUrl).toBe(article.sourceUrl);
  });

  it('falls back to the whole body when Readability finds no article, and to <title> and the file name for the title', async () => {
    const short = await importArticleFile(
      'notes.html',
      utf8('<html><head><title>  Short   note </title></head><body><div>Just one line.</div></body></html>'),
    );
    expect(short.title).toBe('Short note');
    expect(inspectContent(short.content).text).toContain('Just one line.');

    const untitled = await importArticleFile('folder/Untitled page.htm', utf8('<p>Only a fragment of text.</p>'));
    expect(untitled.title).toBe('Untitled page');
  });

  it('reads metadata from meta tags and <time> when Readability has none, and drops what it cannot use', async () => {
    const page = (head: string, body = '') =>
      utf8(`<html lang="pt_BR"><head>${head}</head><body><article><h1>Headline</h1>${body}${paragraphs(8)}</article></body></html>`);
    const fromTime = await importArticleFile(
      'a.html',
      page('<meta property="og:url" content="https://news.example/a">', '<time datetime="Tue, 05 Mar 2024 09:15:00 GMT">Tuesday</time>'),
    );
    expect(fromTime).toMatchObject({ sourceUrl: 'https://news.example/a', publishedAt: '2024-03-05T09:15:00.000Z', language: 'pt-BR' });

    const unusable = await importArticleFile(
      'b.html',
      page(
        '<link rel="canonical" href="javascript:alert(1)"><meta name="date" content="last Tuesday"><meta name="author" content="https://social.example/me">',
      ),
    );
    expect(unusable.sourceUrl).toBeUndefined();
    expect(unusable.publishedAt).toBeUndefined();
    expect(unusable.byline).toBeUndefined();
  });

  it('decodes Windows-1252 pages without a charset, pages that declare their charset, and UTF-16 with a byte-order mark', async () => {
    const cp1252 = new Uint8Array([
      ...utf8('<p>'),
      0x93,
      ...utf8('Quoted'),
      0x94,
      ...utf8(' caf'),
      0xe9,
      0x20,
      0x96,
      ...utf8(' 5 '),
      0x80,
      ...utf8('</p>'),
    ]);
    expect(inspectContent((await importArticleFile('old.html', cp1252)).content).text).toContain('“Quoted” café – 5 €');

    const latin2 = new Uint8Array([
      ...utf8('<meta charset="iso-8859-2"><p>Gda'),
      0xf1,
      0x73,
      0x6b,
      ...utf8(' i '),
      0xa3,
      0xf3,
      0x64,
      0xbc,
      ...utf8('</p>'),
    ]);
    expect(inspectContent((await importArticleFile('pl.html', latin2)).content).text).toContain('Gdańsk i Łódź');

    const html = '<p>Zürich — “quotes” and 東京</p>';
    const utf16le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(html, 'utf16le'))]);
    expect(inspectContent((await importArticleFile('le.html', utf16le)).content).text).toContain('Zürich — “quotes” and 東京');
    const utf16be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(Buffer.from(html, 'utf16le').swap16())]);
    expect(inspectContent((await importArticleFile('be.html', utf16be)).content).text).toContain('Zürich — “quotes” and 東京');
    const withoutMark = new Uint8Array(Buffer.from(`<html><body>${html}</body></html>`, 'utf16le'));
    expect(inspectContent((await importArticleFile('no-bom.html', withoutMark)).content).text).toContain('Zürich — “quotes” and 東京');
  });

  it('imports a 1 MB page', async () => {
    const body = Array.from(
      { length: 4400 },
      (_, i) => `<p>Paragraph ${i}: ${'Lorem ipsum dolor sit amet, <a href="/x">consectetur</a> adipiscing elit. '.repeat(3)}</p>`,
    );
    const html = `<html><head><title>Big</title><link rel="canonical" href="https://big.example/page"></head><body><nav>Menu</nav><article>${body.join('\n')}</article></body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const article = await importArticleFile('big.html', utf8(html));
    expect(article.content.content?.length).toBe(4400);
  });
});
