/** Help → About Pressmark: what it is, its version, and where its data lives. */
import { useRef } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import { version } from '../../../package.json';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby="about-heading" onCancel={onClose}>
      <h2 id="about-heading">Pressmark {version}</h2>
      <p>
        Tag quotes, sources and claims in articles, fact-check them, and export annotated reports. Works offline; your library stays on this
        computer.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
