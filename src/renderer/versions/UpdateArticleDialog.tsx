/**
 * "Update article": a newer text of the same story, pasted or from a file. The current text is
 * kept as a version and every annotation is moved to its words in the new text; the summary says
 * how many stayed, moved, need a look, or lost their words.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { PmNodeJson } from '../../shared/domain/document';
import type { ApiOutput } from '../../shared/contract/api';
import { ARTICLE_EXTENSIONS } from '../../shared/import/fileTypes';
import { useApi } from '../app/ApiContext';
import { useRichPaste } from '../library/useRichPaste';
import { bytesToBase64 } from '../files/base64';
import { useModalDialog } from '../ui/useModalDialog';

export type RevisionResult = ApiOutput<'documents.revise'>;

export function UpdateArticleDialog({
  documentId,
  beforeUpdate,
  onCancel,
  onUpdated,
}: {
  documentId: string;
  beforeUpdate: () => Promise<void>;
  onCancel: () => void;
  onUpdated: (result: RevisionResult) => void;
}) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const paste = useRichPaste();
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useModalDialog(dialog);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file && paste.text.trim() === '') return setError('Paste the new text of the article, or choose a file.');
    setBusy(true);
    setError(null);
    try {
      await beforeUpdate();
      const source = file
        ? { file: { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) } }
        : { content: paste.toDoc(paste.text).toJSON() as PmNodeJson };
      onUpdated(await api.call('documents.revise', { id: documentId, ...source, ...(label.trim() ? { label: label.trim() } : {}) }));
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="new-document" aria-labelledby="update-heading" onCancel={onCancel}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="update-heading">Update article</h2>
        <p className="muted">
          Paste the newer text of this story (or choose its file). The current text is kept as a version, and every quote, source and claim
          moves to its words in the new text, or is listed as having lost them.
        </p>
        <label>
          New text
          <textarea
            value={paste.text}
            onChange={(event) => paste.setText(event.target.value)}
            onPaste={paste.onPaste}
            rows={12}
            disabled={file !== null}
            placeholder="Paste the updated article here"
          />
        </label>
        <label>
          Or a file
          <input type="file" accept={ARTICLE_EXTENSIONS.join(',')} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <label>
          What changed (optional)
          <input
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            placeholder="e.g. 14:05 update: casualty figures revised"
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Updating…' : 'Update'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** "Updated to version 3: 7 on their words, 2 found elsewhere, 1 to check, 1 lost its words." */
export function describeRevision({ version, counts }: RevisionResult): string {
  const parts = [`${counts.exact} on their words`];
  if (counts.moved) parts.push(`${counts.moved} found elsewhere`);
  if (counts.fuzzy) parts.push(`${counts.fuzzy} found by similar words`);
  if (counts.review) parts.push(`${counts.review} to check`);
  if (counts.orphaned) parts.push(`${counts.orphaned} lost ${counts.orphaned === 1 ? 'its' : 'their'} words`);
  return `Updated to version ${version.number}: ${parts.join(', ')}.`;
}
