/**
 * The character a key press types, for when the editor inserts it itself (editInsideHighlights.ts). Only plain
 * characters count: shortcuts, line breaks and anything typed through an input method (composition) are left to
 * ProseMirror and the browser.
 */
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
