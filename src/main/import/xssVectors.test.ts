/**
 * The hostile-markup corpus (fixtures/xss-vectors.html, one vector a line in xss-vectors.txt):
 * nothing that could run, load or navigate may survive into an article's content. The content is
 * JSON for our schema, so what must hold is: only schema node and mark types, only http(s) and
 * mailto links, no attribute carrying markup or code, and none of the vectors' code as text.
 */
import { describe, expect, it } from 'vitest';
import { importArticleFile } from './importArticleFile';
import { htmlToDoc } from './htmlToDoc';
import { inspectContent, readImportFixture } from './fixtures/inspectContent';
import { articleSchema } from '../../shared/editor/schema';
import { parseDocJson } from '../../shared/editor/docJson';
import type { PmNodeJson } from '../../shared/domain/document';

const html = new TextDecoder().decode(readImportFixture('xss-vectors.html'));
const vectors = new TextDecoder().decode(readImportFixture('xss-vectors.txt')).split('\n').filter(Boolean);
const FORBIDDEN = ['script', 'onerror', 'onload', 'javascript:', 'vbscript:', 'data:text', '<', 'srcdoc', '__pressmarkxss(', 'expression('];

function expectNeutralised(content: PmNodeJson): void {
  expect(() => parseDocJson(content)).not.toThrow();
  const report = inspectContent(content);
  for (const type of report.nodeTypes) expect(Object.keys(articleSchema.nodes)).toContain(type);
  for (const type of report.markTypes) expect(Object.keys(articleSchema.marks)).toContain(type);
  for (const href of report.hrefs) expect(href).toMatch(/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i);
  const serialised = JSON.stringify(content).toLowerCase();
  for (const word of FORBIDDEN) expect(serialised, `content contains "${word}"`).not.toContain(word);
  for (const value of report.attributeValues) expect(value).not.toMatch(/[<>"'`]|\bon\w+=|:\s*\w+\(/i);
}

describe('the XSS corpus', () => {
  it('has at least 40 vectors, each calling window.__pressmarkXss with its number, each in the page', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(40);
    vectors.forEach((vector, index) => {
      const base64 = [...vector.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1] ?? '', 'base64').toString());
      expect([vector, ...base64].join(' ')).toContain(`__pressmarkXss('vector-${index + 1}')`);
      expect(html).toContain(vector);
    });
  });

  it('is neutralised by a full import (Readability, then the sanitiser and the schema), keeping the article', async () => {
    const article = await importArticleFile('xss-vectors.html', readImportFixture('xss-vectors.html'));
    expectNeutralised(article.content);
    expect(article.title).toBe('Council approves budget after six-hour debate');
    const { text } = inspectContent(article.content);
    expect(text).toContain('The city council voted late on Tuesday');
    expect(text).toContain('Reporting for this article was supported');
  });

  it('is neutralised when the whole page goes through htmlToDoc, keeping every paragraph and the visible text of the vectors', () => {
    const content = htmlToDoc(html).toJSON() as PmNodeJson;
    expectNeutralised(content);
    const { text, hrefs } = inspectContent(content);
    for (const visible of [
      'Read the full statement',
      'Open the filing',
      'Background',
      'Hover text',
      'Cell text',
      'Breaking',
      'Void link',
    ]) {
      expect(text).toContain(visible);
    }
    expect(text).toContain('The next full council meeting is scheduled');
    expect(hrefs).toEqual(['https://example.org/']);
  });

  it.each(vectors.map((vector, index) => [index + 1, vector] as const))('vector %i is neutralised on its own', (_number, vector) => {
    expectNeutralised(htmlToDoc(`<p>Before.</p>${vector}<p>After.</p>`, 'https://news.example/story').toJSON() as PmNodeJson);
  });

  it('keeps code that an article shows as text, as text', () => {
    const content = htmlToDoc(
      '<p>The attacker posted <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> and a link to <code>javascript:alert(1)</code>.</p>',
    ).toJSON() as PmNodeJson;
    const report = inspectContent(content);
    expect(report.text).toBe('\nThe attacker posted <script>alert(1)</script> and a link to javascript:alert(1).');
    expect(report.hrefs).toEqual([]);
  });
});
