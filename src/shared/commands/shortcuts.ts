/**
 * Keyboard shortcuts: reading and writing key notation, and matching key events. The keys themselves are
 * defined once, in the command table (commands.ts); the toolbar's tags and the suggestion toggle are read from it.
 *
 * Keys use ProseMirror's notation ("Alt-Shift-q", "Mod-z"; Mod is Cmd on macOS, Ctrl elsewhere).
 * Tagging uses Alt+Shift+letter: free on every platform and keyboard layout we know of
 * (Ctrl+Alt is AltGr on Windows; Cmd+Shift+digits are macOS screenshots).
 */
import type { AnnotationKind } from '../domain/annotation';
import { commandById, type CommandId } from './commands';

export interface Shortcut {
  command: string;
  label: string;
  keys: string;
}

export const TAG_SHORTCUTS: Record<AnnotationKind, Shortcut> = {
  quote: fromCommand('tag.quote', 'Tag the selection as a quote'),
  source: fromCommand('tag.source', 'Tag the selection as a source'),
  claim: fromCommand('tag.claim', 'Tag the selection as a claim'),
};

export const SUGGEST_SHORTCUT: Shortcut = fromCommand('suggest.toggle', 'Suggest quotes, sources and claims');

/** Keys of the editor's own keymap (not menu commands, but listed in the shortcut sheet). */
export const EDITOR_SHORTCUTS: Shortcut[] = [
  { command: 'edit.bold', label: 'Bold', keys: 'Mod-b' },
  { command: 'edit.italic', label: 'Italic', keys: 'Mod-i' },
];

function fromCommand(id: CommandId, label: string): Shortcut {
  return { command: id, label, keys: commandById(id).keys! };
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };

/** "Alt-Shift-q" as people read it: "Alt+Shift+Q", or "⌥⇧Q" on macOS. */
export function formatShortcut(keys: string, mac: boolean): string {
  const { modifiers, key } = parseKeys(keys);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  if (mac) return [...[...modifiers].map((m) => MAC_SYMBOLS[m] ?? m), shown].join('');
  return [...[...modifiers].map((m) => (m === 'Mod' ? 'Ctrl' : m)), shown].join('+');
}

/** The same keys in aria-keyshortcuts syntax ("Alt+Shift+Q", "Meta+Z"). */
export function ariaKeyShortcuts(keys: string, mac: boolean): string {
  const { modifiers, key } = parseKeys(keys);
  const aria = [...modifiers].map((m) => (m === 'Mod' ? (mac ? 'Meta' : 'Control') : m === 'Ctrl' ? 'Control' : m === 'Cmd' ? 'Meta' : m));
  return [...aria, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** "Mod-Shift-z" → modifiers and key; a trailing "-" is the minus key ("Mod--"). */
export function parseKeys(keys: string): { modifiers: Set<string>; key: string } {
  const minus = keys.endsWith('--') || keys === '-';
  const parts = (minus ? keys.slice(0, -1) : keys).split('-').filter(Boolean);
  const key = minus ? '-' : (parts.pop() ?? '');
  return { modifiers: new Set(parts), key };
}

export interface KeyPress {
  key: string;
  code?: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Whether a key event is the given shortcut: letters compared case-insensitively, modifiers exactly. A punctuation
 * key ("?", "+") already says whether Shift was held, so Shift is not compared for it.
 */
export function matchesShortcut(event: KeyPress, keys: string, mac: boolean): boolean {
  const { modifiers, key: wanted } = parseKeys(keys);
  const key = wanted.toLowerCase();
  const wantsMod = modifiers.has('Mod');
  const ctrl = modifiers.has('Ctrl') || (wantsMod && !mac);
  const meta = modifiers.has('Cmd') || (wantsMod && mac);
  // With Alt held, macOS types another character ("©" for Alt+G, "¡" for Alt+1): fall back to the physical key.
  const physical = /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : null;
  const typed = event.key.toLowerCase() === key || (physical !== null && event.code === physical);
  const punctuation = key.length === 1 && !/[a-z0-9]/.test(key);
  return (
    typed &&
    event.altKey === modifiers.has('Alt') &&
    (punctuation || event.shiftKey === modifiers.has('Shift')) &&
    event.ctrlKey === ctrl &&
    event.metaKey === meta
  );
}
