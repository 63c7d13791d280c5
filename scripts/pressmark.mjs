#!/usr/bin/env node
/**
 * `npm run pressmark -- …`: runs the command line (out/main/cli.js), building it first when it
 * is missing or older than any source file, so it always runs the code in src/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'out', 'main', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const stale = !fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestSource(path.join(root, 'src'));
if (stale) {
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) {
    console.error('pressmark: the build failed (see above).');
    process.exit(1);
  }
}
// npm runs this in the project folder; INIT_CWD is where the user typed the command.
const env = { ...process.env, PRESSMARK_CWD: process.env.INIT_CWD ?? process.cwd() };
const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
