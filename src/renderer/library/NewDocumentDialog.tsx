/**
 * "New from pasted text": a title and the article's text. A short first line is taken as the
 * headline (and left out of the body) unless the user changes the title. Rich text pasted from a
 * browser or Word keeps its headings, emphasis, links, lists and quotes (reduced to our schema)
 * as long as the pasted text is not edited in the box.
 */
import { useRef, useState, type FormEvent } from 'react';
import { splitHeadline } from '../../shared/editor/fromPlainText';
import type { PmNodeJson } from '../../shared/domain/document';
import { useApi } from '../app/ApiContext';
import { articleSchema } from '../../shared/editor/schema';
import { useRichPaste } from './useRichPaste';
import { useModalDialog } from '../ui/useModalDialog';

export function NewDocumentDialog({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const paste = useRichPaste((value) => {
    if (!titleEdited) setTitle(splitHeadline(value).title);
  });
  const text = paste.text;

  useModalDialog(dialog);

  function content(body: string, headline: string): PmNodeJson {
    const doc = paste.toDoc(body);
    // Rich text keeps its first block: if the headline became the title, leave that block out.
    const first = doc.firstChild;
    if (paste.isRich && headline && first && first.textContent.trim() === headline && doc.childCount > 1) {
      const rest: (typeof first)[] = [];
      doc.forEach((child, _offset, index) => index > 0 && rest.push(child));
      return articleSchema.node('doc', null, rest).toJSON() as PmNodeJson;
    }
    return doc.toJSON() as PmNodeJson;
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
        content: content(body, headline.title && title.trim() === headline.title ? headline.title : ''),
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
          <textarea
            value={text}
            onChange={(event) => paste.setText(event.target.value)}
            onPaste={paste.onPaste}
            rows={16}
            placeholder="Paste the article here"
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
            Create document
          </button>
        </div>
      </form>
    </dialog>
  );
}
