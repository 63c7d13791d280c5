#!/usr/bin/env node
/**
 * `npm start`: builds the app and opens it in Electron. Where Electron cannot run (its binary
 * could not be downloaded, as on offline machines) it says so in one line and starts the
 * browser host instead, which prints the address to open.
 *
 * Arguments after `--` go to the app: `npm start -- --data-dir ./my-library`.
 * PRESSMARK_NO_ELECTRON=1 skips straight to the browser host.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectron, ensureElectronSqlite, findElectronBinary } from './lib/electron.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('pressmark: the build failed (see above).');
  process.exit(1);
}

const electron = process.env.PRESSMARK_NO_ELECTRON ? { binary: null, reason: 'PRESSMARK_NO_ELECTRON is set' } : locateElectron();
if (electron.binary) {
  const sqlite = ensureElectronSqlite(root, electron.binary);
  if (sqlite.binding) {
    const child = spawn(electron.binary, [root, ...args], {
      stdio: 'inherit',
      env: { ...process.env, PRESSMARK_SQLITE_BINDING: sqlite.binding },
    });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    startBrowserHost(sqlite.reason);
  }
} else {
  startBrowserHost(electron.reason);
}

function locateElectron() {
  const binary = findElectronBinary(root);
  return binary ? { binary, reason: null } : downloadElectron(root);
}

function startBrowserHost(reason) {
  console.log(`Electron cannot run here (${reason}), so Pressmark is starting in your browser instead.`);
  const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'web.js'), ...args], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
