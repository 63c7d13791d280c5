/**
 * File → Restore from Backup…: the library's backups, newest first (made once a day, before every schema change, or
 * here with "Back up now"). Restoring replaces the whole library with the copy — the library as it was is kept
 * beside it first — and the window then reloads to show it.
 */
import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../shared/domain/backup';
import { useApi } from '../app/ApiContext';
import { useModalDialog } from '../ui/useModalDialog';

const REASONS: Record<BackupInfo['reason'], string> = { daily: 'Daily', migration: 'Before an update', manual: 'Made by hand' };

export function formatBackupTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function BackupsDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const refresh = () =>
    api.call('backups.list', {}).then(setBackups, (e: Error) => {
      setBackups([]);
      setError(e.message);
    });
  useEffect(() => void refresh(), []); // eslint-disable-line react-hooks/exhaustive-deps

  async function backUpNow() {
    setBusy('new');
    try {
      await api.call('backups.create', {});
      setError(null);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function restore(backup: BackupInfo) {
    setBusy(backup.fileName);
    try {
      await api.call('backups.restore', { fileName: backup.fileName });
      onRestored();
    } catch (e) {
      setError((e as Error).message);
      setBusy(null);
    }
  }

  return (
    <dialog ref={dialog} className="backups-dialog" aria-labelledby="backups-heading" onCancel={onClose}>
      <h2 id="backups-heading">Restore from backup</h2>
      <p className="muted">
        Restoring replaces your whole library with the backup. The library as it is now is kept in the backups folder first, so nothing is
        lost.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {backups === null ? (
        <p aria-busy="true">Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p>No backups yet. One is made each day Pressmark starts, and before every update of its library.</p>
      ) : (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.fileName}>
              <span>
                <strong>{formatBackupTime(backup.createdAt)}</strong>
                <span className="muted">
                  {' '}
                  · {REASONS[backup.reason]} · {(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB
                </span>
              </span>
              <button type="button" disabled={busy !== null} onClick={() => void restore(backup)}>
                {busy === backup.fileName ? 'Restoring…' : 'Restore'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={busy !== null} onClick={() => void backUpNow()}>
          {busy === 'new' ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
