/**
 * Finding Electron and giving it a better-sqlite3 it can load.
 *
 * better-sqlite3 is a native addon: node_modules holds a build for Node's ABI (what tests, the
 * command line and the browser host use). Electron has its own ABI, so it gets a second build in
 * .cache/electron-native/, passed to the app through PRESSMARK_SQLITE_BINDING. That build is
 * verified by loading it inside Electron itself (ELECTRON_RUN_AS_NODE): a rebuild that "succeeds"
 * against Node's headers (npm's nodedir setting does that silently) is caught there, not trusted.
 */
'use strict';
// CommonJS so both the ES-module scripts and Playwright's CommonJS-compiled specs can load it.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function electronPackageDir(root) {
  return path.join(root, 'node_modules', 'electron');
}

/** The Electron executable if it has been downloaded; never triggers a download itself. */
function findElectronBinary(root) {
  const dir = electronPackageDir(root);
  try {
    const relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const binary = path.join(dir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Tries Electron's own downloader once. Returns the binary, or null with the reason. */
function downloadElectron(root, { timeoutMs = 10 * 60_000 } = {}) {
  const installer = path.join(electronPackageDir(root), 'install.js');
  if (!fs.existsSync(installer)) return { binary: null, reason: 'the electron package is not installed' };
  const result = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: timeoutMs });
  const binary = findElectronBinary(root);
  if (binary) return { binary, reason: null };
  const detail = `${result.stderr ?? ''}${result.stdout ?? ''}`
    .split('\n')
    .find((line) => /error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|fetch failed/i.test(line));
  const why = result.error?.message ?? detail?.trim();
  return { binary: null, reason: `its binary could not be downloaded${why ? `: ${why}` : ''}` };
}

function nativeBindingPath(root) {
  return path.join(root, '.cache', 'electron-native', 'better_sqlite3.node');
}

/** True if Electron itself can load the binding (the only trustworthy check of its ABI). */
function electronCanLoad(electronBinary, bindingPath) {
  if (!fs.existsSync(bindingPath)) return false;
  const result = spawnSync(electronBinary, ['-e', `require(${JSON.stringify(bindingPath)})`], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return result.status === 0;
}

/**
 * Makes .cache/electron-native/better_sqlite3.node for this Electron: a prebuilt binary for
 * Electron's ABI if one can be fetched, else a compile against Electron's headers.
 * Returns { binding } or { binding: null, reason }.
 */
function ensureElectronSqlite(root, electronBinary, log = console.log) {
  const target = nativeBindingPath(root);
  if (electronCanLoad(electronBinary, target)) return { binding: target, reason: null };

  const electronVersion = require(path.join(electronPackageDir(root), 'package.json')).version;
  const source = path.dirname(require.resolve('better-sqlite3/package.json', { paths: [root] }));
  const work = path.join(root, '.cache', 'electron-native', 'build');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(source, work, {
    recursive: true,
    filter: (file) => !file.includes(`${path.sep}build${path.sep}`) && !file.endsWith(`${path.sep}build`),
  });
  // npm's nodedir setting would point node-gyp at Node's headers: exactly the wrong ABI.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)),
  );
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');

  log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
  const attempts = [
    () =>
      runNode(
        require.resolve('prebuild-install/bin.js', { paths: [source, root] }),
        ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch],
        work,
        env,
      ),
    () =>
      runNode(
        nodeGypScript(),
        ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
        work,
        {
          ...env,
          npm_config_runtime: 'electron',
        },
      ),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      continue;
    }
    if (electronCanLoad(electronBinary, built)) {
      fs.copyFileSync(built, target);
      return { binding: target, reason: null };
    }
  }
  return {
    binding: null,
    reason: `better-sqlite3 could not be built for Electron ${electronVersion} (no prebuilt binary and no Electron headers could be fetched)`,
  };
}

function nodeGypScript() {
  if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
  return path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
}

function runNode(script, args, cwd, env) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, env, stdio: 'inherit', timeout: 15 * 60_000 });
  if (result.status !== 0) throw new Error(`${path.basename(script)} failed`);
}

module.exports = { electronPackageDir, findElectronBinary, downloadElectron, nativeBindingPath, electronCanLoad, ensureElectronSqlite };
