/**
 * Where the e2e suite finds what it runs: the built app, a Chromium, and (if this machine has
 * one) an Electron binary. Nothing here downloads anything.
 */
import path from 'node:path';
import { findElectronBinary } from '../../scripts/lib/electron.cjs';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from '../../src/main/export/findChromium';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURE = path.resolve(ROOT, '../shared/fixtures/000_16baf4ff779ed96d.txt');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** The Chromium the app itself would print PDFs with (PRESSMARK_CHROMIUM, else Debian's and the usual places). */
export const CHROMIUM = findChromium() ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = HEADLESS_CHROMIUM_ARGS;

/** The Electron executable if it was downloaded, without triggering a download (require('electron') would). */
export function electronBinary(): string | null {
  return findElectronBinary(ROOT);
}
