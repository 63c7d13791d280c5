/**
 * Opening the library at start-up, safely:
 * - before anything else, the file is checked (`PRAGMA quick_check`: every page read, cheaper than
 *   integrity_check's index cross-checks) and, if a migration is due, snapshotted into backups/;
 * - a library SQLite cannot read (not a database, damaged pages) is moved aside, with its -wal and
 *   -shm, to `pressmark.damaged-<time>.sqlite` — never overwritten, never deleted — and a fresh,
 *   empty library is opened in its place, so the app starts and can offer the latest backup.
 * Anything else (a library from a newer Pressmark, a full disk, no permission) is not damage: it is
 * thrown as before and the file is left exactly where it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DATABASE_FILE_NAME, openDatabase } from './database';
import { schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { pruneBackups, removePartialBackups, snapshotNow } from './backups';
import { removeRestoreLeftovers } from './restoreBackup';

export interface OpenLibraryOptions {
  dataDir: string;
  nativeBinding?: string;
  /** The current time, ISO 8601 (names the backup and the moved-aside file). */
  now: () => string;
}

export interface DamagedLibrary {
  /** Where the unreadable file now is. */
  keptAt: string;
  /** What SQLite said about it. */
  problem: string;
}

export interface OpenedLibrary {
  db: Database;
  /** Set when the library could not be read and was replaced by an empty one. */
  damaged: DamagedLibrary | null;
}

export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError';
}

export function openLibrary(options: OpenLibraryOptions): OpenedLibrary {
  const { dataDir, nativeBinding } = options;
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  removePartialBackups(dataDir);
  removeRestoreLeftovers(dataDir);
  try {
    if (fs.existsSync(file)) checkAndBackUp(file, options);
    return { db: openDatabase({ dataDir, ...(nativeBinding ? { nativeBinding } : {}) }), damaged: null };
  } catch (error) {
    if (!isDamage(error)) throw error;
    const keptAt = moveAside(file, options.now());
    const db = openDatabase({ dataDir, ...(nativeBinding ? { nativeBinding } : {}) });
    return { db, damaged: { keptAt, problem: error instanceof Error ? error.message : String(error) } };
  }
}

/** True for the errors that mean "this file is not a readable database", as opposed to "cannot be used right now". */
export function isDamage(error: unknown): boolean {
  if (error instanceof DamagedDatabaseError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

function checkAndBackUp(file: string, { dataDir, nativeBinding, now }: OpenLibraryOptions): void {
  const db = new BetterSqlite3(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const problems = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
    const found = problems.map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (found.length) throw new DamagedDatabaseError(`The library file is damaged: ${found.join('; ').slice(0, 500)}`);
    const version = schemaVersion(db);
    if (version > 0 && version < LATEST_SCHEMA_VERSION) {
      snapshotNow(db, dataDir, now(), 'migration');
      pruneBackups(dataDir);
    }
  } finally {
    db.close();
  }
}

/** Renames the file and its -wal/-shm to a name nothing has, keeping them together so SQLite can still open the pair. */
function moveAside(file: string, at: string): string {
  const stamp = at.replace(/[:.]/g, '-');
  const dir = path.dirname(file);
  let target = '';
  for (let n = 1; ; n++) {
    target = path.join(dir, `pressmark.damaged-${stamp}${n > 1 ? `-${n}` : ''}.sqlite`);
    if (!['', '-wal', '-shm'].some((suffix) => fs.existsSync(target + suffix))) break;
  }
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
