/**
 * A button that opens the system file picker and imports the chosen files (several at once),
 * through the app's importer, as a drop onto the window does.
 */
import { useRef } from 'react';
import { useImporter } from '../app/ImporterContext';

export function ImportFilesButton({ label, pickerLabel, accept }: { label: string; pickerLabel: string; accept: readonly string[] }) {
  const importer = useImporter();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        aria-label={pickerLabel}
        accept={accept.join(',')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) importer.importFiles(files);
        }}
      />
    </>
  );
}
