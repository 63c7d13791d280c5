/**
 * Settings: your name (author of annotations, checker of sessions), the organisation that signs
 * exported ClaimReviews, the theme (system, light or dark), and the verdict scale.
 */
import { useEffect, useRef, useState } from 'react';
import { useSettings } from './SettingsContext';
import { VerdictScaleEditor } from './VerdictScaleEditor';
import type { Settings } from '../../shared/domain/settings';
import { commandById } from '../../shared/commands/commands';
import { formatShortcut } from '../../shared/commands/shortcuts';
import { isMac } from '../app/platform';
import { useModalDialog } from '../ui/useModalDialog';

const THEMES: ReadonlyArray<{ value: Settings['theme']; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { settings, update } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once; the saved setting (and so the theme) follows, or the choice goes back.
  const [theme, setTheme] = useState(settings.theme);
  useEffect(() => setTheme(settings.theme), [settings.theme]);

  useModalDialog(dialog);

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
        <TextSetting
          label="Spell-checking languages"
          hint="Language codes separated by commas, such as en-GB, fa. Leave empty to turn spell-checking off. (On macOS the system’s languages are used.)"
          value={settings.spellcheckLanguages.join(', ')}
          onSave={(value) => save({ spellcheckLanguages: value.split(/[\s,]+/).filter(Boolean) })}
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </section>
      <fieldset className="settings-section theme-choice">
        <legend>Theme</legend>
        {THEMES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => {
                setTheme(value);
                update({ theme: value }).then(
                  () => setError(null),
                  (e: Error) => {
                    setTheme(settings.theme);
                    setError(e.message);
                  },
                );
              }}
            />
            {label}
          </label>
        ))}
        <p className="muted">
          System follows your computer&apos;s light or dark appearance. View → Dark Mode (
          {formatShortcut(commandById('view.theme').keys!, isMac)}) switches between light and dark.
        </p>
      </fieldset>
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
