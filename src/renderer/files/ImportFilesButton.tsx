/**
 * Choosing files to import, through the system file picker (several at once), as a drop onto the
 * window does: a hook for menus, and a button built on it.
 */
import { useRef, type ReactElement } from 'react';
import { useImporter } from '../app/ImporterContext';

/** A hidden file input and a function that opens its picker; chosen files go to the importer. */
export function useFilePicker(pickerLabel: string, accept: readonly string[]): { open: () => void; input: ReactElement } {
  const importer = useImporter();
  const ref = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={ref}
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
  );
  return { open: () => ref.current?.click(), input };
}

export function ImportFilesButton({ label, pickerLabel, accept }: { label: string; pickerLabel: string; accept: readonly string[] }) {
  const picker = useFilePicker(pickerLabel, accept);
  return (
    <>
      <button type="button" onClick={picker.open}>
        {label}
      </button>
      {picker.input}
    </>
  );
}
