/**
 * Accessibility: axe (WCAG 2.0/2.1 A and AA rules) finds no serious or critical problem on any
 * screen — the library, the article with its annotations, the fact-check and suggestions panels,
 * and every dialog — in the light and the dark theme. And the screens work from the keyboard:
 * Tab reaches the article's top bar and a dialog's controls with a visible focus ring, Escape
 * closes the dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page (or part of it) and fails with every serious or critical violation, its rule and where. */
async function expectNoSeriousViolations(page: Page, screen: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 6)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
        .join('\n'),
  );
  expect.soft(report, `axe on ${screen}:\n${report.join('\n')}`).toEqual([]);
}

/** Chooses the theme in Settings and closes the dialog. */
async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();
}

for (const theme of THEMES) {
  test(`axe finds no serious problem on any screen (${theme} theme)`, async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
    await expect(page.locator('.ProseMirror .pm-annotation').first()).toBeVisible();
    await chooseTheme(page, theme);

    // The article with its highlights and cards.
    await expectNoSeriousViolations(page, `the article (${theme})`);

    // Settings.
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await expectNoSeriousViolations(page, `the settings dialog (${theme})`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();

    // Versions and Update article, from the Article menu.
    await page.getByRole('button', { name: 'Article ▾' }).click();
    await expectNoSeriousViolations(page, `the open Article menu (${theme})`);
    await page.getByRole('menuitem', { name: 'Update article…' }).click();
    await expect(page.getByRole('dialog', { name: 'Update article' })).toBeVisible();
    await expectNoSeriousViolations(page, `the Update article dialog (${theme})`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Update article' })).toBeHidden();
    await page.getByRole('button', { name: 'Article ▾' }).click();
    await page.getByRole('menuitem', { name: 'Versions…' }).click();
    await expect(page.getByRole('dialog', { name: 'Versions' })).toBeVisible();
    await expectNoSeriousViolations(page, `the Versions dialog (${theme})`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Versions' })).toBeHidden();

    // The fact-check session panel, then the suggestions panel.
    await page.getByRole('button', { name: 'Fact-check' }).click();
    await expect(page.locator('.factcheck-panel')).toBeVisible();
    await expectNoSeriousViolations(page, `the fact-check panel (${theme})`);
    await page.getByRole('button', { name: 'Suggest' }).click();
    await expect(page.locator('.suggestions-panel')).toBeVisible();
    await expect(page.locator('.suggestions-status')).not.toContainText(/Looking|Finding/);
    await expectNoSeriousViolations(page, `the suggestions panel (${theme})`);

    // The library and its "New from pasted text" dialog.
    await page.getByRole('button', { name: 'Library' }).click();
    await expect(page.getByRole('button', { name: 'New from pasted text' })).toBeVisible();
    await expectNoSeriousViolations(page, `the library (${theme})`);
    await page.getByRole('button', { name: 'New from pasted text' }).click();
    await expect(page.getByRole('dialog', { name: 'New document from pasted text' })).toBeVisible();
    await expectNoSeriousViolations(page, `the New from pasted text dialog (${theme})`);
  });
}

for (const theme of THEMES) {
  test(`axe finds no serious problem after an update: lost and to-check annotations, versions compared (${theme} theme)`, async ({
    app,
  }) => {
    const { page } = app;
    const text = page.getByRole('textbox', { name: 'Article text' }).and(page.locator('.ProseMirror'));
    await expect(text).toContainText('We have run out of second chances');
    await chooseTheme(page, theme);
    const revised = (await text.innerText())
      .replace('We have run out of second chances,', 'There is no time left,')
      .replace('the highest level recorded in the harbour since 1921', 'the highest level the harbour has recorded since 1921')
      .replace('KESTLE BAY', 'UPDATED at 14:05. KESTLE BAY');
    await page.getByRole('button', { name: 'Article ▾' }).click();
    await page.getByRole('menuitem', { name: 'Update article…' }).click();
    const update = page.getByRole('dialog', { name: 'Update article' });
    await update.getByLabel('New text').fill(revised);
    await expectNoSeriousViolations(page, `the filled Update article dialog (${theme})`);
    await update.getByRole('button', { name: 'Update' }).click();
    await expect(update).toBeHidden();
    await expect(page.getByRole('list', { name: 'Annotations that lost their words' })).toBeVisible();
    await expectNoSeriousViolations(page, `the article with lost and to-check annotations (${theme})`);

    await page.getByRole('button', { name: 'Article ▾' }).click();
    await page.getByRole('menuitem', { name: 'Versions…' }).click();
    const versions = page.getByRole('dialog', { name: 'Versions' });
    await expect(versions.locator('ins').first()).toBeVisible();
    await expectNoSeriousViolations(page, `the Versions dialog comparing two versions (${theme})`);
  });
}

test('the dark theme from the system appearance passes axe too', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.ProseMirror .pm-annotation').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the article (system dark)');
});

test('the annotation cards are a labelled list of cards named by kind and words', async ({ app }) => {
  const { page } = app;
  const cards = page.getByRole('list', { name: 'Annotation cards' });
  await expect(cards).toBeVisible();
  await expect(cards.getByRole('listitem', { name: /^Quote: / }).first()).toBeVisible();
  await expect(cards.getByRole('listitem', { name: /^Source: / }).first()).toBeVisible();
  await expect(cards.getByRole('listitem', { name: /^Claim: / }).first()).toBeVisible();
  await expect(cards.getByRole('button', { name: /^Show this quote in the article: Quote/ }).first()).toBeVisible();
});

// Each highlight carries an aria-description naming its kind, read after its words.
test('highlights tell assistive technology what kind they are', async ({ app }) => {
  const { page } = app;
  for (const [kind, label] of [
    ['quote', 'Quote'],
    ['source', 'Source'],
    ['claim', 'Claim'],
  ] as const) {
    const mark = page.locator(`.ProseMirror .pm-annotation-${kind}`).first();
    await expect(mark).toBeVisible();
    const description = await mark.evaluate((m) => m.getAttribute('aria-description') ?? m.getAttribute('title') ?? '');
    expect(description).toContain(label);
  }
});

/** Whether the focused element draws a focus indicator: an outline, or a box-shadow ring for the few that use one. */
async function focusIsVisible(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { what: 'nothing focused', visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
    return { what: `${element.tagName.toLowerCase()} "${label}"`, visible: outline || style.boxShadow !== 'none' };
  });
}

for (const theme of THEMES) {
  test(`the top bar and a dialog work from the keyboard, with a visible focus ring (${theme} theme)`, async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Harbour town votes/);
    await chooseTheme(page, theme);

    // From the top of the page, Tab walks the top bar: each stop shows its focus.
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusIsVisible(page);
      expect(focus.visible, `focus ring on ${focus.what}`).toBe(true);
      stops.push(focus.what);
    }
    test.info().annotations.push({ type: 'tab order', description: stops.join(' → ') });
    expect(
      stops.some((s) => s.includes('Library')),
      stops.join(' → '),
    ).toBe(true);

    // Settings opens from the keyboard, Tab stays in it with a visible ring, Escape closes it and focus comes back.
    const settingsButton = page.getByRole('button', { name: 'Settings' });
    await settingsButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusIsVisible(page);
      expect(focus.visible, `focus ring on ${focus.what} in Settings`).toBe(true);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(settingsButton).toBeFocused();
  });
}
