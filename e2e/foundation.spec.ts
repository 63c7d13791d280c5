/**
 * The foundation's promise: paste a wire story, tag a quote, a source and a claim attributed to
 * that source, edit the text, restart, and find all three on the same words with their fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { FIXTURE, SCREENSHOTS } from './support/environment';
import { editor, highlightedText, openCard, placeCaretBefore, selectText } from './support/editor';

const QUOTE = 'Oh Allah, they are in need of your mercy, and you are exalted above punishing your servants,';
const SOURCE = 'Police said';
const CLAIM = 'attendees numbered into the millions';
const TITLE = 'An emotional Khamenei shows Iran general’s death is personal';

test('tag a quote, a source and a claim, edit the text, restart, and find all three on the same words', async ({ app }) => {
  let { page } = app;

  // First run opens the sample article; go to the library and paste the fixture as a new document.
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New from pasted text' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document from pasted text' });
  await dialog.getByLabel('Article text').fill(fs.readFileSync(FIXTURE, 'utf8'));
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE);
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE);
  await expect(editor(page)).toContainText('DUBAI, United Arab Emirates (AP)');

  // A quote, from the toolbar, with its speaker.
  await selectText(page, QUOTE);
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  const quoteCard = page.getByRole('listitem', { name: /^Quote:/ });
  await expect(quoteCard.getByLabel('Speaker')).toBeFocused();
  await page.keyboard.type('Ali Khamenei');
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();

  // A source, with its keyboard shortcut (shown on the button).
  await expect(page.getByRole('button', { name: 'Source', exact: true })).toHaveAttribute('aria-keyshortcuts', /Alt\+Shift\+S/);
  await selectText(page, SOURCE);
  await page.keyboard.press('Alt+Shift+S');
  const sourceCard = page.getByRole('listitem', { name: /^Source:/ });
  await expect(sourceCard.getByLabel('Source name')).toHaveValue('Police');
  await sourceCard.getByLabel('Source type').selectOption({ label: 'Organisation' });

  // A claim attributed to that source, status "to check".
  await selectText(page, CLAIM);
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  const claimCard = page.getByRole('listitem', { name: /^Claim:/ });
  await claimCard.getByLabel('Attributed to').selectOption({ label: 'Police' });
  await expect(claimCard.getByLabel('Status')).toHaveValue('to_check');

  // Edit the text before the quote: highlights stay on their words.
  await placeCaretBefore(page, 'DUBAI, United Arab Emirates');
  await page.keyboard.type('UPDATED: ');
  await expect(editor(page)).toContainText('UPDATED: DUBAI');
  expect(await highlightedText(page, 'quote')).toBe(QUOTE);
  expect(await highlightedText(page, 'source')).toBe(SOURCE);
  expect(await highlightedText(page, 'claim')).toBe(CLAIM);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  // A mistaken tag, deleted again.
  await selectText(page, 'the supreme leader');
  await page.getByRole('button', { name: 'Source', exact: true }).click();
  await page
    .getByRole('listitem', { name: /^Source: the supreme leader/ })
    .getByRole('button', { name: 'Delete this source' })
    .click();
  await expect(page.getByRole('list', { name: 'Annotation cards' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  await openCard(page, 'Quote');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `foundation-article-${test.info().project.name}.png`) });

  // Restart: a new process on the same data directory.
  await app.restart();
  page = app.page;

  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE);
  await expect(editor(page)).toContainText('UPDATED: DUBAI, United Arab Emirates (AP)');
  expect(await highlightedText(page, 'quote')).toBe(QUOTE);
  expect(await highlightedText(page, 'source')).toBe(SOURCE);
  expect(await highlightedText(page, 'claim')).toBe(CLAIM);
  await expect(page.getByRole('list', { name: 'Annotation cards' }).getByRole('listitem')).toHaveCount(3);
  const cards = page.getByRole('list', { name: 'Annotation cards' });
  await expect(cards).toContainText('Ali Khamenei');
  await expect(cards).toContainText('Police · Organisation');
  await expect(cards).toContainText('To check · attributed to Police');
  await expect((await openCard(page, 'Quote')).getByLabel('Speaker')).toHaveValue('Ali Khamenei');
  const source = await openCard(page, 'Source');
  await expect(source.getByLabel('Source name')).toHaveValue('Police');
  await expect(source.getByLabel('Source type')).toHaveValue('organisation');
  const claim = await openCard(page, 'Claim');
  await expect(claim.getByLabel('Status')).toHaveValue('to_check');
  await expect(claim.getByLabel('Attributed to').locator('option:checked')).toHaveText('Police');
});
