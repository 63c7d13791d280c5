/**
 * Assisted tagging by keyboard: suggestions on the wire story appear as dashed outlines; Tab and
 * Shift+Tab walk them, Enter accepts (a quote with its speaker filled in), Backspace rejects, a
 * kind is accepted all at once, a click on an outline accepts it, and after a restart neither the
 * rejected nor the accepted ones are suggested again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { FIXTURE, SCREENSHOTS } from './support/environment';
import { editor, newArticleFromText } from './support/editor';
import type { Page } from '@playwright/test';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Suggestions' });
const currentText = (page: Page) => panelOf(page).getByRole('region', { name: 'Current suggestion' }).locator('blockquote');
const toBeReviewing = async (page: Page) => expect(panelOf(page).getByRole('status')).toHaveText(/^\d+ suggestions? to review/);

test('review suggestions by keyboard: accept, reject, accept all, click; nothing rejected comes back', async ({ app }) => {
  let { page } = app;
  await newArticleFromText(page, fs.readFileSync(FIXTURE, 'utf8'));
  await expect(editor(page)).toContainText('DUBAI');

  // The shortcut opens the review; every kind is outlined, the first suggestion is current.
  await editor(page).focus();
  await page.keyboard.press('Alt+Shift+G');
  const panel = panelOf(page);
  await toBeReviewing(page);
  await expect(panel).toBeFocused();
  // The engine ran in a worker, not on the page's own thread.
  expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringContaining('suggest.worker')]);
  for (const kind of ['quote', 'source', 'claim'])
    expect(await page.locator(`.ProseMirror .pm-suggestion-${kind}`).count()).toBeGreaterThan(0);
  await expect(page.locator('.ProseMirror .pm-suggestion-current')).not.toHaveCount(0);

  // Tab and Shift+Tab move through them in the order of the article.
  const first = await currentText(page).textContent();
  await page.keyboard.press('Tab');
  await expect(currentText(page)).not.toHaveText(first!);
  await page.keyboard.press('Shift+Tab');
  await expect(currentText(page)).toHaveText(first!);

  // Walk to the prayer quote and accept it: a quote annotation with its speaker resolved.
  const prayer = page.getByRole('list', { name: 'All suggestions' }).getByRole('button', { name: /Quote: “Oh Allah/ });
  await prayer.click();
  await panel.focus();
  await expect(currentText(page)).toHaveText(/^“Oh Allah/);
  await expect(panel.getByRole('region', { name: 'Current suggestion' })).toContainText('Ali Khamenei');
  await page.keyboard.press('Enter');
  // (Overlapping outlines split a highlight into several spans: read its words back joined.)
  const quoted = () =>
    page
      .locator('.ProseMirror .pm-annotation-quote')
      .allTextContents()
      .then((parts) => parts.join(''));
  await expect.poll(quoted).toMatch(/^“Oh Allah.*servants,”$/);

  // Reject whatever comes next; it leaves the article and the list.
  const rejected = (await currentText(page).textContent())!;
  const before = await page.locator('.ProseMirror .pm-suggestion').count();
  await page.keyboard.press('Backspace');
  await expect(currentText(page)).not.toHaveText(rejected);
  await expect(page.getByRole('list', { name: 'All suggestions' }).getByRole('button', { name: rejected.slice(0, 40) })).toHaveCount(0);
  expect(await page.locator('.ProseMirror .pm-suggestion').count()).toBeLessThan(before);
  await expect(editor(page)).toContainText(rejected.slice(0, 40)); // the words stay in the article

  // Accept every source at once; then accept a claim with a click on its outline.
  const sourceCount = Number(
    (await panel.locator('.suggestion-kinds li', { hasText: 'Accept all sources' }).locator('.suggestion-kind-count').textContent())!.split(
      ' ',
    )[0],
  );
  expect(sourceCount).toBeGreaterThan(0);
  await panel.getByRole('button', { name: 'Accept all sources' }).click();
  await expect(page.locator('.ProseMirror [class~="pm-annotation-source"]').first()).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Accept all sources' })).toBeDisabled();
  const claimsBefore = await page.locator('.ProseMirror .pm-annotation-claim').count();
  await page.locator('.ProseMirror .pm-suggestion-claim:not(.pm-suggestion-quote):not(.pm-suggestion-source)').first().click();
  await expect.poll(() => page.locator('.ProseMirror .pm-annotation-claim').count()).toBeGreaterThan(claimsBefore);

  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `suggestions-${test.info().project.name}.png`) });

  // Esc ends the review: outlines gone, the annotations listed with their fields.
  await panel.focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.ProseMirror .pm-suggestion')).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Sources (${sourceCount})` })).toBeVisible();
  const quoteCard = page.getByRole('list', { name: 'Annotation cards' }).getByRole('listitem').filter({ hasText: 'Oh Allah' });
  await quoteCard.getByRole('button', { name: /Show this quote/ }).click();
  await expect(quoteCard.getByLabel('Speaker')).toHaveValue('Ali Khamenei');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  // After a restart: the rejected words and the accepted ones are not suggested again.
  await app.restart();
  page = app.page;
  await page.getByRole('button', { name: 'Suggest' }).click();
  await toBeReviewing(page);
  const list = page.getByRole('list', { name: 'All suggestions' });
  await expect(list.getByRole('button', { name: rejected.slice(0, 40) })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /Quote: “Oh Allah/ })).toHaveCount(0);
  await expect(panelOf(page).getByRole('button', { name: 'Accept all sources' })).toBeDisabled();
});
