/**
 * The built background worker (out/main/worker.js) for benchmarks that run the services from TypeScript
 * sources under tsx, where the services would otherwise run imports and exports inline (there is no
 * worker.js beside a .ts file). Builds the app with electron-vite first when the worker is missing or
 * older than any file under src/main or src/shared, as scripts/pressmark.mjs does for the command line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './benchSetup';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function builtWorkerScript(): string {
  const worker = path.join(ROOT, 'out', 'main', 'worker.js');
  const sources = Math.max(newestSource(path.join(ROOT, 'src', 'main')), newestSource(path.join(ROOT, 'src', 'shared')));
  if (!fs.existsSync(worker) || fs.statSync(worker).mtimeMs < sources) {
    const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0 || !fs.existsSync(worker)) throw new Error('The build of out/main/worker.js failed (see above).');
  }
  return worker;
}
