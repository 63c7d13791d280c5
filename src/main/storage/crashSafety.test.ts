/**
 * Crash safety: the real services run in a child process (src/test/crashChild.ts) that writes
 * annotations and prints `ack <id>` after each commit; the test SIGKILLs it at a random moment —
 * mostly mid-write, some during start-up — then reopens the library with the current code:
 * `PRAGMA integrity_check` must say ok and every acknowledged annotation must be there.
 *
 * CRASH_TRIALS (default 20) sets the number of kills, CRASH_SEED the random seed (printed on failure),
 * CRASH_LANES (default 1, so the other test files keep their CPU) how many children run side by side.
 * Each lane has its own data directory that every trial of the lane reopens, so damage would
 * accumulate rather than be wiped by a fresh directory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { buildSync } from 'esbuild';
import { openDatabase } from './database';
import { listBackups, backupsDir } from './backups';
import { tempDir } from '../../test/testServices';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 20);
const SEED = Number(process.env.CRASH_SEED ?? 20260503);
const LANES = Number(process.env.CRASH_LANES ?? 1);
const ROOT = path.resolve(__dirname, '../../..');
const RESOURCES = path.join(ROOT, 'resources');

/** mulberry32: a small seeded generator, so a failing run can be replayed with CRASH_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Trial {
  acked: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
  killedAt: string;
}

let bundle = '';

/** Bundles the child with esbuild (what tsx compiles with): the same sources, started twice as fast as through tsx's loader. */
beforeAll(() => {
  const out = tempDir('pressmark-crash-child-');
  bundle = path.join(out, 'crashChild.cjs');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/test/crashChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: bundle,
    logLevel: 'error',
  });
});

afterAll(() => {
  if (bundle) fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
});

function runTrial(dataDir: string, next: () => number): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, RESOURCES], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
    let stdout = '';
    let stderr = '';
    let killedAt = '';
    const kill = (when: string) => {
      if (killedAt) return;
      killedAt = when;
      child.kill('SIGKILL');
    };
    // One trial in five dies during start-up (opening, checking, backing up); the rest mid-write.
    const duringStartup = next() < 0.2;
    const delay = Math.round(next() * (duringStartup ? 2500 : 600));
    if (duringStartup) setTimeout(() => kill(`${delay} ms after spawn`), delay);
    const guard = setTimeout(() => kill('timeout'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const first = !stdout.includes('ready ');
      stdout += chunk;
      if (first && stdout.includes('ready ') && !duringStartup) setTimeout(() => kill(`${delay} ms after ready`), delay);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      // Only whole lines count: a line cut by the kill was never fully acknowledged.
      const acked = [...stdout.matchAll(/^ack ([0-9a-f-]{36})\n/gm)].map((match) => match[1] as string);
      resolve({ acked, signal, stderr, killedAt });
    });
  });
}

/** Reopens the library with the current code and checks it: integrity, and every acknowledged annotation. */
function verify(dataDir: string, acked: readonly string[]): { missing: string[]; integrity: string } {
  const db = openDatabase({ dataDir });
  try {
    const integrity = (db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .join('; ');
    const has = db.prepare('SELECT 1 FROM annotations WHERE id = ?').pluck();
    return { integrity, missing: acked.filter((id) => has.get(id) === undefined) };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged annotation and an intact database through ${TRIALS} SIGKILLs`, { timeout: 15 * 60_000 }, async () => {
    const lanes = Array.from({ length: LANES }, () => ({ dataDir: tempDir('pressmark-crash-'), acked: [] as string[] }));
    const perLane = Math.ceil(TRIALS / LANES);
    const log: string[] = [];
    let killedMidWrite = 0;
    const started = Date.now();

    await Promise.all(
      lanes.map(async (lane, laneIndex) => {
        const next = random(SEED + laneIndex);
        for (let trial = 0; trial < perLane && laneIndex + trial * LANES < TRIALS; trial++) {
          const result = await runTrial(lane.dataDir, next);
          const context = `seed ${SEED}, lane ${laneIndex}, trial ${trial}, killed ${result.killedAt}`;
          expect(result.signal, `${context}: the child died by itself:\n${result.stderr}`).toBe('SIGKILL');
          expect(result.killedAt, context).not.toBe('timeout');
          lane.acked.push(...result.acked);
          if (result.acked.length) killedMidWrite++;
          const { integrity, missing } = verify(lane.dataDir, lane.acked);
          expect(integrity, context).toBe('ok');
          expect(missing, `${context}: acknowledged annotations lost`).toEqual([]);
          log.push(`${context}: ${result.acked.length} acks`);
        }
      }),
    );

    for (const lane of lanes) {
      // Nothing was ever mistaken for damage and set aside, and every backup listed is whole.
      expect(fs.readdirSync(lane.dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
      for (const backup of listBackups(lane.dataDir)) {
        const copy = new BetterSqlite3(path.join(backupsDir(lane.dataDir), backup.fileName), { readonly: true });
        expect(copy.pragma('quick_check', { simple: true }), backup.fileName).toBe('ok');
        copy.close();
      }
    }
    const totalAcks = lanes.reduce((sum, lane) => sum + lane.acked.length, 0);
    expect(killedMidWrite, log.join('\n')).toBeGreaterThanOrEqual(Math.floor(TRIALS / 2));
    console.log(`crash safety: ${TRIALS} kills (seed ${SEED}), ${totalAcks} acknowledged annotations kept, ${Date.now() - started} ms`);
  });
});
