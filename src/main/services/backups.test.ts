/**
 * Backups and damage, on real data directories: the daily rolling backup (online backup API, last 7
 * kept), a library whose pages are damaged set aside at start-up (never overwritten) with a notice
 * offering the latest backup, restoring it while the app runs, and what restore refuses.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { startServices } from './startup';
import type { Services } from './services';
import { createDispatcher } from '../api/dispatch';
import { DATABASE_FILE_NAME } from '../storage/database';
import { SchemaTooNewError, schemaVersion } from '../storage/migrate';
import { LATEST_SCHEMA_VERSION } from '../storage/migrations';
import { backupsDir, BACKUPS_KEPT, listBackups } from '../storage/backups';
import { fixtureFileName } from '../storage/fixtures/fixtureRows';
import { createTestApi, docJson, tempDir } from '../../test/testServices';
import { RESOURCES, pressmark } from '../../test/cliHarness';
import type { ApiMethod, ApiOutput } from '../../shared/contract/api';

const TEXT = 'The mayor said the budget would rise. Police counted 4,000 people.';
const DAY = 24 * 60 * 60 * 1000;
const at = (ms: number) => () => new Date(ms).toISOString();
const DAY_1 = Date.UTC(2026, 4, 3, 9, 0);

function start(dataDir: string, now: number, options: { seedSample?: boolean } = {}): Services {
  return startServices({ dataDir, resourcesDir: RESOURCES, workerScript: false, clock: at(now), seedSample: options.seedSample ?? false });
}

/** The contract as the renderer reaches it: results or the error's code and message. */
function api(services: Services) {
  const dispatch = createDispatcher(services.handlers, { logError: () => undefined });
  return async <M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as ApiOutput<M>;
  };
}

/** A library with one article and three annotations, and its daily backup made. */
async function makeLibrary(dataDir: string, now = DAY_1): Promise<string> {
  const services = start(dataDir, now);
  const document = services.documents.create({ title: 'Budget', content: docJson(TEXT) });
  for (const [kind, words] of [
    ['quote', 'the budget would rise'],
    ['source', 'Police'],
    ['claim', '4,000 people'],
  ] as const) {
    const startAt = TEXT.indexOf(words);
    services.annotations.create({ documentId: document.id, kind, start: startAt, end: startAt + words.length });
  }
  // The start-up backup began before these writes; a second start the same day makes none, so make sure it has them.
  await services.backups.idle();
  await services.backups.create();
  services.db.close();
  return document.id;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, bytes, 0, bytes.length, offset);
  fs.closeSync(fd);
}

/** Garbage over every page of one table's b-tree (found with the dbstat table). */
function damageTablePages(file: string, table: string): void {
  const db = new BetterSqlite3(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(table) as number[];
  db.close();
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) overwrite(file, (page - 1) * pageSize, Buffer.alloc(pageSize, 0x5a));
}

const DAMAGE: Array<[string, (file: string) => void]> = [
  ['its header is overwritten', (file) => overwrite(file, 0, Buffer.alloc(100, 0x42))],
  ['the annotations table’s pages are overwritten', (file) => damageTablePages(file, 'annotations')],
  ['an index’s pages are overwritten', (file) => damageTablePages(file, 'annotations_by_document')],
  ['it is not a database at all', (file) => fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200))],
];

