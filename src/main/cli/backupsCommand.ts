/**
 * `pressmark backups list|create|restore` — the library's rolling backups from the command line —
 * and telling the user, on stderr, what start-up had to do (a damaged library set aside).
 *
 *   pressmark backups list                       one JSON line per backup, newest first
 *   pressmark backups create                     a backup now; prints it
 *   pressmark backups restore BACKUP|latest      replaces the library's content with the backup's;
 *                                                the library as it was is kept (path on stderr)
 */
import { ApiError } from '../../shared/contract/errors';
import type { Services } from '../services/services';

export const BACKUP_ACTIONS = ['list', 'create', 'restore'] as const;
export type BackupAction = (typeof BACKUP_ACTIONS)[number];

interface Output {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export async function runBackups(action: BackupAction, name: string | undefined, services: Services, io: Output): Promise<void> {
  switch (action) {
    case 'list':
      for (const backup of services.backups.list()) io.stdout.write(`${JSON.stringify(backup)}\n`);
      return;
    case 'create':
      io.stdout.write(`${JSON.stringify(await services.backups.create())}\n`);
      return;
    case 'restore': {
      const fileName = name === 'latest' ? services.backups.list()[0]?.fileName : name;
      if (!fileName) throw new ApiError('not_found', 'There is no backup to restore.');
      const result = await services.backups.restore({ fileName });
      io.stdout.write(`${JSON.stringify(result)}\n`);
      io.stderr.write(`pressmark: restored ${fileName}; the library as it was is kept at ${result.previousKeptAt}\n`);
      return;
    }
  }
}

/** Prints what start-up has to tell (e.g. a damaged library set aside), then hands the services on. */
export function announced(services: Services, io: Output): Services {
  for (const notice of services.backups.notices()) io.stderr.write(`pressmark: ${notice.message}\n`);
  return services;
}
