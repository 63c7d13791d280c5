/**
 * Files in end-to-end tests: dropping files onto the window as a drag from the desktop would,
 * and reading downloads back.
 */
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';

export interface DroppedFile {
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/** Drags the files over the window and drops them, with the events a real drag fires. */
export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const payload = files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: file.bytes.toString('base64') }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], item.name, { type: item.mimeType }));
    }
    return data;
  }, payload);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('body', type, { dataTransfer: transfer });
  }
}

/** Chooses an Export menu entry and returns the downloaded file's name and bytes. */
export async function exportAs(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: label }).click();
  const download: Download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(path) };
}
