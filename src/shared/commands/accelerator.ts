/**
 * Key notation for Electron's menus: "Mod-Shift-z" → "CmdOrCtrl+Shift+Z". Electron shows the accelerator beside
 * the menu item and, when the menu carries a role or the page does not handle the key, triggers the item itself.
 */
import { parseKeys } from './shortcuts';

const MODIFIERS: Record<string, string> = { Mod: 'CmdOrCtrl', Cmd: 'Command', Ctrl: 'Control', Alt: 'Alt', Shift: 'Shift' };
const KEYS: Record<string, string> = { '-': '-', '=': '=', '+': 'Plus', '\\': '\\', ',': ',', '?': '?', Backspace: 'Backspace' };

export function toAccelerator(keys: string): string {
  const { modifiers, key } = parseKeys(keys);
  const named = KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return [...[...modifiers].map((m) => MODIFIERS[m] ?? m), named].join('+');
}
