/**
 * Every schema version's committed library (fixtures/schema-v<k>.sqlite, built by
 * scripts/make-db-fixtures.ts) opened with the current code: it is migrated to the latest schema,
 * a backup of it as it was is made first, every row is still there with the values it was written
 * with (old free-text verdicts converted, columns added later at their defaults), and the services
 * read all of it through the contract.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DATABASE_FILE_NAME } from './database';
import { schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { backupsDir, listBackups } from './backups';
import { BUDGET, CAFE, FIXTURE_ROWS, PRIMARY_KEYS, STORM, fixtureFileName } from './fixtures/fixtureRows';
import { startServices } from '../services/startup';
import { createDispatcher } from '../api/dispatch';
import { apiContract, type ApiMethod, type ApiOutput } from '../../shared/contract/api';
import { tempDir } from '../../test/testServices';

const FIXTURES = path.join(__dirname, 'fixtures');
const RESOURCES = path.resolve(__dirname, '../../../resources');

/** What rows written before a column existed hold in it after migrating. A new migration adding a column adds it here. */
const ADDED_COLUMN_VALUES: Record<string, Record<string, string | number>> = {
  annotations: {
    anchor_status: 'anchored',
    anchor_confidence: 1,
    anchor_method: 'selection',
    conclusion: '',
    claimant_name: '',
    checker: '',
    reply_contacted_at: '',
    reply_response: '',
    reply_responded_at: '',
  },
  evidence_links: { publisher: '', accessed_at: '', excerpt: '' },
};

function columnsOf(db: BetterSqlite3.Database, table: string): string[] {
  return db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
}

/** Opens a fixture as it is committed: its version and the columns each table had then. */
function readFixture(file: string): { version: number; columns: Map<string, string[]>; counts: Map<string, number> } {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const columns = new Map<string, string[]>();
    const counts = new Map<string, number>();
    for (const table of Object.keys(FIXTURE_ROWS)) {
      const names = columnsOf(db, table);
      columns.set(table, names);
      counts.set(table, names.length ? (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : 0);
    }
    return { version: schemaVersion(db), columns, counts };
  } finally {
    db.close();
  }
}

describe('libraries written at every schema version', () => {
  it('have a committed fixture for every version (npx tsx scripts/make-db-fixtures.ts makes a missing one)', () => {
    for (const { version } of MIGRATIONS)
      expect(fs.existsSync(path.join(FIXTURES, fixtureFileName(version))), fixtureFileName(version)).toBe(true);
  });

  for (const { version } of MIGRATIONS) {
    it(`schema v${version}: opens with the current code, backed up first, with nothing lost`, async () => {
      const fixture = path.join(FIXTURES, fixtureFileName(version));
      const before = readFixture(fixture);
      expect(before.version).toBe(version);
      const dataDir = tempDir();
      fs.copyFileSync(fixture, path.join(dataDir, DATABASE_FILE_NAME));

      // A clock just after the fixture's dates, so emptying the 30-day trash does not count as loss.
      const services = startServices({
        dataDir,
        resourcesDir: RESOURCES,
        workerScript: false,
        dailyBackup: false,
        clock: () => '2025-03-03T12:00:00.000Z',
      });
      try {
        const { db } = services;
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);

        // Every row, every column.
        for (const [table, rows] of Object.entries(FIXTURE_ROWS)) {
          const hadTable = (before.columns.get(table) ?? []).length > 0;
          const present = rows.filter((row) => hadTable && row.since <= version);
          expect(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), `rows in ${table}`).toBe(present.length);
          expect(present.length, `fixture rows in ${table}`).toBe(before.counts.get(table));
          const keys = PRIMARY_KEYS[table] as string[];
          const find = db.prepare(`SELECT * FROM "${table}" WHERE ${keys.map((key) => `"${key}" = @${key}`).join(' AND ')}`);
          for (const row of present) {
            const key = Object.fromEntries(keys.map((column) => [column, row.values[column]]));
            const stored = find.get(key) as Record<string, unknown> | undefined;
            expect(stored, `${table} ${JSON.stringify(key)}`).toBeDefined();
            const expected: Record<string, unknown> = {};
            for (const column of columnsOf(db, table)) {
              if (before.columns.get(table)?.includes(column)) expected[column] = row.values[column];
              else
                expected[column] =
                  ADDED_COLUMN_VALUES[table]?.[column] ?? `(no value known for ${table}.${column} added after v${version})`;
            }
            expect(stored, `${table} ${JSON.stringify(key)}`).toEqual(expected);
          }
        }

        // The file as it was, kept before the migration (none when nothing had to migrate).
        const backups = listBackups(dataDir);
        if (version < LATEST_SCHEMA_VERSION) {
          expect(backups.map((backup) => [backup.reason, backup.schemaVersion])).toEqual([['migration', version]]);
          const copy = readFixture(path.join(backupsDir(dataDir), backups[0]?.fileName ?? ''));
          expect(copy).toEqual(before);
        } else {
          expect(backups).toEqual([]);
        }

        // And the app reads it all through the contract.
        const dispatch = createDispatcher(services.handlers, { logError: () => undefined });
        const call = async <M extends ApiMethod>(method: M, input: unknown) => {
          const result = await dispatch(method, input);
          if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
          return apiContract[method].output.parse(result.value) as ApiOutput<M>;
        };
        const listed = await call('documents.list', {});
        expect(listed.map((document) => document.id).sort()).toEqual([STORM, CAFE].sort());
        expect((await call('documents.get', { id: STORM })).plainText).toContain('4,000 people were evacuated');
        const annotations = await call('annotations.list', { documentId: STORM });
        expect(annotations.map((annotation) => annotation.kind).sort()).toEqual(['claim', 'claim', 'claim', 'quote', 'source']);
        const claim = annotations.find((annotation) => annotation.exact === '4,000 people were evacuated');
        expect(claim).toMatchObject({
          kind: 'claim',
          verdict: 'mostly-true',
          status: 'checked',
          attributedTo: FIXTURE_ROWS.annotations?.[0]?.values.id,
        });
        expect(await call('annotations.list', { documentId: CAFE })).toHaveLength(version >= 2 ? 2 : 1);
        expect((await call('settings.get', {})).authorName).toBe('Ana Ruiz');
        expect(await call('documents.versions', { id: STORM })).toHaveLength(version >= 2 ? 1 : 0);
        expect(await call('sessions.list', { documentId: STORM })).toHaveLength(version >= 3 ? 2 : 0);
        expect(await call('annotations.history', { annotationId: claim?.id })).toHaveLength(version >= 3 ? 2 : 0);
        expect(await call('suggestions.rejected', { documentId: STORM })).toHaveLength(version >= 4 ? 1 : 0);
        expect(await call('documents.restore', { id: BUDGET })).toMatchObject({ id: BUDGET, annotationCount: 1 });
      } finally {
        services.db.close();
      }
    });
  }
});
