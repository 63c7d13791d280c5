/**
 * The verdict scale: rename, recolour, re-rate, reorder, add and remove verdicts, or switch to a
 * built-in scale. Storage checks every change; a refusal (a verdict still in use, say) is shown
 * as it was given.
 */
import { useState } from 'react';
import type { VerdictScaleEdit } from '../../shared/contract/api';
import { useSettings } from './SettingsContext';

export function VerdictScaleEditor() {
  const { settings, editScale } = useSettings();
  const scale = settings.verdictScale;
  const [error, setError] = useState<string | null>(null);
  const [newLabel, setNewLabel] = useState('');

  const run = (edit: VerdictScaleEdit) =>
    editScale(edit).then(
      () => setError(null),
      (e: Error) => setError(e.message),
    );

  return (
    <section aria-labelledby="scale-heading" className="settings-section">
      <h3 id="scale-heading">Verdict scale: {scale.name}</h3>
      <p className="muted">
        In a fact-check session, keys 1–9 give the first nine verdicts. Ratings run from {scale.worstRating} (worst) to {scale.bestRating}{' '}
        (best) and are written into exported ClaimReviews.
      </p>
      <ol className="scale-list" aria-label="Verdicts">
        {scale.verdicts.map((verdict, index) => (
          <li key={verdict.id} className="scale-row">
            <span className="scale-key" aria-hidden="true">
              {index < 9 ? index + 1 : ''}
            </span>
            <input
              aria-label={`Name of verdict ${index + 1}`}
              defaultValue={verdict.label}
              key={verdict.label}
              onBlur={(event) =>
                event.target.value.trim() !== verdict.label && void run({ op: 'rename', id: verdict.id, label: event.target.value })
              }
            />
            <input
              type="color"
              aria-label={`Colour of ${verdict.label}`}
              value={verdict.color}
              onChange={(event) => void run({ op: 'recolor', id: verdict.id, color: event.target.value })}
            />
            <input
              type="number"
              className="scale-rating"
              aria-label={`Rating of ${verdict.label}`}
              defaultValue={verdict.rating}
              key={`${verdict.id}-${verdict.rating}`}
              onBlur={(event) =>
                Number(event.target.value) !== verdict.rating &&
                void run({ op: 'rerate', id: verdict.id, rating: Number(event.target.value) })
              }
            />
            <button
              type="button"
              className="small"
              aria-label={`Move ${verdict.label} up`}
              disabled={index === 0}
              onClick={() => void run({ op: 'move', id: verdict.id, toIndex: index - 1 })}
            >
              ↑
            </button>
            <button
              type="button"
              className="small"
              aria-label={`Move ${verdict.label} down`}
              disabled={index === scale.verdicts.length - 1}
              onClick={() => void run({ op: 'move', id: verdict.id, toIndex: index + 1 })}
            >
              ↓
            </button>
            <button
              type="button"
              className="small danger"
              aria-label={`Remove ${verdict.label}`}
              onClick={() => void run({ op: 'remove', id: verdict.id })}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <form
        className="scale-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (newLabel.trim() === '') return;
          void run({ op: 'add', label: newLabel.trim(), color: '#6b7280', rating: scale.worstRating }).then(() => setNewLabel(''));
        }}
      >
        <label>
          New verdict
          <input value={newLabel} onChange={(event) => setNewLabel(event.target.value)} placeholder="e.g. Needs context" />
        </label>
        <button type="submit" className="small">
          Add verdict
        </button>
      </form>
      <div className="scale-presets">
        <button
          type="button"
          className="small"
          onClick={() => void run({ op: 'switch', preset: 'default' })}
          disabled={scale.preset === 'default'}
        >
          Use the Pressmark default scale
        </button>
        <button
          type="button"
          className="small"
          onClick={() => void run({ op: 'switch', preset: 'politifact' })}
          disabled={scale.preset === 'politifact'}
        >
          Use PolitiFact’s Truth-O-Meter
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
