/**
 * Hostile HTML never runs: a corpus of XSS vectors imported as a saved web page, pasted into
 * the editor as rich text, and pasted into the new-document box. Each vector, if it ever ran,
 * would call window.__pressmarkXss; alerts would open dialogs. Neither may happen, and the
 * page's CSP must never even have to block anything (a CSP report is a console error, which
 * fails the test too).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type App } from './support/app';
import { ROOT } from './support/environment';
import { editor, placeCaretBefore } from './support/editor';

const FIXTURES = path.join(ROOT, 'src', 'main', 'import', 'fixtures');

test.beforeEach(async ({ app }) => {
  await app.addInitScript(() => {
    const runs: string[] = [];
    Object.assign(window, { __pressmarkXssRuns: runs, __pressmarkXss: (id: string) => runs.push(String(id)) });
  });
});

async function expectNothingRan(app: App) {
  await app.page.waitForTimeout(300);
  expect(await app.page.evaluate(() => (window as unknown as { __pressmarkXssRuns: string[] }).__pressmarkXssRuns)).toEqual([]);
  expect(app.dialogs).toEqual([]);
}

test('a saved page full of XSS vectors imports as plain article text', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByLabel('Open article files').setInputFiles(path.join(FIXTURES, 'xss-vectors.html'));
  await expect(page.getByRole('textbox', { name: 'Article title' })).toBeVisible();
  await expect(
    editor(page).locator('script, iframe, object, embed, svg, math, img, form, style, [onerror], [onload], [onclick]'),
  ).toHaveCount(0);
  const hrefs = await editor(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
  await expectNothingRan(app);
});

test('each XSS vector pasted as rich text into the editor is reduced to text', async ({ app }) => {
  const { page } = app;
  const vectors = fs
    .readFileSync(path.join(FIXTURES, 'xss-vectors.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  expect(vectors.length).toBeGreaterThanOrEqual(40);
  await placeCaretBefore(page, 'KESTLE BAY');
  for (const vector of vectors) {
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', html);
      document
        .querySelector('.ProseMirror')
        ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, vector);
  }
  await expect(
    editor(page).locator('script, iframe, object, embed, svg, math, img, form, style, [onerror], [onload], [onclick]'),
  ).toHaveCount(0);
  await expectNothingRan(app);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');
  await app.restart();
  await expect(editor(app.page)).toContainText('KESTLE BAY');
  await expectNothingRan(app);
});

test('XSS vectors pasted into the new-document box create a harmless document', async ({ app }) => {
  const { page } = app;
  const html = fs.readFileSync(path.join(FIXTURES, 'xss-vectors.html'), 'utf8');
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New from pasted text' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document from pasted text' });
  await dialog.getByLabel('Article text').focus();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Pasted page');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await dialog.getByLabel('Title').fill('Pasted hostile page');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Pasted hostile page');
  await expect(
    editor(page).locator('script, iframe, object, embed, svg, math, img, form, style, [onerror], [onload], [onclick]'),
  ).toHaveCount(0);
  await expectNothingRan(app);
});
