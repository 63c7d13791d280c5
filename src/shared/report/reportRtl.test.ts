import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from './buildReport';
import { renderReportHtml } from './renderReportHtml';
import { renderReportMarkdown } from './renderReportMarkdown';
import { rtlArticle, RTL_WORDS } from '../../test/rtlArticle';
import type { Report } from './reportModel';

let report: Report;

beforeAll(async () => {
  const { document, annotations } = await rtlArticle();
  report = buildReport({ document, annotations, generatedAt: '2026-11-25T12:00:00.000Z' });
});

describe('the report of a right-to-left article', () => {
  it('gives every block and every written value of the HTML report dir="auto"', () => {
    const html = renderReportHtml(report);
    expect(html).toContain('<html lang="fa">');
    expect(html).toMatch(/<h1 dir="auto">گفت‌وگوهای تازه/);
    const paragraphs = html.match(/<p class="indent-\d"[^>]*>/g) ?? [];
    expect(paragraphs).toHaveLength(6);
    for (const p of paragraphs) expect(p).toContain('dir="auto"');
    expect(html).toContain(`<blockquote class="exact" dir="auto">${RTL_WORDS.quote}</blockquote>`);
    expect(html).toContain(`<dd dir="auto">${RTL_WORDS.speaker}</dd>`);
    expect(html).toContain(`<td dir="auto">${RTL_WORDS.speaker}</td>`);
    expect(html).toContain('By <bdi>خبرنگار ما</bdi>');
    // Logical CSS: indents and rules sit at the start of each block, whichever side that is.
    expect(html).not.toMatch(/(margin|padding|border)-left/);
  });

  it('highlights exactly the Persian words, in the HTML and the Markdown', () => {
    const html = renderReportHtml(report);
    expect(html).toMatch(new RegExp(`<mark class="hl hl-quote"[^>]*>${RTL_WORDS.quote}</mark>`));
    expect(html).toMatch(new RegExp(`<mark class="hl hl-claim"[^>]*>${RTL_WORDS.claim}</mark>`));
    const markdown = renderReportMarkdown(report);
    for (const words of Object.values(RTL_WORDS)) expect(markdown).toContain(words);
    expect(markdown).toContain('«');
  });
});
