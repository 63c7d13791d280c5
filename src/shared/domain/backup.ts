/**
 * Backups of the library, and what start-up has to tell the user (a damaged library set aside):
 * the shapes that cross the contract, and the one way a backup file is named.
 *
 * A backup's file name carries what the list shows: `pressmark-<UTC time>-v<schema>-<reason>.sqlite`,
 * e.g. `pressmark-2026-05-03T09-12-00-123Z-v4-daily.sqlite`. Names sort by time, and restore takes
 * only a name of this form, never a path.
 */
import { z } from 'zod';
import { isoTimestamp } from './common';

/** Why a backup was made: the once-a-day one at start-up, before a schema migration, or on request. */
export const BACKUP_REASONS = ['daily', 'migration', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_FILE_NAME_PATTERN =
  /^pressmark-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-v(\d{1,6})-(daily|migration|manual)\.sqlite$/;

export const backupInfo = z.object({
  fileName: z.string(),
  createdAt: isoTimestamp,
  /** The schema version of the copy; restoring an older one brings it up to date. */
  schemaVersion: z.number().int().nonnegative(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupFileNameInput = z
  .string()
  .regex(BACKUP_FILE_NAME_PATTERN, 'Choose a backup from the list (a file named pressmark-…-v….sqlite in the backups folder).');

export const restoreResult = z.object({
  restored: backupInfo,
  /** Where the library as it was just before the restore was kept (restore can be undone from it). */
  previousKeptAt: z.string(),
});
export type RestoreResult = z.infer<typeof restoreResult>;

/** Something start-up has to tell the user, in plain words, with what they can do about it. */
export const startupNotice = z.object({
  kind: z.literal('library-recovered'),
  title: z.string(),
  message: z.string(),
  /** Where the library that could not be opened was moved, unchanged. */
  keptAt: z.string(),
  /** The newest backup, offered for restore; null when there is none. */
  latestBackup: backupInfo.nullable(),
});
export type StartupNotice = z.infer<typeof startupNotice>;

export function backupFileName(createdAt: string, schemaVersion: number, reason: BackupReason): string {
  return `pressmark-${createdAt.replace(/[:.]/g, '-')}-v${schemaVersion}-${reason}.sqlite`;
}

/** The facts a backup's name holds, or null for any other file. */
export function parseBackupFileName(fileName: string): Omit<BackupInfo, 'sizeBytes'> | null {
  const match = BACKUP_FILE_NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, version, reason] = match;
  return {
    fileName,
    createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`,
    schemaVersion: Number(version),
    reason: reason as BackupReason,
  };
}
