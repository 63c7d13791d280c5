/**
 * A wire story is updated: every annotation moves to its words in the new version, one whose
 * quote was reworded is flagged for review, one whose words were cut is listed as lost and is
 * re-attached by selecting text, and the versions can be compared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { FIXTURE, SCREENSHOTS } from './support/environment';
import { editor, highlightedText, openCard, selectText, newArticleFromText } from './support/editor';

const QUOTE = 'Oh Allah, they are in need of your mercy, and you are exalted above punishing your servants,';
const CUT_QUOTE = 'Of course not any time soon,';
const REWORDED = 'the 62-year-old general answered only to the 80-year-old Khamenei';
const REWORDED_AS = 'the 62-year-old commander answered only to the 80-year-old Khamenei';

function revisedFixture(original: string): string {
  const moved =
    'Their relationship was so close that Khamenei was photographed more than once embracing Soleimani in ways that are customary in Iran for fathers and their beloved sons.';
  const revised = original
    .replace(
      'DUBAI, United Arab Emirates (AP) –',
      'UPDATED at 14:05 GMT with reaction from Washington.\n\nDUBAI, United Arab Emirates (AP) –',
    )
    .replace(REWORDED, REWORDED_AS)
    .replace(
      '“Of course not any time soon,” Khamenei said, adding the “Islamic Republic needs him for years to come.”',
      'Khamenei said the Islamic Republic still needed him.',
    )
    .replace(`${moved}\n\n`, '');
  expect(revised).not.toBe(original);
  return `${revised.trimEnd()}\n\n${moved}\n`;
}

test('update an article: annotations follow their words, one to check, one lost and re-attached, versions compared', async ({ app }) => {
  let { page } = app;
  const original = fs.readFileSync(FIXTURE, 'utf8');
  await newArticleFromText(page, original);
  await expect(editor(page)).toContainText('DUBAI');

  for (const [words, kind] of [
    [QUOTE, 'Quote'],
    ['Police said', 'Source'],
    ['attendees numbered into the millions', 'Claim'],
    [CUT_QUOTE, 'Quote'],
    [REWORDED, 'Claim'],
  ] as const) {
    await selectText(page, words);
    await page.getByRole('button', { name: kind, exact: true }).click();
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('button', { name: /^All \(5\)$/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  await page.getByRole('button', { name: 'Article ▾' }).click();
  await page.getByRole('menuitem', { name: 'Update article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update article' });
  await dialog.getByLabel('New text').fill(revisedFixture(original));
  await dialog.getByLabel('What changed (optional)').fill('14:05 update');
  await dialog.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Updated to version 2:');
  await expect(editor(page)).toContainText('UPDATED at 14:05 GMT');

  // Moved with the text, on their words.
  expect(await highlightedText(page, 'quote')).toBe(QUOTE);
  expect(await highlightedText(page, 'source')).toBe('Police said');
  // The reworded claim landed on its new words and asks to be checked.
  await expect(page.locator('.pm-annotation-review')).toHaveText(REWORDED_AS);
  const toCheck = page.getByRole('listitem', { name: /^Claim: the 62-year-old commander/ });
  await expect(toCheck).toContainText('Check its place: found by similar words');
  // The quote whose words were cut is listed apart, not deleted.
  const lost = page.getByRole('list', { name: 'Annotations that lost their words' }).getByRole('listitem');
  await expect(lost).toHaveCount(1);
  await expect(lost).toContainText(CUT_QUOTE);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `updated-article-${test.info().project.name}.png`) });

  // Re-attach the lost quote to the sentence that replaced it; accept the flagged claim.
  await selectText(page, 'Khamenei said the Islamic Republic still needed him.');
  await lost.getByRole('button', { name: 'Attach to selected words' }).click();
  await expect(page.getByRole('list', { name: 'Annotations that lost their words' })).toHaveCount(0);
  expect(await highlightedText(page, 'quote')).toContain('Khamenei said the Islamic Republic still needed him.');
  await toCheck.getByRole('button', { name: 'Looks right' }).click();
  await expect(page.locator('.pm-annotation-review')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  // Compare the versions.
  await page.getByRole('button', { name: 'Article ▾' }).click();
  await page.getByRole('menuitem', { name: 'Versions…' }).click();
  const versions = page.getByRole('dialog', { name: 'Versions' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row').nth(2)).toContainText('14:05 update');
  await expect(versions.locator('ins').first()).toBeVisible();
  await expect(versions.locator('del').filter({ hasText: 'general' })).toHaveCount(1);
  const touched = versions.getByRole('list', { name: 'Annotations these changes touch' });
  // The re-attached quote is listed on its new words, which the update added.
  await expect(touched).toContainText('Khamenei said the Islamic Republic still needed him.');
  await expect(touched).toContainText('62-year-old');
  await page.screenshot({ path: path.join(SCREENSHOTS, `versions-diff-${test.info().project.name}.png`) });
  await versions.getByRole('button', { name: 'Close' }).click();

  await app.restart();
  page = app.page;
  await expect(editor(page)).toContainText('UPDATED at 14:05 GMT');
  await expect(page.getByRole('list', { name: 'Annotations that lost their words' })).toHaveCount(0);
  await expect(page.locator('.pm-annotation-review')).toHaveCount(0);
  expect(await highlightedText(page, 'claim')).toContain(REWORDED_AS);
  await expect((await openCard(page, 'Quote', 'Khamenei said the Islamic')).getByLabel('Speaker')).toBeVisible();
});
