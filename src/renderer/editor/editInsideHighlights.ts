/**
 * Typing and deleting single characters inside a highlight, done by the editor rather than the browser.
 *
 * Left to the browser, a character typed or deleted inside a highlight changes the text node in the highlight's
 * <span>. ProseMirror cannot tell whether the browser changed more than that text, so it throws the span away, draws
 * it again and puts the caret back into the new text node, which forces the browser to lay the page out on the
 * spot: on a long story the slowest keystroke there is (profiled in docs/performance.md). Done as a transaction
 * instead, the text node is updated in place and the span stays.
 *
 * Only where the selection touches a highlight: elsewhere the browser's own typing is the fastest there is. Only
 * plain characters (typedCharacter.ts) and plain Backspace/Delete inside a textblock (deletedLength.ts): shortcuts,
 * word deletion, deleting across blocks and input methods keep ProseMirror's and the browser's own handling. The
 * plugin goes after the keymaps, so their Backspace and Delete (joining blocks) come first.
 */
import { Plugin, TextSelection, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationPluginKey } from './annotationPlugin';
import { typedCharacter } from './typedCharacter';
import { backspaceLength, deleteLength } from './deletedLength';

export function editInsideHighlightsPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyPress(view, event) {
        if (!touchesHighlight(view.state, true)) return false;
        const text = typedCharacter(event);
        if (text === null) return false;
        insertTypedText(view, text);
        return true;
      },
      handleKeyDown(view, event) {
        const direction = event.key === 'Backspace' ? -1 : event.key === 'Delete' ? 1 : 0;
        if (!direction || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return false;
        if (!touchesHighlight(view.state, false)) return false;
        return deleteCharacter(view, direction);
      },
    },
  });
}

/**
 * Whether the selection lies in one textblock and touches a highlight; a selection that is not empty qualifies only
 * when `allowRange` (typing replaces it; deleting one is ProseMirror's own work).
 */
function touchesHighlight(state: EditorState, allowRange: boolean): boolean {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to)) return false;
  if (!selection.empty && !allowRange) return false;
  return annotationPluginKey.getState(state)?.index.touches(selection.from, selection.to) ?? false;
}

/**
 * Types `text` over the selection as ProseMirror types a character itself: text-input handlers (input rules) first,
 * otherwise an insertion that takes the marks at the caret, scrolled into view.
 */
function insertTypedText(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  const insert = () => view.state.tr.insertText(text);
  if (view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insert))) return;
  view.dispatch(insert().scrollIntoView());
}

/** Deletes what Backspace (-1) or Delete (1) deletes next to the caret, when it is text in the same textblock. */
function deleteCharacter(view: EditorView, direction: -1 | 1): boolean {
  const { $from, from } = view.state.selection;
  const neighbour = direction < 0 ? $from.nodeBefore : $from.nodeAfter;
  if (!neighbour?.isText) return false;
  const length = direction < 0 ? backspaceLength(neighbour.text!) : deleteLength(neighbour.text!);
  if (!length) return false;
  const [start, end] = direction < 0 ? [from - length, from] : [from, from + length];
  view.dispatch(view.state.tr.delete(start, end).scrollIntoView());
  return true;
}
