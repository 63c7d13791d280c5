/**
 * Opens Pressmark's one SQLite database file and brings its schema up to date.
 *
 * WAL for concurrent readers with one writer, foreign keys enforced, and synchronous=FULL so a
 * committed annotation survives a power cut, not just a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate';

export const DATABASE_FILE_NAME = 'pressmark.sqlite';

export interface OpenDatabaseOptions {
  /** Directory holding the database file; created if missing. */
  dataDir: string;
  /** Path to a better-sqlite3 binary built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

export function openDatabase({ dataDir, nativeBinding }: OpenDatabaseOptions): Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const db = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
  try {
    configure(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** An in-memory database with the same configuration and schema, for tests and tools. */
export function openMemoryDatabase(): Database {
  const db = new BetterSqlite3(':memory:');
  configure(db);
  migrate(db);
  return db;
}

function configure(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}
