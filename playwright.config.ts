import { defineConfig } from '@playwright/test';
import { electronBinary } from './e2e/support/environment';

/**
 * The same specs run against the browser host (always, in Chromium) and against Electron
 * (where an Electron binary exists; it cannot be downloaded on every machine).
 */
export default defineConfig<{ appKind: 'browser' | 'electron' }>({
  testDir: 'e2e',
  globalSetup: './e2e/support/globalSetup.ts',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure', actionTimeout: 15_000, navigationTimeout: 20_000 },
  projects: [
    { name: 'browser-host', use: { appKind: 'browser' } },
    ...(electronBinary() ? [{ name: 'electron', use: { appKind: 'electron' as const } }] : []),
  ],
});
