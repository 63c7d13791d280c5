import { ANNOTATION_KINDS, KIND_LABELS, type AnnotationKind } from '../../shared/domain/annotation';
import { TAG_SHORTCUTS, ariaKeyShortcuts, formatShortcut } from '../../shared/commands/shortcuts';
import { isMac } from '../app/platform';

/** Tag buttons. mousedown is prevented so the editor keeps its selection when a button is clicked. */
export function Toolbar({ onTag }: { onTag: (kind: AnnotationKind) => void }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Tag the selected words">
      {ANNOTATION_KINDS.map((kind) => {
        const shortcut = TAG_SHORTCUTS[kind];
        const keys = formatShortcut(shortcut.keys, isMac);
        return (
          <button
            key={kind}
            type="button"
            className={`tag-button tag-button-${kind}`}
            title={`${shortcut.label} (${keys})`}
            aria-keyshortcuts={ariaKeyShortcuts(shortcut.keys, isMac)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onTag(kind)}
          >
            <span className={`swatch swatch-${kind}`} aria-hidden="true" />
            {KIND_LABELS[kind]}
            <kbd aria-hidden="true">{keys}</kbd>
          </button>
        );
      })}
      <span className="toolbar-hint">Select words in the article, then tag them.</span>
    </div>
  );
}
