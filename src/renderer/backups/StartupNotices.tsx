/**
 * What start-up has to tell the user (`app.notices`): a library that could not be read was set aside, unchanged,
 * and Pressmark started with an empty one. Said in plain words, with the latest backup offered for restore.
 */
import { useEffect, useRef, useState } from 'react';
import type { StartupNotice } from '../../shared/domain/backup';
import { useApi } from '../app/ApiContext';
import { useModalDialog } from '../ui/useModalDialog';
import { formatBackupTime } from './BackupsDialog';

export function StartupNotices({ onRestored }: { onRestored: () => void }) {
  const api = useApi();
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    api.call('app.notices', {}).then(setNotices, () => setNotices([]));
  }, [api]);
  const notice = notices[0];
  return notice ? <NoticeDialog notice={notice} onDone={() => setNotices((all) => all.slice(1))} onRestored={onRestored} /> : null;
}

function NoticeDialog({ notice, onDone, onRestored }: { notice: StartupNotice; onDone: () => void; onRestored: () => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const backup = notice.latestBackup;

  async function restore() {
    if (!backup) return;
    setBusy(true);
    try {
      await api.call('backups.restore', { fileName: backup.fileName });
      onRestored();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="notice-dialog" aria-labelledby="notice-heading" role="alertdialog" onCancel={onDone}>
      <h2 id="notice-heading">{notice.title}</h2>
      <p>{notice.message}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDone} disabled={busy}>
          Keep the empty library
        </button>
        {backup && (
          <button type="button" className="primary" onClick={() => void restore()} disabled={busy}>
            {busy ? 'Restoring…' : `Restore the backup of ${formatBackupTime(backup.createdAt)}`}
          </button>
        )}
      </div>
    </dialog>
  );
}
