/**
 * Menus and shortcuts, through the browser host's menu bar (the desktop app draws the same commands as its native
 * menu): File, Annotate, View and Help commands by mouse and by keyboard, the shortcut sheet, recent documents,
 * zoom and settings kept across a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/app';
import { SCREENSHOTS } from './support/environment';
import { editor, selectText } from './support/editor';
import type { Page } from '@playwright/test';

const menuBar = (page: Page) => page.getByRole('menubar', { name: 'Pressmark' });
const openMenu = async (page: Page, name: string) => {
  await menuBar(page).getByRole('menuitem', { name, exact: true }).click();
  return page.getByRole('menu', { name });
};

test('menu bar: commands follow what is on screen, run by mouse and keyboard, and act on the editor', async ({ app }) => {
  const { page } = app;
  await expect(editor(page)).toContainText('KESTLE BAY');

  // The File menu of an open article offers its exports; Recent Documents lists the sample.
  let file = await openMenu(page, 'File');
  await expect(file.getByRole('menuitem', { name: /Report \(Markdown\)/ })).toBeEnabled();
  await expect(file.getByRole('menuitem', { name: /Harbour town votes/ })).toBeVisible();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `menu-file-${test.info().project.name}.png`) });
  const downloading = page.waitForEvent('download');
  await file.getByRole('menuitem', { name: /Report \(Markdown\)/ }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.report\.md$/);

  // Annotate → Tag as Quote, chosen with the keyboard, tags the words selected in the editor.
  await selectText(page, 'Not everyone was convinced');
  await menuBar(page).getByRole('menuitem', { name: 'Annotate' }).focus();
  await page.keyboard.press('Enter');
  const annotate = page.getByRole('menu', { name: 'Annotate' });
  await expect(annotate.getByRole('menuitem', { name: /Tag as Quote/ })).toBeFocused();
  await expect(annotate.getByRole('menuitem', { name: /Tag as Quote/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+Q');
  await page.keyboard.press('Enter');
  await expect(annotate).toHaveCount(0);
  await expect(page.locator('.ProseMirror .pm-annotation-quote', { hasText: 'Not everyone was convinced' })).toHaveCount(1);

  // Arrow keys move between menus; Escape returns to the bar.
  await menuBar(page).getByRole('menuitem', { name: 'Edit' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'Edit' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menu', { name: 'Annotate' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(menuBar(page).getByRole('menuitem', { name: 'Annotate' })).toBeFocused();

  // View → hide the side panel; its shortcut brings it back.
  await (await openMenu(page, 'View')).getByRole('menuitem', { name: /Side Panel/ }).click();
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toHaveCount(0);
  await page.keyboard.press('Control+\\');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();

  // In the library, article commands are disabled.
  await page.keyboard.press('Control+w');
  await expect(page.getByRole('heading', { name: /Library/ })).toBeVisible();
  file = await openMenu(page, 'File');
  await expect(file.getByRole('menuitem', { name: /Report \(Markdown\)/ })).toBeDisabled();
  await expect(file.getByRole('menuitem', { name: /Close Article/ })).toBeDisabled();
  // Recent documents reopen an article.
  await file.getByRole('menuitem', { name: /Harbour town votes/ }).click();
  await expect(editor(page)).toContainText('KESTLE BAY');
});

test('shortcut sheet, new from pasted text from anywhere, zoom and settings kept after a restart', async ({ app }) => {
  let { page } = app;
  await expect(editor(page)).toContainText('KESTLE BAY');

  // F1 shows every shortcut as this platform writes it; "?" typed in the article is just a character.
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('.shortcut-row', { hasText: 'Tag as Quote' })).toContainText('Alt+Shift+Q');
  await expect(sheet.locator('.shortcut-row', { hasText: 'Find in Article' })).toContainText('Ctrl+F');
  await page.screenshot({ path: path.join(SCREENSHOTS, `shortcut-sheet-${test.info().project.name}.png`) });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await editor(page).focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.keyboard.press('Control+z');

  // Zoom and your name survive a restart.
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'))).toBe('1.25');
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana Checker');
  await settings.getByLabel('Your name').press('Tab');
  // Spell-checking is off until languages are named; a wrong code is refused in words.
  await expect(editor(page)).toHaveAttribute('spellcheck', 'false');
  await settings.getByLabel('Spell-checking languages').fill('english please');
  await settings.getByLabel('Spell-checking languages').press('Enter');
  await expect(settings.getByRole('alert')).toContainText('language tag');
  await settings.getByLabel('Spell-checking languages').fill('en-GB, fa');
  await settings.getByLabel('Spell-checking languages').press('Enter');
  await expect(settings.getByRole('alert')).toHaveCount(0);
  await expect(editor(page)).toHaveAttribute('spellcheck', 'true');
  await settings.getByRole('button', { name: 'Done' }).click();
  // Reopened, the dialog shows the settings as storage answered them: the name was saved.
  await page.keyboard.press('Control+,');
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name')).toHaveValue('Ana Checker');
  await page.keyboard.press('Escape');

  await app.restart();
  page = app.page;
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'))).toBe('1.25');
  await page.keyboard.press('Control+0');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('zoom'))).toBe('1');
  await (await openMenu(page, 'File')).getByRole('menuitem', { name: /Settings/ }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name')).toHaveValue('Ana Checker');
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Spell-checking languages')).toHaveValue('en-GB, fa');
  await expect(editor(page)).toHaveAttribute('spellcheck', 'true');
  await page.keyboard.press('Escape');

  // Help → About names the app and its version.
  await (await openMenu(page, 'Help')).getByRole('menuitem', { name: 'About Pressmark' }).click();
  await expect(page.getByRole('dialog', { name: /Pressmark \d+\.\d+\.\d+/ })).toBeVisible();

  // File → New from Pasted Text from an open article goes to the library with the dialog open.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('dialog').getByLabel('Article text')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Library/ })).toBeVisible();
});
