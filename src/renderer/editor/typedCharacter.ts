/**
 * Typing a character where the browser's own typing is slow: inside a highlight.
 *
 * Left to the browser, a character typed inside a highlight lands in the highlight's <span>. ProseMirror cannot tell
 * whether the browser changed more than the text there, so it throws the span away and draws it again, then puts the
 * caret back into the new text node, which forces the browser to lay the page out on the spot. On a long story that
 * is the slowest keystroke there is (profiled in docs/performance.md). Inserted as a transaction instead, the text
 * node is updated in place and the span stays.
 *
 * Only plain characters are taken over: shortcuts, line breaks and anything typed through an input method
 * (composition) keep ProseMirror's and the browser's own handling.
 */
import type { EditorView } from 'prosemirror-view';

type KeyPress = Pick<KeyboardEvent, 'charCode' | 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing'>;

/** The text a keypress types, or null when it types none we take over (a shortcut, a composition, a line break). */
export function typedCharacter(event: KeyPress): string | null {
  if (event.isComposing || !event.charCode || event.metaKey) return null;
  // Ctrl+Alt is AltGr on Windows keyboards, which types characters; Ctrl alone is a shortcut.
  if (event.ctrlKey && !event.altKey) return null;
  if (event.charCode > 0x10ffff) return null;
  const text = String.fromCodePoint(event.charCode);
  return /[\r\n]/.test(text) ? null : text;
}

/**
 * Types `text` over the selection as ProseMirror types a character itself: text-input handlers (input rules) first,
 * otherwise an insertion that takes the marks at the caret, scrolled into view.
 */
export function insertTypedText(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  const insert = () => view.state.tr.insertText(text);
  if (view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insert))) return;
  view.dispatch(insert().scrollIntoView());
}
