/**
 * Where the e2e suite finds what it runs: the built app, a Chromium, and (if this machine has
 * one) an Electron binary. Nothing here downloads anything.
 */
import path from 'node:path';
import { findElectronBinary } from '../../scripts/lib/electron.cjs';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURE = path.resolve(ROOT, '../shared/fixtures/000_16baf4ff779ed96d.txt');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** Debian's Chromium by default; PRESSMARK_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.PRESSMARK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Electron executable if it was downloaded, without triggering a download (require('electron') would). */
export function electronBinary(): string | null {
  return findElectronBinary(ROOT);
}
