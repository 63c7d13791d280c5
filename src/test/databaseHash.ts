/**
 * A content hash of a whole SQLite database: every table's rows, sorted, through SHA-256. Equal
 * hashes before and after a call mean the call wrote nothing (the fuzz tests' "database unchanged").
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export function databaseHash(db: Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`\u0000table ${table}\u0000`);
    const rows = (
      db
        .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
        .raw()
        .all() as unknown[][]
    ).map((row) => JSON.stringify(row));
    for (const row of rows.sort()) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}

/** Row counts of every table, for readable failure messages next to the hash. */
export function tableCounts(db: Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}
