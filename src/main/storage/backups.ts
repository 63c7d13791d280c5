/**
 * Rolling backups of the library in `<dataDir>/backups/`, the last BACKUPS_KEPT kept.
 *
 * Two ways to make one, both consistent snapshots taken through SQLite (never a copy of a file
 * that may be mid-write):
 * - backupOnline: SQLite's online backup API (better-sqlite3's db.backup), page by page between
 *   other work, so the daily and on-request backups never hold up the app;
 * - snapshotNow: `VACUUM INTO`, synchronous, for the backup before a migration — migrations run
 *   inside the synchronous open, before any service exists, and db.backup() can only be awaited.
 * Either writes `<name>.partial` first, checks it (quick_check) and renames it, so a backup in the
 * list is always complete; a crash leaves only a .partial, removed at the next start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupFileName, parseBackupFileName, type BackupInfo, type BackupReason } from '../../shared/domain/backup';
import { schemaVersion } from './migrate';

export const BACKUPS_DIR_NAME = 'backups';
export const BACKUPS_KEPT = 7;
const PARTIAL = '.partial';
const CHECK_ALIAS = 'pressmark_backup_check';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_DIR_NAME);
}

/** Every backup in the folder, newest first; files of any other name are not backups and are left alone. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      backups.push({ ...parsed, sizeBytes: fs.statSync(path.join(dir, name)).size });
    } catch {
      // Removed while listing.
    }
  }
  return backups.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : a.createdAt < b.createdAt ? 1 : -1));
}

/** Deletes all but the newest `keep` backups; returns the names removed. */
export function pruneBackups(dataDir: string, keep = BACKUPS_KEPT): string[] {
  const removed = listBackups(dataDir)
    .slice(keep)
    .map((backup) => backup.fileName);
  for (const name of removed) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return removed;
}

/** Removes what an interrupted backup left behind. */
export function removePartialBackups(dataDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(dataDir));
  } catch {
    return;
  }
  for (const name of names) {
    if (/\.partial(-wal|-shm|-journal)?$/.test(name)) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  }
}

/** A backup with SQLite's online backup API; the app keeps working while it runs. */
export async function backupOnline(db: Database, dataDir: string, createdAt: string, reason: BackupReason): Promise<BackupInfo> {
  const target = reserve(dataDir, createdAt, schemaVersion(db), reason);
  try {
    await db.backup(target.partial);
    return finish(db, dataDir, target);
  } catch (error) {
    discard(target.partial);
    throw error;
  }
}

/** A synchronous snapshot (`VACUUM INTO`), for the moment before a migration changes the file. */
export function snapshotNow(db: Database, dataDir: string, createdAt: string, reason: BackupReason): BackupInfo {
  const target = reserve(dataDir, createdAt, schemaVersion(db), reason);
  try {
    db.prepare('VACUUM INTO ?').run(target.partial);
    return finish(db, dataDir, target);
  } catch (error) {
    discard(target.partial);
    throw error;
  }
}

interface Target {
  fileName: string;
  partial: string;
}

/** A name no backup has yet (two in the same millisecond get the next millisecond). */
function reserve(dataDir: string, createdAt: string, version: number, reason: BackupReason): Target {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  let at = Date.parse(createdAt);
  for (;;) {
    const fileName = backupFileName(new Date(at).toISOString(), version, reason);
    const file = path.join(dir, fileName);
    if (!fs.existsSync(file) && !fs.existsSync(file + PARTIAL)) return { fileName, partial: file + PARTIAL };
    at += 1;
  }
}

/** Checks the copy, makes it a single self-contained file (rollback journal, no -wal), names it, prunes old ones. */
function finish(db: Database, dataDir: string, target: Target): BackupInfo {
  db.prepare(`ATTACH DATABASE ? AS ${CHECK_ALIAS}`).run(target.partial);
  try {
    db.pragma(`${CHECK_ALIAS}.journal_mode = DELETE`);
    const check = db.pragma(`${CHECK_ALIAS}.quick_check`, { simple: true });
    if (check !== 'ok') throw new Error(`The backup copy failed its check (${String(check)}).`);
  } finally {
    db.exec(`DETACH DATABASE ${CHECK_ALIAS}`);
  }
  const file = path.join(backupsDir(dataDir), target.fileName);
  fs.renameSync(target.partial, file);
  const parsed = parseBackupFileName(target.fileName);
  if (!parsed) throw new Error(`Not a backup name: ${target.fileName}`);
  const info = { ...parsed, sizeBytes: fs.statSync(file).size };
  pruneBackups(dataDir);
  return info;
}

function discard(partial: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(partial + suffix, { force: true });
}
