/**
 * Printing the HTML report to PDF. Electron prints with its own webContents.printToPDF (see
 * src/main/electron/electronPdf.ts); elsewhere a headless Chromium does it through
 * playwright-core, with JavaScript off and every network request refused, so the report is
 * printed exactly as the self-contained file reads.
 */
import { chromium } from 'playwright-core';
import { ApiError } from '../../shared/contract/errors';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from './findChromium';

export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export const PDF_MARGINS = { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' };

export function chromiumPdfRenderer(executablePath: string | null = findChromium()): PdfRenderer {
  return async (html) => {
    if (!executablePath) {
      throw new ApiError(
        'unavailable',
        'PDF export needs Chrome, Chromium or Edge, and none was found on this computer. Install one, or set PRESSMARK_CHROMIUM to its path.',
      );
    }
    const browser = await chromium.launch({ executablePath, args: [...HEADLESS_CHROMIUM_ARGS, '--disable-extensions'], headless: true });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: PDF_MARGINS });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}
