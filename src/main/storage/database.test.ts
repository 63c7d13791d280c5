import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DATABASE_FILE_NAME, openDatabase } from './database';
import { migrate, schemaVersion, SchemaTooNewError } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { tempDir } from '../../test/testServices';

describe('openDatabase', () => {
  it('creates the data directory and a database at the latest schema, with WAL, foreign keys and synchronous=FULL', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const db = openDatabase({ dataDir });
    try {
      expect(fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(true);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
      expect(tables).toEqual([
        'annotations',
        'claim_history',
        'document_versions',
        'documents',
        'evidence_links',
        'factcheck_sessions',
        'settings',
        'suggestion_rejections',
      ]);
    } finally {
      db.close();
    }
  });

  it('reopens an existing database without migrating it again', () => {
    const dataDir = tempDir();
    openDatabase({ dataDir }).close();
    const db = openDatabase({ dataDir });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer Pressmark, and leaves it untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase({ dataDir })).toThrow(SchemaTooNewError);
    const check = new BetterSqlite3(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    check.close();
  });
});

describe('migrate', () => {
  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('applies each step with its version in one transaction: a failing step leaves the previous version', () => {
    const db = new BetterSqlite3(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER); INSERT INTO missing_table VALUES (1);' },
    ];
    expect(() => migrate(db, steps)).toThrow(/missing_table/);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(['a']);
    db.close();
  });
});