describe('daily backups', () => {
  it('are made at start-up once a day with the online backup API, self-contained and checked, the last 7 kept', async () => {
    const dataDir = tempDir();
    await makeLibrary(dataDir);
    for (let day = 0; day < 10; day++) {
      for (const hour of [0, 5]) {
        const services = start(dataDir, DAY_1 + day * DAY + hour * 3_600_000 + 60_000);
        await services.backups.idle();
        services.db.close();
      }
    }
    const backups = listBackups(dataDir);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups.every((backup) => backup.reason === 'daily' && backup.schemaVersion === LATEST_SCHEMA_VERSION)).toBe(true);
    // One a day (the 5-hours-later starts made none), newest first: days 10 back to 4.
    expect(backups.map((backup) => backup.createdAt.slice(0, 10))).toEqual(
      Array.from({ length: BACKUPS_KEPT }, (_, i) => new Date(DAY_1 + (9 - i) * DAY).toISOString().slice(0, 10)),
    );
    for (const backup of backups) {
      const file = path.join(backupsDir(dataDir), backup.fileName);
      const copy = new BetterSqlite3(file, { readonly: true });
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(3);
      copy.close();
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    }
    expect(fs.readdirSync(backupsDir(dataDir)).sort()).toEqual(backups.map((backup) => backup.fileName).sort());
  });

  it('are listed and made on request through the contract; leftovers of an interrupted backup or restore are removed', async () => {
    const dataDir = tempDir();
    await makeLibrary(dataDir);
    fs.writeFileSync(path.join(backupsDir(dataDir), 'pressmark-2026-01-01T00-00-00-000Z-v4-daily.sqlite.partial'), 'half');
    fs.writeFileSync(path.join(dataDir, 'restoring-2026-01-01T00-00-00-000Z.sqlite'), 'half');
    fs.writeFileSync(path.join(backupsDir(dataDir), 'my notes.txt'), 'not a backup, left alone');
    const services = start(dataDir, DAY_1 + 60_000);
    try {
      const call = api(services);
      const made = await call('backups.create', {});
      expect(made).toMatchObject({
        reason: 'manual',
        schemaVersion: LATEST_SCHEMA_VERSION,
        createdAt: new Date(DAY_1 + 60_000).toISOString(),
      });
      const listed = await call('backups.list', {});
      expect(listed[0]).toEqual(made);
      expect(listed.map((backup) => backup.reason)).toEqual(['manual', 'manual', 'daily']);
      expect(fs.readdirSync(backupsDir(dataDir)).filter((name) => name.endsWith('.partial'))).toEqual([]);
      expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('restoring-'))).toEqual([]);
      expect(fs.existsSync(path.join(backupsDir(dataDir), 'my notes.txt'))).toBe(true);
      expect(await call('app.notices', {})).toEqual([]);
    } finally {
      services.db.close();
    }
  });
});

describe('a damaged library at start-up', () => {
  for (const [how, damage] of DAMAGE) {
    it(`is set aside unchanged when ${how}; the user is told and offered the latest backup, which restores while the app runs`, async () => {
      const dataDir = tempDir();
      const documentId = await makeLibrary(dataDir);
      const file = path.join(dataDir, DATABASE_FILE_NAME);
      damage(file);
      const damagedBytes = fs.readFileSync(file);
      const backupsBefore = listBackups(dataDir);

      const services = start(dataDir, DAY_1 + 2 * DAY, { seedSample: true });
      try {
        const call = api(services);
        const kept = fs.readdirSync(dataDir).filter((name) => /^pressmark\.damaged-.*\.sqlite$/.test(name));
        expect(kept).toEqual(['pressmark.damaged-2026-05-05T09-00-00-000Z.sqlite']);
        expect(fs.readFileSync(path.join(dataDir, kept[0] as string)).equals(damagedBytes)).toBe(true);
        // A fresh, empty library: no sample article, and no daily backup of it pushing a good one out.
        expect(await call('documents.list', {})).toEqual([]);
        expect(listBackups(dataDir)).toEqual(backupsBefore);

        const notices = await call('app.notices', {});
        expect(notices).toHaveLength(1);
        const [notice] = notices;
        expect(notice).toMatchObject({
          kind: 'library-recovered',
          title: 'Your library could not be opened',
          keptAt: path.join(dataDir, kept[0] as string),
          latestBackup: backupsBefore[0],
        });
        expect(notice?.message).toContain(path.join(dataDir, kept[0] as string));
        expect(notice?.message).toMatch(/The latest backup is from 3 May 2026, 09:00 UTC: restore it/);

        const restored = await call('backups.restore', { fileName: notice?.latestBackup?.fileName });
        expect(restored.restored).toEqual(backupsBefore[0]);
        expect(fs.existsSync(restored.previousKeptAt)).toBe(true);
        expect(await call('app.notices', {})).toEqual([]);
        expect((await call('documents.list', {})).map((document) => [document.id, document.annotationCount])).toEqual([[documentId, 3]]);

        // The app keeps working on the restored library.
        const words = 'Police counted';
        const added = await call('annotations.create', {
          documentId,
          kind: 'claim',
          start: TEXT.indexOf(words),
          end: TEXT.indexOf(words) + words.length,
        });
        expect(await call('annotations.get', { id: added.id })).toMatchObject({ exact: words });
      } finally {
        services.db.close();
      }
      const again = start(dataDir, DAY_1 + 2 * DAY + 60_000);
      try {
        expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(again.annotations.list({ documentId })).toHaveLength(4);
        expect(again.backups.notices()).toEqual([]);
      } finally {
        again.db.close();
      }
    });
  }

  it('never overwrites a library set aside before, and says when there is no backup', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const contents = ['first damaged library', 'second damaged library'];
    for (const content of contents) {
      fs.writeFileSync(file, content.repeat(300));
      const services = start(dataDir, DAY_1);
      expect(services.backups.notices()[0]?.message).toMatch(/There is no backup to restore from\.$/);
      services.db.close();
    }
    const kept = fs
      .readdirSync(dataDir)
      .filter((name) => name.startsWith('pressmark.damaged-'))
      .sort();
    expect(kept).toEqual(['pressmark.damaged-2026-05-03T09-00-00-000Z-2.sqlite', 'pressmark.damaged-2026-05-03T09-00-00-000Z.sqlite']);
    expect(kept.map((name) => fs.readFileSync(path.join(dataDir, name), 'utf8').slice(0, 21))).toEqual([
      'second damaged librar',
      'first damaged library',
    ]);
  });

  it('is not what a library from a newer Pressmark is: that is refused and left in place', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => start(dataDir, DAY_1)).toThrow(SchemaTooNewError);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    check.close();
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});

