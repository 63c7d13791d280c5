/**
 * Nothing lost to a bad day: a backup made by hand restores a deleted article, and a library damaged while the app
 * was closed is set aside (kept, unchanged) at the next start, with the latest backup offered in plain words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { SCREENSHOTS } from './support/environment';
import { editor } from './support/editor';
import type { Page } from '@playwright/test';

const TITLE = /^Harbour town votes/;

async function openBackups(page: Page) {
  await page.getByRole('menubar', { name: 'Pressmark' }).getByRole('menuitem', { name: 'File', exact: true }).click();
  await page
    .getByRole('menu', { name: 'File' })
    .getByRole('menuitem', { name: /Restore from Backup/ })
    .click();
  return page.getByRole('dialog', { name: 'Restore from backup' });
}

test('back up by hand, delete an article, restore it from the backup', async ({ app }) => {
  const { page } = app;
  await expect(editor(page)).toContainText('KESTLE BAY');
  let dialog = await openBackups(page);
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem').filter({ hasText: 'Made by hand' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Delete the sample article (and let the undo pass).
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: /^Delete “Harbour town/ }).click();
  await expect(page.getByRole('button', { name: TITLE })).toHaveCount(0);

  dialog = await openBackups(page);
  await dialog.getByRole('listitem').filter({ hasText: 'Made by hand' }).getByRole('button', { name: 'Restore' }).click();
  // The window starts again on the restored library, where the article was open: it is back, with its highlights.
  await expect(editor(page)).toContainText('KESTLE BAY');
  await expect(page.locator('.ProseMirror .pm-annotation-quote').first()).toBeVisible();
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('button', { name: TITLE })).toHaveCount(1);
});

test('a library damaged while closed is kept aside, explained, and restored from the latest backup', async ({ app }) => {
  let { page } = app;
  await expect(editor(page)).toContainText('KESTLE BAY');
  const dialog = await openBackups(page);
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Made by hand' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const library = path.join(app.dataDir, 'pressmark.sqlite');
  await app.restart(() => {
    // Overwrite the header and the first pages: SQLite can no longer read the file.
    const handle = fs.openSync(library, 'r+');
    fs.writeSync(handle, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    fs.closeSync(handle);
  });
  page = app.page;
  const notice = page.getByRole('alertdialog');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('kept');
  const kept = fs.readdirSync(app.dataDir).filter((name) => name.includes('damaged'));
  expect(kept.length).toBeGreaterThan(0);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `library-recovered-${test.info().project.name}.png`) });
  await notice.getByRole('button', { name: /Restore the backup/ }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(editor(page)).toContainText('KESTLE BAY');
  await expect(page.locator('.ProseMirror .pm-annotation-claim').first()).toBeVisible();
});
