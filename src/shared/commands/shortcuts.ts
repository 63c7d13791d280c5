/**
 * Every keyboard shortcut, defined once. The editor keymap, the toolbar's tooltips and
 * aria-keyshortcuts, and the help all read this table.
 *
 * Keys use ProseMirror's notation ("Alt-Shift-q", "Mod-z"; Mod is Cmd on macOS, Ctrl elsewhere).
 * Tagging uses Alt+Shift+letter: free on every platform and keyboard layout we know of
 * (Ctrl+Alt is AltGr on Windows; Cmd+Shift+digits are macOS screenshots).
 */
import type { AnnotationKind } from '../domain/annotation';

export interface Shortcut {
  command: string;
  label: string;
  keys: string;
}

export const TAG_SHORTCUTS: Record<AnnotationKind, Shortcut> = {
  quote: { command: 'tag.quote', label: 'Tag the selection as a quote', keys: 'Alt-Shift-q' },
  source: { command: 'tag.source', label: 'Tag the selection as a source', keys: 'Alt-Shift-s' },
  claim: { command: 'tag.claim', label: 'Tag the selection as a claim', keys: 'Alt-Shift-c' },
};

export const SUGGEST_SHORTCUT: Shortcut = { command: 'suggest.toggle', label: 'Suggest quotes, sources and claims', keys: 'Alt-Shift-g' };

export const EDIT_SHORTCUTS: Shortcut[] = [
  { command: 'edit.undo', label: 'Undo', keys: 'Mod-z' },
  { command: 'edit.redo', label: 'Redo', keys: 'Mod-Shift-z' },
  { command: 'edit.bold', label: 'Bold', keys: 'Mod-b' },
  { command: 'edit.italic', label: 'Italic', keys: 'Mod-i' },
];

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };

/** "Alt-Shift-q" as people read it: "Alt+Shift+Q", or "⌥⇧Q" on macOS. */
export function formatShortcut(keys: string, mac: boolean): string {
  const parts = keys.split('-').map((part, index, all) => (index === all.length - 1 && part.length === 1 ? part.toUpperCase() : part));
  if (mac) return parts.map((part) => MAC_SYMBOLS[part] ?? part).join('');
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}

/** The same keys in aria-keyshortcuts syntax ("Alt+Shift+Q", "Meta+Z"). */
export function ariaKeyShortcuts(keys: string, mac: boolean): string {
  return keys
    .split('-')
    .map((part, index, all) => {
      if (part === 'Mod') return mac ? 'Meta' : 'Control';
      if (part === 'Ctrl') return 'Control';
      return index === all.length - 1 && part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}

/** Whether a key event is the given shortcut (the letter compared case-insensitively, modifiers exactly). */
export function matchesShortcut(
  event: { key: string; code?: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean },
  keys: string,
  mac: boolean,
): boolean {
  const parts = keys.split('-');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts);
  const wantsMod = mods.has('Mod');
  const ctrl = mods.has('Ctrl') || (wantsMod && !mac);
  const meta = mods.has('Cmd') || (wantsMod && mac);
  // With Alt held, macOS types another character ("©" for Alt+G): fall back to the physical key.
  const typed = event.key.toLowerCase() === key || (key.length === 1 && event.code === `Key${key.toUpperCase()}`);
  return (
    typed && event.altKey === mods.has('Alt') && event.shiftKey === mods.has('Shift') && event.ctrlKey === ctrl && event.metaKey === meta
  );
}