describe('restoring a backup', () => {
  it('brings an older backup made before a migration up to date, and keeps the library as it was before the restore', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(path.join(__dirname, '../storage/fixtures', fixtureFileName(1)), path.join(dataDir, DATABASE_FILE_NAME));
    const services = start(dataDir, DAY_1);
    try {
      const call = api(services);
      await services.backups.idle();
      const migrationBackup = listBackups(dataDir).find((backup) => backup.reason === 'migration');
      expect(migrationBackup?.schemaVersion).toBe(1);
      const before = (await call('documents.list', {})).map((document) => document.id).sort();
      const added = await call('documents.create', { title: 'Written after the upgrade', content: docJson('New words.') });

      const { previousKeptAt } = await call('backups.restore', { fileName: migrationBackup?.fileName });
      expect(schemaVersion(services.db)).toBe(LATEST_SCHEMA_VERSION);
      expect((await call('documents.list', {})).map((document) => document.id).sort()).toEqual(before);
      // The restore can be undone: what it replaced is kept, whole.
      const previous = new BetterSqlite3(previousKeptAt, { readonly: true });
      expect(previous.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(added.id)).toBe('Written after the upgrade');
      previous.close();
    } finally {
      services.db.close();
    }
  });

  it('refuses names that are not backups, backups that are gone or damaged, and libraries held in memory', async () => {
    const dataDir = tempDir();
    const documentId = await makeLibrary(dataDir);
    const services = start(dataDir, DAY_1 + 60_000);
    try {
      const call = api(services);
      await expect(call('backups.restore', { fileName: '../pressmark.sqlite' })).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(call('backups.restore', { fileName: 'pressmark-2020-01-01T00-00-00-000Z-v4-daily.sqlite' })).rejects.toMatchObject({
        code: 'not_found',
      });
      const [latest] = listBackups(dataDir);
      damageTablePages(path.join(backupsDir(dataDir), latest?.fileName ?? ''), 'annotations');
      await expect(call('backups.restore', { fileName: latest?.fileName })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/That backup is damaged/),
      });
      expect(services.annotations.list({ documentId })).toHaveLength(3);
    } finally {
      services.db.close();
    }

    const memory = createTestApi();
    expect(await memory.client.call('backups.list', {})).toEqual([]);
    expect(await memory.client.call('app.notices', {})).toEqual([]);
    await expect(memory.client.call('backups.create', {})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('works from the command line: pressmark backups list | create | restore latest', async () => {
    const dataDir = tempDir();
    const documentId = await makeLibrary(dataDir);
    const listed = await pressmark(dataDir, 'backups', 'list');
    expect(listed.code).toBe(0);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).reason),
    ).toEqual(['manual', 'daily']);

    const services = start(dataDir, DAY_1 + 60_000);
    services.documents.delete({ id: documentId });
    services.db.close();
    const created = await pressmark(dataDir, 'backups', 'create');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).reason).toBe('manual');

    const restored = await pressmark(dataDir, 'backups', 'restore', JSON.parse(listed.stdout.split('\n')[0] as string).fileName);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/the library as it was is kept at .*pressmark\.before-restore-/);
    expect((await pressmark(dataDir, 'list')).stdout).toContain(documentId);
    expect((await pressmark(dataDir, 'backups', 'restore')).code).toBe(2);
    expect((await pressmark(dataDir, 'backups', 'restore', 'latest')).code).toBe(0);
  });
});
