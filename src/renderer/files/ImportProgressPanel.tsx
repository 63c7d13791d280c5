import type { ImportProgress } from './fileImporter';

/** "Importing 2 of 5: story.docx" with a progress bar, while an import runs. */
export function ImportProgressPanel({ progress }: { progress: ImportProgress }) {
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span>
        Importing {Math.min(progress.done + 1, progress.total)} of {progress.total}
        {progress.current ? `: ${progress.current}` : ''}
      </span>
      <progress aria-label="Import progress" max={progress.total} value={progress.done} />
    </div>
  );
}
