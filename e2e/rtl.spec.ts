/**
 * Right-to-left and mixed text: a Persian story with an English paragraph, pasted as a new article.
 * Each paragraph takes its direction from its own words (dir="auto"); a quote with its speaker, a
 * source and a claim are tagged on Persian words and highlighted on exactly those words; the cards
 * show the Persian text right to left; all of it survives a restart and reaches the HTML report.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app';
import { ROOT, SCREENSHOTS } from './support/environment';
import { editor, highlightedText, openCard, selectText } from './support/editor';
import { exportAs } from './support/files';

const STORY = fs.readFileSync(path.join(ROOT, 'e2e', 'fixtures', 'rtl-persian-mixed.txt'), 'utf8');
const TITLE = 'گفت‌وگوهای تازه درباره آب دریاچه ارومیه در تبریز آغاز شد';
const QUOTE = 'ما برای نجات دریاچه وقت زیادی نداریم و هر سال تأخیر هزینه را چند برابر می‌کند';
const SPEAKER = 'مریم رحیمی';
const SOURCE = 'خبرگزاری تسنیم';
const CLAIM = 'سطح آب دریاچه در سال گذشته ۴۰ سانتی‌متر پایین‌تر از میانگین ده سال اخیر بوده است';
const ENGLISH = 'The spokeswoman told foreign reporters';

/** Each paragraph of the article: its first words, its dir attribute and the direction it is laid out in. */
function paragraphs(page: Page) {
  return page
    .locator('.ProseMirror p')
    .evaluateAll((ps) =>
      ps.map((p) => ({ start: (p.textContent ?? '').slice(0, 12), dir: p.getAttribute('dir'), direction: getComputedStyle(p).direction })),
    );
}

async function expectDirections(page: Page) {
  const found = await paragraphs(page);
  expect(found).toHaveLength(6);
  for (const p of found) {
    expect(p.dir).toBe('auto');
    expect(p.direction, p.start).toBe(p.start.startsWith('The ') ? 'ltr' : 'rtl');
  }
  // The mixed paragraph (English name and "U.S." in Persian) is right to left: it starts in Persian.
  expect(found.filter((p) => p.direction === 'ltr')).toHaveLength(1);
}

test('a Persian story with English in it: direction per paragraph, tags on Persian words, restart, report', async ({ app }) => {
  let { page } = app;
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New from pasted text' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document from pasted text' });
  await dialog.getByLabel('Article text').fill(STORY);
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE);
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE);
  await expect(editor(page)).toContainText(ENGLISH);
  await expectDirections(page);

  // A quote with its speaker, typed in Persian.
  await selectText(page, QUOTE);
  await page.keyboard.press('Alt+Shift+Q');
  const quoteCard = page.getByRole('listitem', { name: /^Quote:/ });
  await expect(quoteCard.getByLabel('Speaker')).toBeFocused();
  await page.keyboard.type(SPEAKER);
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();

  // The news agency as a source, and the figure as a claim.
  await selectText(page, SOURCE);
  await page.keyboard.press('Alt+Shift+S');
  const sourceCard = page.getByRole('listitem', { name: /^Source:/ });
  await sourceCard.getByLabel('Source name').fill(SOURCE);
  await sourceCard.getByLabel('Source type').selectOption({ label: 'Organisation' });
  await selectText(page, CLAIM);
  await page.keyboard.press('Alt+Shift+C');
  const claimCard = page.getByRole('listitem', { name: /^Claim:/ });
  await claimCard.getByLabel('Attributed to').selectOption({ label: SOURCE });
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  const expectTagged = async () => {
    expect(await highlightedText(page, 'quote')).toBe(QUOTE);
    expect(await highlightedText(page, 'source')).toBe(SOURCE);
    expect(await highlightedText(page, 'claim')).toBe(CLAIM);
    const cards = page.getByRole('list', { name: 'Annotation cards' });
    await expect(cards.getByRole('listitem')).toHaveCount(3);
    // Each card's words are laid out right to left, and so are the fields holding Persian.
    for (const [kind, words] of [
      ['Quote', QUOTE],
      ['Source', SOURCE],
      ['Claim', CLAIM],
    ] as const) {
      const excerpt = cards.getByRole('listitem', { name: new RegExp(`^${kind}:`) }).locator('q');
      await expect(excerpt).toHaveText(words);
      await expect(excerpt).toHaveAttribute('dir', 'auto');
      expect(await excerpt.evaluate((q) => getComputedStyle(q).direction)).toBe('rtl');
    }
    const speaker = (await openCard(page, 'Quote')).getByLabel('Speaker');
    await expect(speaker).toHaveValue(SPEAKER);
    await expect(speaker).toHaveAttribute('dir', 'auto');
    expect(await speaker.evaluate((input) => getComputedStyle(input).direction)).toBe('rtl');
    await expect((await openCard(page, 'Source')).getByLabel('Source name')).toHaveValue(SOURCE);
    await expect((await openCard(page, 'Claim')).getByLabel('Attributed to').locator('option:checked')).toHaveText(SOURCE);
  };
  await expectTagged();
  await openCard(page, 'Quote');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `rtl-${test.info().project.name}.png`) });

  // A new process on the same data: the same words, directions, highlights and cards.
  await app.restart();
  page = app.page;
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE);
  await expect(editor(page)).toContainText(ENGLISH);
  await expectDirections(page);
  await expectTagged();

  // The HTML report keeps the Persian text, and each paragraph takes its own direction.
  const report = await exportAs(page, 'Annotated report (HTML)');
  const html = report.bytes.toString('utf8');
  expect(html).toContain(`<h1 dir="auto">${TITLE}</h1>`);
  expect(html).toContain(`<blockquote class="exact" dir="auto">${QUOTE}</blockquote>`);
  expect(html).toContain(`<dd dir="auto">${SPEAKER}</dd>`);
  expect(html).toMatch(new RegExp(`<p class="indent-0" dir="auto">«<mark class="hl hl-quote"[^>]*>${QUOTE}</mark>`));
  const reader = await page.context().newPage();
  await reader.setContent(html);
  const directions = await reader
    .locator('.article p')
    .evaluateAll((ps) => ps.map((p) => ({ start: (p.textContent ?? '').slice(0, 12), direction: getComputedStyle(p).direction })));
  expect(directions.map((p) => p.direction)).toEqual(directions.map((p) => (p.start.startsWith('The ') ? 'ltr' : 'rtl')));
  expect(directions.map((p) => p.direction)).toContain('ltr');
  await reader.screenshot({ path: path.join(SCREENSHOTS, `rtl-report-${test.info().project.name}.png`), fullPage: true });
  await reader.close();
});
