import type { SessionSnapshot } from './documentSession';

export function SaveStatus({ snapshot }: { snapshot: SessionSnapshot }) {
  const { saveState, saveError } = snapshot;
  const text =
    saveState === 'retrying'
      ? 'Cannot reach storage: retrying…'
      : saveState === 'saving'
        ? 'Saving…'
        : saveError
          ? `Not saved: ${saveError}`
          : 'All changes saved';
  return (
    <span
      className={`save-status save-status-${saveError && saveState === 'saved' ? 'error' : saveState}`}
      role="status"
      aria-label="Save status"
    >
      {text}
    </span>
  );
}
