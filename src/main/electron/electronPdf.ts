/**
 * PDF printing inside Electron: the report HTML is loaded into a hidden, script-less window and
 * printed with webContents.printToPDF. It goes through a temporary file because large reports
 * exceed what a data: URL may carry.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import type { PdfRenderer } from '../export/pdfRenderer';

const MM_PER_INCH = 25.4;

export const electronPdfRenderer: PdfRenderer = async (html) => {
  const file = path.join(os.tmpdir(), `pressmark-report-${randomUUID()}.html`);
  fs.writeFileSync(file, html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  });
  try {
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      margins: { top: 18 / MM_PER_INCH, bottom: 18 / MM_PER_INCH, left: 16 / MM_PER_INCH, right: 16 / MM_PER_INCH },
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    fs.rmSync(file, { force: true });
  }
};
