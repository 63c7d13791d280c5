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
  /** Stops the app, runs `whileStopped` (e.g. to damage its files), and starts it again. */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  /** Runs a script in every page before the app's own, now (after a reload) and after every restart. */
  addInitScript(script: () => void): Promise<void>;
  /** Messages of dialogs (alert, confirm…) the page opened; each is dismissed. */
  readonly dialogs: string[];
}

interface Running {
  page: Page;
  stop(): Promise<void>;
}

interface PageSetup {
  errors: string[];
  dialogs: string[];
  initScripts: Array<() => void>;
}

async function preparePage(page: Page, setup: PageSetup): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') setup.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => setup.errors.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    setup.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const script of setup.initScripts) await page.addInitScript(script);
}

async function startBrowserHost(dataDir: string, browser: Browser, setup: PageSetup): Promise<Running> {
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
  await preparePage(page, setup);
  await page.goto(url);
  return {
    page,
    stop: async () => {
      await context.close();
      await stopProcess(host);
    },
  };
}

async function startElectron(dataDir: string, setup: PageSetup): Promise<Running> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [ROOT, '--data-dir', dataDir],
    env: { ...process.env, ...electronSqliteEnv() } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await preparePage(page, setup);
  if (setup.initScripts.length > 0) await page.reload();
  return { page, stop: () => app.close() };
}

/** Electron needs better-sqlite3 built for its own ABI; the global set-up prepares it (scripts/lib/electron.cjs). */
function electronSqliteEnv(): Record<string, string> {
  const binding = nativeBindingPath(ROOT);
  return fs.existsSync(binding) ? { PRESSMARK_SQLITE_BINDING: binding } : {};
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
    const setup: PageSetup = { errors: [], dialogs: [], initScripts: [] };
    const browser = appKind === 'browser' ? await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }) : null;
    const start = () => (browser ? startBrowserHost(dataDir, browser, setup) : startElectron(dataDir, setup));
    let running = await start();
    await use({
      get page() {
        return running.page;
      },
      dataDir,
      dialogs: setup.dialogs,
      restart: async (whileStopped) => {
        await running.stop();
        await whileStopped?.();
        running = await start();
      },
      addInitScript: async (script) => {
        setup.initScripts.push(script);
        await running.page.addInitScript(script);
        await running.page.reload();
      },
    });
    await running.stop();
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(setup.errors, 'the renderer logged errors').toEqual([]);
  },
});

export { expect };
