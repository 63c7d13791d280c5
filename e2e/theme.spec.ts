/**
 * Dark mode: the Theme setting (System, Light, Dark) changes the whole window at once, survives a
 * restart, 'System' follows the system's appearance as it changes, and View → Dark Mode's keys
 * switch between light and dark. Screenshots of the sample article in both themes are kept for a
 * person to look at (highlights readable, the three kinds told apart).
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app';
import { SCREENSHOTS } from './support/environment';

async function pageBackground(page: Page): Promise<number> {
  // The page's background brightness, 0 (black) to 255 (white).
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement)
      .backgroundColor.match(/\d+(\.\d+)?/g)!
      .map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

async function chooseTheme(page: Page, label: 'System' | 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: label }).check();
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();
}

test('Dark in Settings darkens the window and stays after a restart; System follows the system', async ({ app }) => {
  let { page } = app;
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await pageBackground(page)).toBeGreaterThan(200);

  await chooseTheme(page, 'Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBeLessThan(50);
  // The system says light, the setting says dark: the setting wins.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await app.restart();
  page = app.page;
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).toBeLessThan(50);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.keyboard.press('Escape');

  // System: light or dark as the system is, following it while the app runs.
  await page.emulateMedia({ colorScheme: 'dark' });
  await chooseTheme(page, 'System');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await pageBackground(page)).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('View → Dark Mode (Alt+Shift+D) switches between light and dark and saves the choice', async ({ app }) => {
  let { page } = app;
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await app.restart();
  page = app.page;
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the article in both themes: screenshots to look at', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
  for (const kind of ['quote', 'source', 'claim']) await expect(page.locator(`.ProseMirror .pm-annotation-${kind}`).first()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme === 'dark' ? 'Dark' : 'Light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // The first card active, so its highlight shows the active outline too.
    await page.getByRole('list', { name: 'Annotation cards' }).getByRole('listitem').first().getByRole('button').first().click();
    await page.screenshot({ path: path.join(SCREENSHOTS, `theme-${theme}-${testInfo.project.name}.png`) });
  }
});
