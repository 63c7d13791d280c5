/**
 * Brings a database to the latest schema version, one numbered migration at a time.
 * Each step and its PRAGMA user_version bump commit together, so a crash mid-way leaves
 * the database at the last complete version.
 */
import type { Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? LATEST_SCHEMA_VERSION;
  if (from > latest) {
    throw new SchemaTooNewError(
      `This Pressmark database was written by a newer version of Pressmark (schema ${from}; this version knows up to ${latest}). Update Pressmark to open it.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(db) };
}
