/**
 * The `app` fixture: Pressmark running on a fresh data directory, driven through its real UI.
 *
 * In the browser-host project it starts `node out/main/web.js` and opens the printed address in
 * Chromium; in the electron project (only where an Electron binary exists) it launches the app
 * with _electron.launch. Either way `restart()` ends the process and starts a new one on the same
 * data directory, and any console error or uncaught exception in the renderer fails the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { test as base, chromium, _electron, expect, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, electronBinary } from './environment';
import { nativeBindingPath } from '../../scripts/lib/electron.cjs';

export type AppKind = 'browser' | 'electron';

export interface App {
  readonly page: Page;
  readonly dataDir: string;
  restart(): Promise<void>;
}

interface Running {
  page: Page;
  stop(): Promise<void>;
}

async function startBrowserHost(dataDir: string, browser: Browser, errors: string[]): Promise<Running> {
  const entry = path.join(ROOT, 'out', 'main', 'web.js');
  if (!fs.existsSync(entry)) throw new Error('The app is not built: run `npm run build` before the e2e tests.');
  const host = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  host.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: host.stdout! });
    lines.on('line', (line) => {
      const match = /^Pressmark running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    host.once('exit', (code) => reject(new Error(`The browser host exited (${code}): ${stderr.join('')}`)));
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(url);
  return {
    page,
    stop: async () => {
      await context.close();
      await stopProcess(host);
    },
  };
}

async function startElectron(dataDir: string, errors: string[]): Promise<Running> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [ROOT, '--data-dir', dataDir],
    env: { ...process.env, ...electronSqliteEnv() } as Record<string, string>,
  });
  const page = await app.firstWindow();
  watchErrors(page, errors);
  return { page, stop: () => app.close() };
}

/** Electron needs better-sqlite3 built for its own ABI; the global set-up prepares it (scripts/lib/electron.cjs). */
function electronSqliteEnv(): Record<string, string> {
  const binding = nativeBindingPath(ROOT);
  return fs.existsSync(binding) ? { PRESSMARK_SQLITE_BINDING: binding } : {};
}

function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ appKind: AppKind; app: App }>({
  appKind: ['browser', { option: true }],
  app: async ({ appKind }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressmark-e2e-'));
    const errors: string[] = [];
    const browser = appKind === 'browser' ? await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }) : null;
    const start = () => (browser ? startBrowserHost(dataDir, browser, errors) : startElectron(dataDir, errors));
    let running = await start();
    await use({
      get page() {
        return running.page;
      },
      dataDir,
      restart: async () => {
        await running.stop();
        running = await start();
      },
    });
    await running.stop();
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(errors, 'the renderer logged errors').toEqual([]);
  },
});

export { expect };
