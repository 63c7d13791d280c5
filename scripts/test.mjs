#!/usr/bin/env node
/**
 * `npm test`: every check, in order — lint, typecheck, unit tests (Vitest), the benchmarks in tiny mode, build,
 * end-to-end tests (Playwright) — then one line adding up every runner: `tests: N passed, N failed`.
 * Lint, typecheck and build count as one test each; Vitest and Playwright count their tests; the tiny bench
 * counts one per figure it produced.
 * The totals are also written to test-results/summary.json (read by .ci/run).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
fs.mkdirSync(results, { recursive: true });

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const single = (status) => (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

const steps = [
  { name: 'lint', command: [bin('eslint'), '.'], count: single },
  {
    name: 'typecheck',
    command: [process.execPath, path.join(root, 'scripts', 'typecheck.mjs')],
    count: single,
  },
  {
    name: 'unit',
    command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest.json')}`],
    before: () => fs.rmSync(path.join(results, 'vitest.json'), { force: true }),
    count: (status) => {
      const report = readJson(path.join(results, 'vitest.json'));
      if (!report) return { passed: 0, failed: 1 };
      return { passed: report.numPassedTests, failed: report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0) };
    },
  },
  {
    // The benchmarks in their tiny mode (300 annotations, one run, targets not judged), so they never rot:
    // one test per figure produced, one failure per expected figure missing or for a crash.
    name: 'bench (tiny)',
    command: [bin('tsx'), path.join(root, 'scripts', 'bench.ts'), '--tiny', '--out', path.join(results, 'bench-tiny.json')],
    before: () => fs.rmSync(path.join(results, 'bench-tiny.json'), { force: true }),
    count: (status) => {
      const figures = readJson(path.join(results, 'bench-tiny.json'));
      if (!figures) return { passed: 0, failed: 1 };
      const produced = Object.values(figures).filter((f) => Number.isFinite(f.value) && Number.isFinite(f.baseline)).length;
      const missing = Object.keys(figures).length - produced;
      return { passed: produced, failed: missing + (status !== 0 ? 1 : 0) };
    },
  },
  { name: 'build', command: [bin('electron-vite'), 'build'], count: single },
  {
    name: 'e2e',
    needs: 'build',
    command: [bin('playwright'), 'test'],
    before: () => fs.rmSync(path.join(results, 'playwright.json'), { force: true }),
    count: (status) => {
      const report = readJson(path.join(results, 'playwright.json'));
      if (!report?.stats) return { passed: 0, failed: 1 };
      const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
      const errors = report.errors?.length ?? 0;
      return { passed: expected + flaky, failed: unexpected + errors + (status !== 0 && unexpected + errors === 0 ? 1 : 0) };
    },
  },
];

const outcome = {};
for (const step of steps) {
  if (step.needs && outcome[step.needs]?.failed) {
    console.log(`\n── ${step.name}: skipped because ${step.needs} failed`);
    outcome[step.name] = { passed: 0, failed: 1 };
    continue;
  }
  console.log(`\n── ${step.name}`);
  step.before?.();
  const [command, ...args] = step.command;
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  outcome[step.name] = step.count(run.status ?? 1);
  console.log(`── ${step.name}: ${outcome[step.name].passed} passed, ${outcome[step.name].failed} failed`);
}

const passed = Object.values(outcome).reduce((sum, o) => sum + o.passed, 0);
const failed = Object.values(outcome).reduce((sum, o) => sum + o.failed, 0);
fs.writeFileSync(path.join(results, 'summary.json'), JSON.stringify({ passed, failed, steps: outcome }, null, 2));
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
