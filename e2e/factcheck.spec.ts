/**
 * A fact-check session, keyboard first: four claims, three verdicts given with keys, evidence
 * and a right of reply recorded, one verdict reopened and changed, the session closed, the host
 * restarted, and the report and ClaimReview JSON-LD exported and read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { FIXTURE, SCREENSHOTS } from './support/environment';
import { editor, selectText, newArticleFromText } from './support/editor';

const CLAIMS = [
  'attendees numbered into the millions',
  'the 62-year-old general answered only to the 80-year-old Khamenei',
  'Soleimani is the only Iranian military official to receive the Order of Zulfaqar since the 1979 Islamic Revolution',
  'marking the first time Iran has ever honored a single man with a multi-city ceremony',
];

test('walk claims to verdicts by keyboard, reopen one, close, restart, export the report and ClaimReviews', async ({ app }) => {
  let { page } = app;
  await page.getByRole('button', { name: 'Library' }).click();

  // Who is checking, for whom.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana Checker');
  await settings.getByLabel('Organisation name').fill('Example Fact Check');
  await settings.getByLabel('Organisation URL').fill('https://factcheck.example.org');
  await settings.getByLabel('Organisation URL').press('Enter');
  await settings.getByRole('button', { name: 'Done' }).click();

  await newArticleFromText(page, fs.readFileSync(FIXTURE, 'utf8'));
  await expect(editor(page)).toContainText('DUBAI');
  for (const words of CLAIMS) {
    await selectText(page, words);
    await page.keyboard.press('Alt+Shift+C');
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('button', { name: /^Claims \(4\)$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Fact-check' }).click();
  const panel = page.getByRole('complementary', { name: 'Fact-check session' });
  await panel.getByRole('button', { name: 'Start fact-check session' }).click();
  await expect(panel).toContainText('Ana Checker');
  await expect(panel.getByText('0 of 4 claims with a verdict')).toBeVisible();

  // Keyboard only from here: focus mode, J/K to move, digits for verdicts, E for evidence.
  await panel.getByRole('button', { name: 'Focus mode' }).click();
  const current = panel.getByRole('region', { name: 'Claim being checked' });
  await expect(current.locator('.claim-quote')).toHaveText(CLAIMS[0]!);
  await page.keyboard.press('7'); // Unverifiable
  await page.keyboard.press('j');
  await expect(current.locator('.claim-quote')).toHaveText(CLAIMS[1]!);
  await page.keyboard.press('1'); // True
  await page.keyboard.press('j');
  await expect(current.locator('.claim-quote')).toHaveText(CLAIMS[2]!);
  await page.keyboard.press('2'); // Mostly true
  await page.keyboard.press('e');
  await expect(current.getByLabel('Evidence 1 url')).toBeFocused();
  await page.keyboard.type('https://example.org/order-of-zulfaqar');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Order of Zulfaqar recipients');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(current.getByLabel('Conclusion')).toBeFocused();
  await page.keyboard.type('State media list no other recipient since 1979.');
  await page.keyboard.press('Escape');
  await expect(panel.getByText('3 of 4 claims with a verdict')).toBeVisible();

  // Right of reply on the second claim, then reopen the first and change its verdict.
  await page.keyboard.press('k');
  await expect(current.locator('.claim-quote')).toHaveText(CLAIMS[1]!);
  await current.getByLabel('Contacted on').fill('2020-01-07');
  await current.getByLabel('Response').fill('The Revolutionary Guard did not reply.');
  await panel.getByRole('button', { name: /^Previous claim/ }).click();
  await expect(current.locator('.claim-quote')).toHaveText(CLAIMS[0]!);
  await current.getByRole('button', { name: 'Reopen verdict' }).click();
  await expect(current).toContainText('Status: In progress');
  await panel.focus();
  await page.keyboard.press('5'); // False
  await expect(current.getByRole('button', { name: /^False/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');
  await expect(current.getByRole('list', { name: 'Changes to this claim' })).toContainText('Verdict: No verdict → Unverifiable');
  await expect(current.getByRole('list', { name: 'Changes to this claim' })).toContainText('Verdict: Unverifiable → False');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `factcheck-session-${test.info().project.name}.png`) });

  await panel.getByRole('button', { name: 'Close session' }).click();
  await expect(panel.locator('.session-state')).toHaveText('Closed');
  await expect(current.getByRole('button', { name: /^True/ })).toBeDisabled();

  // Same state after a restart.
  await app.restart();
  page = app.page;
  await page.getByRole('button', { name: 'Fact-check' }).click();
  const reopened = page.getByRole('complementary', { name: 'Fact-check session' });
  await expect(reopened.locator('.session-state')).toHaveText('Closed');
  await expect(reopened.getByText('3 of 4 claims with a verdict')).toBeVisible();
  const claimList = reopened.getByRole('list', { name: 'Claims to check' });
  await expect(claimList.getByRole('listitem')).toHaveText([/False$/, /True$/, /Mostly true$/, /No verdict$/]);

  // The session report and the ClaimReviews.
  const reportDownload = page.waitForEvent('download');
  await reopened.getByRole('button', { name: 'Session report (HTML)' }).click();
  const html = fs.readFileSync(await (await reportDownload).path(), 'utf8');
  const reader = await page.context().newPage();
  await reader.setContent(html);
  await expect(reader.locator('body')).toContainText('Ana Checker');
  await expect(reader.locator('body')).toContainText('Unverifiable → False');
  await expect(reader.locator('body')).toContainText('https://example.org/order-of-zulfaqar');
  await expect(reader.locator('body')).toContainText('The Revolutionary Guard did not reply.');
  await reader.screenshot({ path: path.join(SCREENSHOTS, `session-report-${test.info().project.name}.png`), fullPage: true });
  await reader.close();

  const reviewDownload = page.waitForEvent('download');
  await reopened.getByRole('button', { name: 'ClaimReview JSON-LD' }).click();
  const reviews = JSON.parse(fs.readFileSync(await (await reviewDownload).path(), 'utf8')) as Array<{
    reviewRating: { alternateName: string };
  }>;
  expect(reviews).toHaveLength(3);
  expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['False', 'True', 'Mostly true']);
  expect(reviews[2]).toMatchObject({
    '@type': 'ClaimReview',
    claimReviewed: CLAIMS[2],
    author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org' },
    reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1, ratingExplanation: 'State media list no other recipient since 1979.' },
  });
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('“marking the first time Iran has ever honored');
});
