/**
 * Settings: your name (author of annotations, checker of sessions), the organisation that signs
 * exported ClaimReviews, and the verdict scale.
 */
import { useEffect, useRef, useState } from 'react';
import { useSettings } from './SettingsContext';
import { VerdictScaleEditor } from './VerdictScaleEditor';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { settings, update } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const save = (changes: Parameters<typeof update>[0]) =>
    update(changes).then(
      () => setError(null),
      (e: Error) => setError(e.message),
    );

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-heading" onCancel={onClose}>
      <h2 id="settings-heading">Settings</h2>
      <section aria-labelledby="you-heading" className="settings-section">
        <h3 id="you-heading">You and your organisation</h3>
        <TextSetting
          label="Your name"
          hint="Written as the author of your annotations and the checker of your sessions."
          value={settings.authorName}
          onSave={(authorName) => save({ authorName })}
        />
        <TextSetting
          label="Organisation name"
          hint="Signs the ClaimReviews you export."
          value={settings.organisationName}
          onSave={(organisationName) => save({ organisationName })}
        />
        <TextSetting
          label="Organisation URL"
          type="url"
          value={settings.organisationUrl}
          onSave={(organisationUrl) => save({ organisationUrl })}
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </section>
      <VerdictScaleEditor />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}

/** A text setting saved when the field is left (or Enter pressed), not on every keystroke. */
function TextSetting({
  label,
  hint,
  value,
  type = 'text',
  onSave,
}: {
  label: string;
  hint?: string;
  value: string;
  type?: string;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onSave(draft.trim());
  return (
    <label className="setting">
      {label}
      <input
        type={type}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), commit())}
      />
      {hint && <span className="muted">{hint}</span>}
    </label>
  );
}
