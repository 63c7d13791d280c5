/**
 * A claim's evidence links. Rows are edited locally; only rows with a valid http(s) URL are
 * saved, and a row with a bad URL says so.
 */
import { useEffect, useId, useState } from 'react';
import type { EvidenceLink } from '../../shared/domain/annotation';
import { isHttpUrl } from '../../shared/text/safeUrl';

export function EvidenceEditor({ evidence, onChange }: { evidence: EvidenceLink[]; onChange: (evidence: EvidenceLink[]) => void }) {
  const id = useId();
  const [rows, setRows] = useState<EvidenceLink[]>(evidence);

  useEffect(() => {
    // Take outside changes (a reload, an undo) unless they are what we last committed.
    setRows((current) => (sameLinks(current.filter(isComplete), evidence) ? current : evidence));
  }, [evidence]);

  function change(next: EvidenceLink[]) {
    setRows(next);
    const valid = next.filter(isComplete);
    if (!sameLinks(valid, evidence)) onChange(valid);
  }

  return (
    <fieldset className="evidence">
      <legend>Evidence</legend>
      {rows.length === 0 && <p className="muted">No evidence yet.</p>}
      {rows.map((row, index) => {
        const invalid = row.url.trim() !== '' && !isHttpUrl(row.url);
        const rowId = `${id}-${index}`;
        return (
          <div className="evidence-row" key={index}>
            <label htmlFor={`${rowId}-url`}>Link {index + 1} URL</label>
            <input
              id={`${rowId}-url`}
              type="url"
              value={row.url}
              placeholder="https://"
              aria-invalid={invalid}
              aria-describedby={invalid ? `${rowId}-error` : undefined}
              onChange={(e) => change(rows.map((r, i) => (i === index ? { ...r, url: e.target.value } : r)))}
            />
            {invalid && (
              <span id={`${rowId}-error`} className="field-error">
                Use a web address starting with http:// or https://
              </span>
            )}
            <label htmlFor={`${rowId}-title`}>Link {index + 1} title</label>
            <input
              id={`${rowId}-title`}
              value={row.title}
              onChange={(e) => change(rows.map((r, i) => (i === index ? { ...r, title: e.target.value } : r)))}
            />
            <label htmlFor={`${rowId}-note`}>Link {index + 1} note</label>
            <input
              id={`${rowId}-note`}
              value={row.note}
              onChange={(e) => change(rows.map((r, i) => (i === index ? { ...r, note: e.target.value } : r)))}
            />
            <button
              type="button"
              className="small"
              aria-label={`Remove link ${index + 1}`}
              onClick={() => change(rows.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button type="button" className="small" onClick={() => setRows([...rows, { url: '', title: '', note: '' }])}>
        Add evidence link
      </button>
    </fieldset>
  );
}

function isComplete(link: EvidenceLink): boolean {
  return isHttpUrl(link.url);
}

function sameLinks(a: EvidenceLink[], b: EvidenceLink[]): boolean {
  return a.length === b.length && a.every((link, i) => link.url === b[i]?.url && link.title === b[i]?.title && link.note === b[i]?.note);
}
