/**
 * The library and the sidebar as a reporter uses them: the sample on first run, opening files,
 * a clear message for a file Pressmark cannot open, overlapping highlights, clicking between
 * highlights and cards, filtering, and deleting with undo.
 */
import path from 'node:path';
import { test, expect } from './support/app';
import { ROOT, SCREENSHOTS } from './support/environment';
import { editor, highlightedText, openCard, selectText } from './support/editor';

test('first run opens the sample article with an example of every kind', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Harbour town votes for a flood wall after its worst storm surge in a century',
  );
  await expect(page.getByRole('button', { name: /^All \(6\)$/ })).toBeVisible();
  for (const kind of ['quote', 'source', 'claim'] as const) expect((await highlightedText(page, kind)).length).toBeGreaterThan(0);
  await expect(page.getByRole('listitem', { name: /^Claim: the highest level/ })).toContainText(
    'In progress · attributed to Kestle Bay council · 1 evidence link',
  );
  const claim = await openCard(page, 'Claim', 'the highest level');
  await expect(claim.getByLabel('Attributed to').locator('option:checked')).toHaveText('Kestle Bay council');
  await expect(claim.getByLabel('Evidence 1 url')).toHaveValue('https://example.org/kestle-bay/tide-gauge-records');
});

test('open a Markdown file, see a clear message for an unsupported file, delete and undo in the library', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Library' }).click();

  await page.getByLabel('Open article files').setInputFiles(path.join(ROOT, 'e2e', 'fixtures', 'council-briefing.md'));
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Council briefing: bus lanes on Harbour Road');
  await expect(editor(page).locator('strong')).toHaveText('four minutes');
  await expect(editor(page).locator('blockquote')).toContainText('always late');
  await expect(editor(page).locator('li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Library' }).click();
  await page
    .getByLabel('Open article files')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('"scan.pdf" is not a file Pressmark can import');

  const documents = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete “Council briefing: bus lanes on Harbour Road”' }).click();
  await expect(documents).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(documents).toHaveCount(2);
  await expect(documents.first()).toContainText('Council briefing');
});

test('overlapping highlights, highlight ↔ card, filter, and delete with undo in the sidebar', async ({ app }) => {
  const { page } = app;
  // Tag a claim that contains the sample's existing quote, so the two overlap.
  await selectText(page, '"We have run out of second chances," said Mayor Ines Okafor');
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Claims \(3\)$/ })).toBeVisible();
  const overlap = page.locator('.ProseMirror .pm-annotation-quote.pm-annotation-claim');
  await expect(overlap).toHaveText('We have run out of second chances,');

  // Clicking inside the quote (inside the claim) selects the innermost: the quote's card.
  await overlap.click();
  await expect(page.getByRole('listitem', { name: /^Quote: We have run out/ })).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: path.join(SCREENSHOTS, `overlapping-highlights-${test.info().project.name}.png`) });

  // Card → highlight: the active highlight is outlined.
  await page
    .getByRole('listitem', { name: /^Source: The regional weather/ })
    .getByRole('button', { name: 'Show this source in the article' })
    .click();
  await expect(page.locator('.pm-annotation-active')).toHaveText('The regional weather service reported');

  // Filter by kind.
  await page.getByRole('button', { name: /^Sources \(2\)$/ }).click();
  const cards = page.getByRole('list', { name: 'Annotation cards' }).getByRole('listitem');
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: /^All \(7\)$/ }).click();
  await expect(cards).toHaveCount(7);

  // Delete a claim, then undo: it comes back on its words with its fields.
  const costClaim = await openCard(page, 'Claim', 'The project is expected');
  await costClaim.getByLabel('Note').fill('Ask the engineering firm for the report.');
  await costClaim.getByRole('button', { name: 'Delete this claim' }).click();
  await expect(cards).toHaveCount(6);
  expect(await highlightedText(page, 'claim')).not.toContain('38 million euros');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards).toHaveCount(7);
  await expect((await openCard(page, 'Claim', 'The project is expected')).getByLabel('Note')).toHaveValue(
    'Ask the engineering firm for the report.',
  );
  expect(await highlightedText(page, 'claim')).toContain('The project is expected to cost 38 million euros');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');

  await app.restart();
  await expect(app.page.getByRole('button', { name: /^All \(7\)$/ })).toBeVisible();
  await expect((await openCard(app.page, 'Claim', 'The project is expected')).getByLabel('Note')).toHaveValue(
    'Ask the engineering firm for the report.',
  );
});
