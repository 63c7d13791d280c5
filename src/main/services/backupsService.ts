/**
 * Backups as the contract offers them (backups.list / create / restore), the daily backup hosts
 * start with, and start-up notices (app.notices): "your library could not be opened, it was kept
 * at …, the latest backup is from … — restore it?".
 *
 * A library held only in memory (tests) has no backups: listing gives none, making or restoring one
 * is refused with a sentence saying why.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { BackupInfo, RestoreResult, StartupNotice } from '../../shared/domain/backup';
import { ApiError } from '../../shared/contract/errors';
import { backupOnline, backupsDir, listBackups } from '../storage/backups';
import { restoreBackup, RestoreError } from '../storage/restoreBackup';
import type { DamagedLibrary } from '../storage/openLibrary';
import type { Clock } from './clock';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface LibraryFiles {
  dataDir: string;
  /** Opens another database file the way the library was opened (same native binding). */
  openFile: (file: string) => Database;
  /** Set when start-up found the library unreadable and started an empty one. */
  damaged: DamagedLibrary | null;
}

export class BackupsService {
  private running: Promise<unknown> = Promise.resolve();
  private damaged: DamagedLibrary | null;

  constructor(
    private readonly db: Database,
    private readonly library: LibraryFiles | null,
    private readonly clock: Clock,
    private readonly logError: (error: unknown) => void = (error) => console.error('[pressmark] backup failed:', error),
  ) {
    this.damaged = library?.damaged ?? null;
  }

  list(): BackupInfo[] {
    return this.library ? listBackups(this.library.dataDir) : [];
  }

  /** A backup now, with SQLite's online backup API; one at a time. */
  create(): Promise<BackupInfo> {
    const library = this.requireFiles('make a backup');
    const made = this.running.catch(() => undefined).then(() => backupOnline(this.db, library.dataDir, this.clock(), 'manual'));
    this.running = made;
    return made;
  }

  /**
   * The start-up backup, at most once a day (none when the newest daily one is under a day old).
   * Runs in the background; a failure is logged, and a backup cut short by closing the app is dropped.
   */
  startDailyBackup(): Promise<BackupInfo | null> {
    if (!this.library) return Promise.resolve(null);
    const { dataDir } = this.library;
    const now = this.clock();
    const lastDaily = this.list().find((backup) => backup.reason === 'daily');
    if (lastDaily && Date.parse(now) - Date.parse(lastDaily.createdAt) < DAY_MS) return Promise.resolve(null);
    const made = this.running
      .catch(() => undefined)
      .then(() => backupOnline(this.db, dataDir, now, 'daily'))
      .catch((error: unknown) => {
        if (this.db.open) this.logError(error);
        return null;
      });
    this.running = made;
    return made;
  }

  /** Waits for a backup under way (tests; hosts closing cleanly). */
  async idle(): Promise<void> {
    await this.running.catch(() => undefined);
  }

  /** Replaces the library's content with a backup's (after the one under way, if any). */
  async restore({ fileName }: { fileName: string }): Promise<RestoreResult> {
    const library = this.requireFiles('restore a backup');
    await this.idle();
    const backup = this.list().find((candidate) => candidate.fileName === fileName);
    if (!backup) throw new ApiError('not_found', `There is no backup called ${fileName} any more; choose one from the list.`);
    try {
      const { previousKeptAt } = restoreBackup(this.db, {
        dataDir: library.dataDir,
        backupFile: path.join(backupsDir(library.dataDir), fileName),
        at: this.clock(),
        openFile: library.openFile,
      });
      this.damaged = null;
      return { restored: backup, previousKeptAt };
    } catch (error) {
      if (error instanceof RestoreError) throw new ApiError('invalid_input', `Could not restore the backup: ${error.message}`);
      throw error;
    }
  }

  notices(): StartupNotice[] {
    if (!this.damaged) return [];
    const latestBackup = this.list()[0] ?? null;
    const offer = latestBackup
      ? `The latest backup is from ${readableTime(latestBackup.createdAt)}: restore it to get your work back as it was then.`
      : 'There is no backup to restore from.';
    return [
      {
        kind: 'library-recovered',
        title: 'Your library could not be opened',
        message:
          `Pressmark could not read your library: the file is damaged. It was kept, unchanged, at ${this.damaged.keptAt}, ` +
          `and Pressmark started with an empty library. ${offer}`,
        keptAt: this.damaged.keptAt,
        latestBackup,
      },
    ];
  }

  private requireFiles(what: string): LibraryFiles {
    if (!this.library) throw new ApiError('unavailable', `Cannot ${what}: this library is not stored in a file.`);
    return this.library;
  }
}

/** "3 May 2026, 09:12 UTC": unambiguous in every locale (the renderer may show createdAt in local time instead). */
export function readableTime(iso: string): string {
  const date = new Date(iso);
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${hh}:${mm} UTC`;
}
