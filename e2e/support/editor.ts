/**
 * Helpers that act on the article editor the way a person does: select words, put the caret
 * somewhere, read what is highlighted.
 */
import type { Locator, Page } from '@playwright/test';

/** The article editor (not the "New from pasted text" dialog's textarea, which shares its label). */
export function editor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Article text' }).and(page.locator('.ProseMirror'));
}

/**
 * Selects the given words in the editor (the first occurrence, or the nth), as a mouse drag
 * would: a DOM selection that ProseMirror reads back into its state.
 */
export async function selectText(page: Page, words: string, occurrence = 0): Promise<void> {
  await editor(page).focus();
  const found = await page.evaluate(
    ({ words, occurrence }) => {
      const root = document.querySelector('.ProseMirror') as HTMLElement;
      for (const block of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li'))) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const text = nodes.map((n) => n.data).join('');
        let at = -1;
        while ((at = text.indexOf(words, at + 1)) !== -1) {
          if (occurrence-- > 0) continue;
          const locate = (offset: number, preferEnd: boolean): [Text, number] => {
            let seen = 0;
            for (const node of nodes) {
              const end = seen + node.data.length;
              if (offset < end || (preferEnd && offset === end)) return [node, offset - seen];
              seen = end;
            }
            const last = nodes[nodes.length - 1] as Text;
            return [last, last.data.length];
          };
          const range = document.createRange();
          range.setStart(...locate(at, false));
          range.setEnd(...locate(at + words.length, true));
          const selection = window.getSelection() as Selection;
          selection.removeAllRanges();
          selection.addRange(range);
          // The browser's own selectionchange event comes in a later task, and on a busy machine a key pressed
          // straight after can arrive first, acting on ProseMirror's old selection. Telling it now makes it read
          // the selection before this call returns (the real event then finds nothing new).
          document.dispatchEvent(new Event('selectionchange'));
          return true;
        }
      }
      return false;
    },
    { words, occurrence },
  );
  if (!found) throw new Error(`"${words}" is not in the article`);
  await page.waitForFunction((w) => window.getSelection()?.toString() === w, words);
}

/** Puts the caret just before the given words. */
export async function placeCaretBefore(page: Page, words: string): Promise<void> {
  await selectText(page, words);
  await page.evaluate(() => window.getSelection()?.collapseToStart());
}

/** The text of each highlighted run of one kind, joined per annotation as the reader sees it. */
export async function highlightedText(page: Page, kind: 'quote' | 'source' | 'claim'): Promise<string> {
  return page.locator(`.ProseMirror .pm-annotation-${kind}`).evaluateAll((spans) => spans.map((s) => s.textContent).join(''));
}

/** Opens an annotation's card in the sidebar (as a click on its excerpt does) and returns it. */
export async function openCard(page: Page, kind: 'Quote' | 'Source' | 'Claim', startsWith = ''): Promise<Locator> {
  const card = page.getByRole('listitem', { name: new RegExp(`^${kind}: ${escapeRegExp(startsWith)}`) });
  if ((await card.getAttribute('aria-current')) !== 'true') {
    await card.getByRole('button', { name: `Show this ${kind.toLowerCase()} in the article` }).click();
  }
  return card;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** From the library or an open article: "New from pasted text" with `text`, created and opened in the editor. */
export async function newArticleFromText(page: Page, text: string): Promise<void> {
  // Wait until either screen is up, then leave the article if one is open.
  await page
    .getByRole('button', { name: /^(← Library|New from pasted text)$/ })
    .first()
    .waitFor();
  const back = page.getByRole('button', { name: '← Library' });
  if ((await back.count()) > 0) await back.click();
  await page.getByRole('button', { name: 'New from pasted text' }).click();
  await page.getByRole('dialog').getByLabel('Article text').fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Create document' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
