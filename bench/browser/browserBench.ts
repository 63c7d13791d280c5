/**
 * The renderer's benchmarks, run in headless Chromium: the bench page (page.ts) is bundled with Vite into a temporary
 * folder and served through Playwright's request routing (no server, no network). Every figure is measured against
 * its baseline in the same run, each the median of `runs` runs on fresh pages:
 *
 * - open: the workload's article with all its annotations to the first painted frame with highlights, against a bare
 *   ProseMirror view of the same document (same schema, no plugins);
 * - keystroke_p50 / keystroke_p95: 200 real key presses at seeded caret spots, keydown to the painted frame after
 *   the transaction, against the same presses on the bare view;
 * - open_vs_peer: Pressmark's open against @recogito/text-annotator 4.1.1 drawing the same annotations on the same text;
 * - renderer_heap: the JS heap after opening (after a forced garbage collection), against the bare view.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { figure, type Bench, type BenchFigure, type BenchOptions } from '../benchTypes';
import { median, percentile } from '../stats';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from '../../src/main/export/findChromium';
import type { BenchPage, OpenMode } from './page';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const FIXTURE = path.resolve(root, '..', 'shared', 'fixtures', '000_16baf4ff779ed96d.txt');
const ORIGIN = 'http://pressmark-bench.invalid';
const KEY_PRESSES = 200;
const SEED = 1;

declare global {
  interface Window {
    bench: BenchPage;
  }
}

/** Bundles the bench page into a fresh temporary folder and returns that folder. */
async function buildPage(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressmark-bench-'));
  await build({
    root: here,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
    },
  });
  return outDir;
}

interface Session {
  browser: Browser;
  outDir: string;
  fixture: string;
  options: BenchOptions;
}

/** A fresh page with the bench loaded and the workload built. */
async function freshPage(session: Session): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const file = path.join(session.outDir, decodeURIComponent(new URL(route.request().url()).pathname));
    if (!file.startsWith(session.outDir) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench page: ${error.message}`));
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => window.bench?.ready === true);
  const { targetChars, annotations } = session.options;
  await page.evaluate(([fixture, options]) => window.bench.setup(fixture, options), [
    session.fixture,
    { targetChars, annotations, seed: SEED },
  ] as const);
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Opens the article on a fresh page: milliseconds to the painted frame, and the heap afterwards. */
async function openOnce(session: Session, mode: OpenMode): Promise<{ ms: number; heap: number }> {
  const page = await freshPage(session);
  try {
    const ms = await page.evaluate((m) => window.bench.open(m), mode);
    const heap = await heapMB(page);
    return { ms, heap };
  } finally {
    await closePage(page);
  }
}

async function openPeerOnce(session: Session): Promise<number> {
  const page = await freshPage(session);
  try {
    return await page.evaluate(() => window.bench.openPeer());
  } finally {
    await closePage(page);
  }
}

/** KEY_PRESSES key presses at seeded caret spots on a fresh page: each one's milliseconds. */
async function keystrokes(session: Session, mode: OpenMode): Promise<number[]> {
  const page = await freshPage(session);
  try {
    await page.evaluate((m) => window.bench.open(m), mode);
    const samples: number[] = [];
    for (let i = 0; i < KEY_PRESSES; i++) {
      await page.evaluate((n) => window.bench.placeCaret(n), i);
      await page.evaluate(() => window.bench.armKey());
      await page.keyboard.press('x');
      samples.push(await page.evaluate(() => window.bench.keyTime()));
    }
    return samples;
  } finally {
    await closePage(page);
  }
}

export const benchBrowser: Bench = async (options) => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found for the browser benchmark (set PRESSMARK_CHROMIUM).');
  if (!fs.existsSync(FIXTURE)) throw new Error(`The workload fixture is missing: ${FIXTURE}`);
  const outDir = await buildPage();
  const browser = await chromium.launch({ executablePath, args: HEADLESS_CHROMIUM_ARGS });
  const session: Session = { browser, outDir, fixture: fs.readFileSync(FIXTURE, 'utf8'), options };
  try {
    const open = { pressmark: [] as number[], bare: [] as number[], peer: [] as number[] };
    const heap = { pressmark: [] as number[], bare: [] as number[] };
    const keys = { p50: { pressmark: [] as number[], bare: [] as number[] }, p95: { pressmark: [] as number[], bare: [] as number[] } };
    for (let run = 0; run < options.runs; run++) {
      // Which of the pair goes first alternates from run to run, so a browser that slows down (or warms up) as the
      // run goes on weighs on both sides alike.
      const order: OpenMode[] = run % 2 === 0 ? ['bare', 'pressmark'] : ['pressmark', 'bare'];
      for (const mode of order) {
        const result = await openOnce(session, mode);
        open[mode].push(result.ms);
        heap[mode].push(result.heap);
      }
      open.peer.push(await openPeerOnce(session));
      for (const mode of order) {
        const samples = await keystrokes(session, mode);
        keys.p50[mode].push(percentile(samples, 50));
        keys.p95[mode].push(percentile(samples, 95));
      }
    }
    const scale = `${options.annotations} annotations, ${Math.round(options.targetChars / 1000)} KB`;
    const figures: BenchFigure[] = [
      figure({
        name: 'open',
        value: median(open.pressmark),
        baseline: median(open.bare),
        target: 1.5,
        targetOn: 'ratio',
        unit: 'ms',
        note: `Article with ${scale} to the first painted frame; baseline: a bare ProseMirror view of the same document.`,
      }),
      ...(['p50', 'p95'] as const).map((p) =>
        figure({
          name: `keystroke_${p}`,
          value: median(keys[p].pressmark),
          baseline: median(keys[p].bare),
          target: 1.2,
          targetOn: 'ratio',
          unit: 'ms',
          note: `${KEY_PRESSES} key presses at seeded caret spots (${scale}), keydown to the painted frame; baseline: bare ProseMirror.`,
        }),
      ),
      figure({
        name: 'open_vs_peer',
        value: median(open.pressmark),
        baseline: median(open.peer),
        target: 0.05,
        targetOn: 'ratio',
        unit: 'ms',
        note: `Baseline: @recogito/text-annotator 4.1.1 drawing the same ${scale} (setAnnotations, to painted highlights).`,
      }),
      figure({
        name: 'renderer_heap',
        value: median(heap.pressmark),
        baseline: median(heap.bare),
        target: 2,
        targetOn: 'ratio',
        unit: 'MB',
        note: `JS heap after opening (${scale}) and a forced GC; baseline: bare ProseMirror with the same workload in memory.`,
      }),
    ];
    return figures;
  } finally {
    await browser.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
};
