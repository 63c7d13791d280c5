/**
 * "New from pasted text": a title and the article's text. A short first line is taken as the
 * headline (and left out of the body) unless the user changes the title.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { plainTextToDoc, splitHeadline } from '../../shared/editor/fromPlainText';
import type { PmNodeJson } from '../../shared/domain/document';
import { useApi } from '../app/ApiContext';

export function NewDocumentDialog({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function changeText(value: string) {
    setText(value);
    if (!titleEdited) setTitle(splitHeadline(value).title);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setError('Paste the article’s text first.');
    const headline = splitHeadline(text);
    const body = headline.title && title.trim() === headline.title ? headline.body : text;
    setBusy(true);
    try {
      const created = await api.call('documents.create', {
        title: title.trim() || 'Untitled article',
        content: plainTextToDoc(body).toJSON() as PmNodeJson,
      });
      onCreated(created.id);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="new-document" aria-labelledby="new-document-heading" onCancel={onCancel}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="new-document-heading">New document from pasted text</h2>
        <label>
          Title
          <input
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleEdited(true);
            }}
            placeholder="Taken from the first line if it looks like a headline"
          />
        </label>
        <label>
          Article text
          <textarea value={text} onChange={(event) => changeText(event.target.value)} rows={16} placeholder="Paste the article here" />
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
            Create document
          </button>
        </div>
      </form>
    </dialog>
  );
}
