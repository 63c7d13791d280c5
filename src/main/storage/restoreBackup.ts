/**
 * Restoring a backup into the open library, in place, while the app runs.
 *
 * Why in place rather than "close, copy the file over, reopen": every service, prepared statement
 * and host (Electron, browser host, command line) holds the one open connection, so swapping the
 * file would mean rebuilding all of them or restarting the app. Instead:
 *  1. the backup is copied to a work file, checked (quick_check) and migrated to the current schema
 *     (a backup made before a migration is older);
 *  2. the library as it is now is kept with `VACUUM INTO pressmark.before-restore-<time>.sqlite`
 *     (never overwritten, so a restore can itself be undone);
 *  3. in ONE transaction on the open connection, every table is emptied and refilled from the work
 *     file (ATTACH). WAL makes that all-or-nothing: a crash mid-restore leaves the library as it was.
 * The services then simply read the restored rows; the renderer should reload its views.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

const ALIAS = 'pressmark_restore';

export interface RestoreOptions {
  dataDir: string;
  /** The backup file to restore from. */
  backupFile: string;
  /** The current time, ISO 8601. */
  at: string;
  /** Opens another database file with the same native binding as the library. */
  openFile: (file: string) => Database;
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/** Replaces the library's content with the backup's; returns where the previous content was kept. */
export function restoreBackup(db: Database, { dataDir, backupFile, at, openFile }: RestoreOptions): { previousKeptAt: string } {
  const stamp = at.replace(/[:.]/g, '-');
  const work = path.join(dataDir, `restoring-${stamp}.sqlite`);
  try {
    fs.copyFileSync(backupFile, work, fs.constants.COPYFILE_EXCL);
    prepareWorkCopy(work, openFile);
    const previousKeptAt = freeName(path.join(dataDir, `pressmark.before-restore-${stamp}`));
    db.prepare('VACUUM INTO ?').run(previousKeptAt);
    copyAllRows(db, work);
    return { previousKeptAt };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(work + suffix, { force: true });
  }
}

/** Removes work files a crash mid-restore left behind (the library itself was never touched by them). */
export function removeRestoreLeftovers(dataDir: string): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names)
    if (/^restoring-.*\.sqlite(-wal|-shm|-journal)?$/.test(name)) fs.rmSync(path.join(dataDir, name), { force: true });
}

function prepareWorkCopy(work: string, openFile: (file: string) => Database): void {
  const copy = openFile(work);
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new RestoreError('That backup is damaged and cannot be restored; choose another one.');
    if (schemaVersion(copy) > LATEST_SCHEMA_VERSION) {
      throw new RestoreError('That backup was made by a newer version of Pressmark; update Pressmark to restore it.');
    }
    copy.pragma('journal_mode = DELETE');
    migrate(copy);
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`That backup cannot be read (${error instanceof Error ? error.message : String(error)}); choose another one.`);
  } finally {
    copy.close();
  }
}

function copyAllRows(db: Database, work: string): void {
  const tables = db
    .prepare(`SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const columnsOf = (schema: string, table: string) =>
    (db.prepare(`SELECT name FROM pragma_table_info(?, ?) ORDER BY cid`).pluck().all(table, schema) as string[]).join(',');
  db.prepare(`ATTACH DATABASE ? AS ${ALIAS}`).run(work);
  // No foreign-key actions while the tables are emptied and refilled (a cascade or SET NULL would
  // fire triggers such as the claim history's append-only one); the result is checked before commit.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const table of tables) {
        const columns = columnsOf('main', table);
        if (columns !== columnsOf(ALIAS, table))
          throw new RestoreError(`That backup's table ${table} does not match this version of Pressmark.`);
        const quoted = columns
          .split(',')
          .map((column) => `"${column}"`)
          .join(', ');
        db.exec(`DELETE FROM main."${table}"`);
        db.exec(`INSERT INTO main."${table}" (${quoted}) SELECT ${quoted} FROM ${ALIAS}."${table}"`);
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new RestoreError(`That backup has ${broken.length} broken references and was not restored.`);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
    db.exec(`DETACH DATABASE ${ALIAS}`);
  }
}

function freeName(base: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${base}${n > 1 ? `-${n}` : ''}.sqlite`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}
