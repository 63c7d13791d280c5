/**
 * Find in article: Mod+F opens the find bar, typing highlights every match (straight quotes find
 * curly ones), the count follows Enter, Shift+Enter and Mod+G, Esc closes the bar and leaves the
 * current match selected in the article, ready to tag.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { FIXTURE, SCREENSHOTS } from './support/environment';
import { editor, newArticleFromText } from './support/editor';

test('find in the article: count, next and previous, Esc leaves the match selected', async ({ app }) => {
  const { page } = app;
  await newArticleFromText(page, fs.readFileSync(FIXTURE, 'utf8'));
  await expect(editor(page)).toContainText('DUBAI');

  // Mod+F from the article opens the bar with its field focused.
  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+F');
  const bar = page.getByRole('search', { name: 'Find in article' });
  const field = bar.getByRole('searchbox', { name: 'Find in article' });
  const count = bar.getByRole('status');
  await expect(field).toBeFocused();

  // A straight apostrophe finds the story's curly ones; every match is highlighted, one is current.
  await field.fill("khamenei's");
  await expect(count).toHaveText('1 of 3');
  const matches = page.locator('.ProseMirror .pm-find-match');
  const current = page.locator('.ProseMirror .pm-find-current');
  await expect(matches).toHaveCount(3);
  await expect(matches).toHaveText(['Khamenei’s', 'Khamenei’s', 'Khamenei’s']);
  await expect(current).toHaveCount(1);
  const nthCurrent = () => matches.evaluateAll((spans) => spans.findIndex((s) => s.classList.contains('pm-find-current')));
  expect(await nthCurrent()).toBe(0);

  // Enter and Shift+Enter in the field, the buttons, and Mod+G move the current match, wrapping round.
  await field.press('Enter');
  await expect(count).toHaveText('2 of 3');
  expect(await nthCurrent()).toBe(1);
  await field.press('Shift+Enter');
  await expect(count).toHaveText('1 of 3');
  await field.press('Shift+Enter');
  await expect(count).toHaveText('3 of 3');
  expect(await nthCurrent()).toBe(2);
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText('1 of 3');
  await page.keyboard.press('ControlOrMeta+G');
  await expect(count).toHaveText('2 of 3');
  await expect(current).toBeInViewport();
  await page.screenshot({ path: path.join(SCREENSHOTS, `find-${test.info().project.name}.png`) });

  // Nothing found says so.
  await field.fill('levee');
  await expect(count).toHaveText('No matches');
  await expect(matches).toHaveCount(0);

  // Back to the name; case and curly quotes do not matter. Esc closes and selects the current match in the article.
  await field.fill('KHAMENEI’S');
  await expect(count).toHaveText('2 of 3');
  await field.press('Escape');
  await expect(bar).toBeHidden();
  await expect(matches).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Khamenei’s');

  // The selection is the match: tagging it quotes exactly those words.
  await page.keyboard.press('Alt+Shift+Q');
  await expect(page.locator('.ProseMirror .pm-annotation-quote')).toHaveText('Khamenei’s');

  // F3 opens the bar again on the last query and goes on to the next match.
  await editor(page).focus();
  await page.keyboard.press('F3');
  await expect(field).toHaveValue('KHAMENEI’S');
  await expect(count).toHaveText('3 of 3');
  await expect(matches).toHaveCount(3);
});
