/**
 * Builds the committed migration fixtures: src/main/storage/fixtures/schema-v<k>.sqlite for every
 * schema version k, each a library as Pressmark at version k wrote it — migrations 1..k, then the rows
 * of fixtureRows.ts that version could hold. src/main/storage/migrations.fixtures.test.ts opens each
 * with the current code and checks nothing was lost.
 *
 *   npx tsx scripts/make-db-fixtures.ts          builds the missing fixtures (after adding a migration)
 *   npx tsx scripts/make-db-fixtures.ts --all    rebuilds every one (after adding rows to fixtureRows.ts)
 *
 * Released fixtures stand for files users have: rebuild them only to add data, never to paper over a
 * failing migration test.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from '../src/main/storage/migrate';
import { MIGRATIONS } from '../src/main/storage/migrations';
import { FIXTURE_ROWS, fixtureFileName, valuesAt } from '../src/main/storage/fixtures/fixtureRows';

const FIXTURES_DIR = path.resolve(__dirname, '../src/main/storage/fixtures');

function columnsOf(db: Database, table: string): string[] {
  return db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
}

function build(version: number, file: string): number {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new BetterSqlite3(partial);
  try {
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, version));
    let count = 0;
    db.transaction(() => {
      for (const [table, rows] of Object.entries(FIXTURE_ROWS)) {
        const columns = columnsOf(db, table);
        if (!columns.length) continue;
        for (const row of rows) {
          if (row.since > version) continue;
          const values = valuesAt(row, version, columns);
          const names = Object.keys(values);
          db.prepare(
            `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
          ).run(values);
          count++;
        }
      }
    })();
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`schema v${version}: broken references ${JSON.stringify(broken)}`);
    db.exec('VACUUM');
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`schema v${version}: integrity check failed`);
    db.close();
    fs.renameSync(partial, file);
    return count;
  } finally {
    if (db.open) db.close();
    fs.rmSync(partial, { force: true });
  }
}

const all = process.argv.includes('--all');
fs.mkdirSync(FIXTURES_DIR, { recursive: true });
for (const { version } of MIGRATIONS) {
  const file = path.join(FIXTURES_DIR, fixtureFileName(version));
  if (!all && fs.existsSync(file)) {
    console.log(`${path.relative(process.cwd(), file)}: exists (--all rebuilds it)`);
    continue;
  }
  const rows = build(version, file);
  console.log(`${path.relative(process.cwd(), file)}: ${rows} rows, ${fs.statSync(file).size.toLocaleString('en')} bytes`);
}
