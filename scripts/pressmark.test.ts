/**
 * `npm run pressmark -- …` end to end: the real script builds the command line when needed and
 * runs it, resolving file paths from the folder the user was in.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const fixture = path.resolve(root, '../shared/fixtures/000_16baf4ff779ed96d.txt');

function pressmark(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'pressmark.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm run pressmark', () => {
  it('imports a file named relative to where the user is, lists it and exports it', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pressmark-cli-'));
    fs.copyFileSync(fixture, path.join(work, 'story.txt'));
    const imported = pressmark(work, 'import', 'story.txt', '--data-dir', 'data');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const id = imported.stdout.trim();
    expect(fs.existsSync(path.join(work, 'data', 'pressmark.sqlite'))).toBe(true);
    const listed = pressmark(work, 'list', '--data-dir', 'data');
    expect(JSON.parse(listed.stdout)).toMatchObject({ id, annotationCount: 0 });
    const exported = pressmark(work, 'export', id, '--format', 'csv', '--out', 'out.csv', '--data-dir', 'data');
    expect(exported.status).toBe(0);
    expect(fs.readFileSync(path.join(work, 'out.csv'), 'utf8').startsWith('\uFEFFid,kind')).toBe(true);
    const wrong = pressmark(work, 'export', id, '--data-dir', 'data');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('export needs --format');
  }, 180_000);
});
