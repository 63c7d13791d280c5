/**
 * `npm start` where Electron cannot run: one clear line, then the browser host's address.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { downloadElectron, findElectronBinary } from './lib/electron.cjs';

const root = path.resolve(__dirname, '..');

describe('finding Electron', () => {
  it('reports no binary, and why, for an electron package whose download never happened', () => {
    const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'pressmark-noelectron-'));
    fs.mkdirSync(path.join(fake, 'node_modules', 'electron'), { recursive: true });
    expect(findElectronBinary(fake)).toBeNull();
    expect(downloadElectron(fake)).toEqual({ binary: null, reason: 'the electron package is not installed' });
  });
});

describe('npm start without Electron', () => {
  it('says so in one line and starts the browser host on the sample article', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressmark-start-'));
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--data-dir', dataDir, '--port', '0'], {
      cwd: root,
      env: { ...process.env, PRESSMARK_NO_ELECTRON: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after 60 s: ${lines.join('\n')}`)), 60_000);
        readline.createInterface({ input: child.stdout! }).on('line', (line) => {
          lines.push(line);
          const match = /^Pressmark running at (http:\/\/127\.0\.0\.1:\d+\/)#token=\S+$/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${lines.join('\n')}`)));
      });
      expect(lines.filter((line) => line.startsWith('Electron cannot run here'))).toEqual([
        'Electron cannot run here (PRESSMARK_NO_ELECTRON is set), so Pressmark is starting in your browser instead.',
      ]);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Pressmark</title>');
      expect(fs.existsSync(path.join(dataDir, 'pressmark.sqlite'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
