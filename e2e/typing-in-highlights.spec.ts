/**
 * Typing and deleting inside a highlight: the words join the annotation, undo takes them back, and the highlight's
 * span is updated in place rather than drawn again (drawing it again on every key press is what made typing inside
 * highlights the slowest keystroke on long stories; see docs/performance.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app';
import { SCREENSHOTS } from './support/environment';
import { editor, highlightedText, newArticleFromText, placeCaretBefore, selectText } from './support/editor';

const TEXT = 'Police said attendees numbered into the millions.\n\nState television showed the crowds.';
const CLAIM = 'attendees numbered into the millions';

/** Tags the claim's span with a property (not an attribute, which the editor would notice) to tell it apart from a new one. */
async function markClaimSpan(page: Page): Promise<void> {
  await page.locator('.ProseMirror .pm-annotation-claim').evaluate((span) => ((span as unknown as { kept: boolean }).kept = true));
}

async function claimSpanKept(page: Page): Promise<boolean> {
  return page.locator('.ProseMirror .pm-annotation-claim').evaluate((span) => (span as unknown as { kept?: boolean }).kept === true);
}

test('typing and deleting inside a highlight change it in place, undo takes it back, a restart keeps it', async ({ app }) => {
  let { page } = app;
  await newArticleFromText(page, TEXT);
  await selectText(page, CLAIM);
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(page.getByRole('listitem', { name: /^Claim:/ })).toBeVisible();
  await expect(page.locator('.ProseMirror .pm-annotation-claim')).toHaveCount(1);

  // A caret inside the claim: the typed words become part of it, in the same span.
  await markClaimSpan(page);
  await placeCaretBefore(page, 'numbered');
  await page.keyboard.type('reportedly ');
  expect(await highlightedText(page, 'claim')).toBe('attendees reportedly numbered into the millions');
  await expect(page.locator('.ProseMirror .pm-annotation-claim')).toHaveCount(1);
  expect(await claimSpanKept(page)).toBe(true);

  // Undo takes the typing back as one step.
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toContainText(`Police said ${CLAIM}.`);
  expect(await highlightedText(page, 'claim')).toBe(CLAIM);

  // Typing just after the claim's last word stays outside it, as it always has.
  await selectText(page, 'millions');
  await page.evaluate(() => window.getSelection()?.collapseToEnd());
  await page.keyboard.type(', organisers said');
  await expect(editor(page)).toContainText('into the millions, organisers said.');
  expect(await highlightedText(page, 'claim')).toBe(CLAIM);

  // Words selected inside the claim are typed over.
  await markClaimSpan(page);
  await selectText(page, 'numbered');
  await page.keyboard.type('ran');
  expect(await highlightedText(page, 'claim')).toBe('attendees ran into the millions');
  expect(await claimSpanKept(page)).toBe(true);

  // Delete and Backspace inside it, in the same span.
  await placeCaretBefore(page, 'ran into');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
  await page.keyboard.type('poured');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('d');
  expect(await highlightedText(page, 'claim')).toBe('attendees poured into the millions');
  expect(await claimSpanKept(page)).toBe(true);

  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');
  await expect(page.getByRole('listitem', { name: /^Claim:/ })).toContainText('attendees poured into the millions');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `typing-in-highlights-${test.info().project.name}.png`) });
  await app.restart();
  page = app.page;
  await expect(editor(page)).toContainText('Police said attendees poured into the millions, organisers said.');
  expect(await highlightedText(page, 'claim')).toBe('attendees poured into the millions');
});
