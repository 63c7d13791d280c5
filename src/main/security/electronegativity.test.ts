/**
 * Electron security held by tooling: Doyensec's Electronegativity scans every file under src/ and
 * the test fails on any finding that security/electronegativity-allowlist.json does not explain
 * (matched by check and file, each with a reason), on any file it could not parse, and on any
 * allow-list entry that no longer matches a finding (so the list never hides a fixed problem).
 * The scan runs offline: the tool's network look-ups (translations, Electron releases) are stubbed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ALLOWLIST_PATH = path.join(ROOT, 'security', 'electronegativity-allowlist.json');

interface AllowedFinding {
  check: string;
  file: string;
  reason: string;
}
interface Allowlist {
  excludedChecks: Array<{ check: string; reason: string }>;
  findings: AllowedFinding[];
}
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}
interface ScanResult {
  atomicChecks: number;
  globalChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Issue[];
}
type Electronegativity = (options: Record<string, unknown>) => Promise<ScanResult>;

/** Loads the tool with `got` (its only network client) replaced by one that fails at once, as with no connection. */
function loadOffline(): Electronegativity {
  const requireFromTool = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'));
  const gotPath = requireFromTool.resolve('got');
  const offline = Object.assign(() => Promise.reject(new Error('offline')), { head: () => Promise.reject(new Error('offline')) });
  requireFromTool.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  return requireFromTool('@doyensec/electronegativity') as Electronegativity;
}

function electronVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  return (pkg.devDependencies.electron ?? '').replace(/^[^\d]*/, '');
}

const explains = (entry: AllowedFinding, issue: Issue) => entry.check === issue.id && entry.file === issue.file.split(path.sep).join('/');

describe('Electronegativity over src/', () => {
  const allowlist = JSON.parse(fs.readFileSync(ALLOWLIST_PATH, 'utf8')) as Allowlist;

  it('gives a reason for every allowed finding and every excluded check', () => {
    for (const entry of [...allowlist.findings, ...allowlist.excludedChecks]) expect(entry.reason.trim().length).toBeGreaterThan(20);
  });

  it('finds nothing the allow-list does not explain, parses every file, and the allow-list has no stale entry', async () => {
    const log = console.log;
    console.log = () => undefined; // the tool reports its (stubbed) failed downloads on the console
    let result: ScanResult;
    try {
      result = await loadOffline()({
        input: path.join(ROOT, 'src'),
        isRelative: true,
        electronVersionOverride: electronVersion(),
        excludeFromScan: allowlist.excludedChecks.map((c) => c.check),
      });
    } finally {
      console.log = log;
    }
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    const unexplained = result.issues
      .filter((issue) => !allowlist.findings.some((entry) => explains(entry, issue)))
      .map((i) => `${i.id} at ${i.file}:${i.location.line}:${i.location.column} (${i.description})`);
    expect(unexplained, 'fix these, or explain them in security/electronegativity-allowlist.json').toEqual([]);
    const stale = allowlist.findings.filter((entry) => !result.issues.some((issue) => explains(entry, issue)));
    expect(stale, 'these allow-list entries match no finding any more: remove them').toEqual([]);
  }, 180_000);
});
