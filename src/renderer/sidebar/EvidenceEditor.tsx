/**
 * A claim's evidence: for each source, its URL, title, publisher, when it was read, the excerpt
 * that matters and a note. Rows are edited locally; only rows with a valid http(s) URL are saved,
 * and a row with a bad URL says so.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { EvidenceLink } from '../../shared/domain/annotation';
import { isHttpUrl } from '../../shared/text/safeUrl';

const EMPTY: EvidenceLink = { url: '', title: '', publisher: '', accessedAt: '', excerpt: '', note: '' };
const FIELDS: Array<{ key: keyof EvidenceLink; label: string; type?: string; multiline?: boolean }> = [
  { key: 'url', label: 'URL', type: 'url' },
  { key: 'title', label: 'Title' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'accessedAt', label: 'Accessed on', type: 'date' },
  { key: 'excerpt', label: 'Excerpt', multiline: true },
  { key: 'note', label: 'Note' },
];

export function EvidenceEditor({
  evidence,
  onChange,
  disabled = false,
  addRequest = 0,
}: {
  evidence: EvidenceLink[];
  onChange: (evidence: EvidenceLink[]) => void;
  disabled?: boolean;
  /** Each new value adds an empty row and puts the cursor in its URL (the E key in focus mode). */
  addRequest?: number;
}) {
  const id = useId();
  const [rows, setRows] = useState<EvidenceLink[]>(evidence);
  const lastUrl = useRef<HTMLInputElement>(null);
  const [focusLast, setFocusLast] = useState(0);

  useEffect(() => {
    // Take outside changes (a reload, an undo) unless they are what we last committed.
    setRows((current) => (sameLinks(current.filter(isComplete), evidence) ? current : evidence));
  }, [evidence]);

  useEffect(() => {
    if (addRequest > 0) {
      setRows((current) => [...current, { ...EMPTY }]);
      setFocusLast((n) => n + 1);
    }
  }, [addRequest]);

  useEffect(() => {
    if (focusLast > 0) lastUrl.current?.focus();
  }, [focusLast]);

  function change(next: EvidenceLink[]) {
    setRows(next);
    const valid = next.filter(isComplete);
    if (!sameLinks(valid, evidence)) onChange(valid);
  }

  return (
    <fieldset className="evidence" disabled={disabled}>
      <legend>Evidence</legend>
      {rows.length === 0 && <p className="muted">No evidence yet.</p>}
      {rows.map((row, index) => {
        const invalid = row.url.trim() !== '' && !isHttpUrl(row.url);
        const rowId = `${id}-${index}`;
        return (
          <div className="evidence-row" key={index}>
            {FIELDS.map((field) => {
              const fieldId = `${rowId}-${field.key}`;
              const common = {
                id: fieldId,
                dir: 'auto',
                value: row[field.key],
                onChange: (e: { target: { value: string } }) =>
                  change(rows.map((r, i) => (i === index ? { ...r, [field.key]: e.target.value } : r))),
              };
              return (
                <div className="evidence-field" key={field.key}>
                  <label htmlFor={fieldId}>
                    Evidence {index + 1} {field.label.toLowerCase()}
                  </label>
                  {field.multiline ? (
                    <textarea {...common} rows={2} />
                  ) : (
                    <input
                      {...common}
                      ref={field.key === 'url' && index === rows.length - 1 ? lastUrl : undefined}
                      type={field.type ?? 'text'}
                      placeholder={field.key === 'url' ? 'https://' : undefined}
                      aria-invalid={field.key === 'url' ? invalid : undefined}
                      aria-describedby={field.key === 'url' && invalid ? `${rowId}-error` : undefined}
                    />
                  )}
                  {field.key === 'url' && invalid && (
                    <span id={`${rowId}-error`} className="field-error">
                      Use a web address starting with http:// or https://
                    </span>
                  )}
                </div>
              );
            })}
            <button
              type="button"
              className="small"
              aria-label={`Remove evidence ${index + 1}`}
              onClick={() => change(rows.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button type="button" className="small" onClick={() => setRows([...rows, { ...EMPTY }])}>
        Add evidence
      </button>
    </fieldset>
  );
}

function isComplete(link: EvidenceLink): boolean {
  return isHttpUrl(link.url);
}

function sameLinks(a: EvidenceLink[], b: EvidenceLink[]): boolean {
  const keys = FIELDS.map((field) => field.key);
  return a.length === b.length && a.every((link, i) => keys.every((key) => link[key] === b[i]?.[key]));
}
