/**
 * The article's versions, and any two compared: what was added and removed, and which
 * annotations those changes touch.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentVersion, VersionDiff } from '../../shared/contract/api';
import { KIND_LABELS } from '../../shared/domain/annotation';
import { useApi } from '../app/ApiContext';
import { useModalDialog } from '../ui/useModalDialog';

/** Unchanged stretches longer than this are shortened to their ends around an ellipsis. */
const CONTEXT_CHARS = 160;

export function VersionsDialog({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | 'now'>('now');
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  useModalDialog(dialog);
  useEffect(() => {
    api.call('documents.versions', { id: documentId }).then(
      (list) => {
        setVersions(list);
        if (list.length >= 2) {
          setFrom(list[list.length - 2]!.number);
          setTo(list[list.length - 1]!.number);
        }
      },
      (e: Error) => setError(e.message),
    );
  }, [api, documentId]);

  useEffect(() => {
    if (from === null) return;
    setDiff(null);
    api.call('documents.diff', { id: documentId, from, to: to === 'now' ? null : to }).then(setDiff, (e: Error) => setError(e.message));
  }, [api, documentId, from, to]);

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="versions-heading" onCancel={onClose}>
      <h2 id="versions-heading">Versions</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {versions === null ? (
        <p aria-busy="true">Loading versions…</p>
      ) : versions.length === 0 ? (
        <p>This article has one version so far. Use “Update article…” when a newer text of the story arrives.</p>
      ) : (
        <>
          <table className="versions-table">
            <caption className="visually-hidden">Versions of this article</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">What changed</th>
                <th scope="col">When</th>
                <th scope="col">Words</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.number}>
                  <td>{version.number}</td>
                  <td>{version.label}</td>
                  <td>{new Date(version.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{version.number === 1 ? '—' : `+${version.wordsAdded} −${version.wordsRemoved}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="compare">
            <label>
              Compare version
              <select value={from ?? ''} onChange={(event) => setFrom(Number(event.target.value))}>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    {v.number}: {v.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              with
              <select value={to} onChange={(event) => setTo(event.target.value === 'now' ? 'now' : Number(event.target.value))}>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    {v.number}: {v.label}
                  </option>
                ))}
                <option value="now">The article now</option>
              </select>
            </label>
          </div>
          {diff && <DiffView diff={diff} />}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

function DiffView({ diff }: { diff: VersionDiff }) {
  return (
    <section aria-label="Changes">
      <p className="diff-summary">
        {diff.wordsAdded} words added, {diff.wordsRemoved} removed.
      </p>
      <div className="diff" aria-label="Compared text">
        {diff.passages.map((passage, index) =>
          passage.change === 'added' ? (
            <ins key={index}>{passage.text}</ins>
          ) : passage.change === 'removed' ? (
            <del key={index}>{passage.text}</del>
          ) : (
            <span key={index}>{shorten(passage.text, index === 0, index === diff.passages.length - 1)}</span>
          ),
        )}
      </div>
      <h3>Annotations these changes touch ({diff.touched.length})</h3>
      {diff.touched.length === 0 ? (
        <p>None: every annotation is on words that did not change.</p>
      ) : (
        <ul className="touched" aria-label="Annotations these changes touch">
          {diff.touched.map((annotation) => (
            <li key={annotation.id}>
              <span className={`kind-badge kind-badge-${annotation.kind}`}>{KIND_LABELS[annotation.kind]}</span> <q>{annotation.exact}</q>{' '}
              <span className="muted">
                {annotation.label}
                {annotation.anchorStatus === 'orphaned' ? ' · lost its words' : annotation.anchorStatus === 'review' ? ' · to check' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Keeps the ends of a long unchanged stretch, the context a reader needs around each change. */
function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT_CHARS * 2) return text;
  const head = first ? '' : text.slice(0, CONTEXT_CHARS);
  const tail = last ? '' : text.slice(-CONTEXT_CHARS);
  return `${head} … ${tail}`;
}
