import { describe, expect, it } from 'vitest';
import { COMMAND_LIST as COMMANDS, MENUS, commandById, commandsOf, isCommandId, type CommandId } from './commands';
import { SUGGEST_SHORTCUT, TAG_SHORTCUTS, ariaKeyShortcuts, formatShortcut, matchesShortcut, parseKeys } from './shortcuts';

const MODIFIERS = new Set(['Mod', 'Alt', 'Shift', 'Ctrl', 'Cmd']);

describe('the command table', () => {
  it('gives every command a unique id, a label and a menu that exists', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.label.trim()).not.toBe('');
      expect(MENUS).toContain(c.menu);
    }
    for (const menu of MENUS) expect(commandsOf(menu).length).toBeGreaterThan(0);
  });

  it('never binds the same keys to two commands', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const keys of [c.keys, ...(c.altKeys ?? [])].filter((k): k is string => k !== undefined)) {
        const normal = keys.toLowerCase();
        expect(seen.get(normal), `${keys} is bound to ${seen.get(normal)} and ${c.id}`).toBeUndefined();
        seen.set(normal, c.id);
      }
    }
  });

  it('writes keys as modifiers then one key', () => {
    for (const c of COMMANDS) {
      for (const keys of [c.keys, ...(c.altKeys ?? [])].filter((k): k is string => k !== undefined)) {
        const { modifiers, key } = parseKeys(keys);
        expect(key.length, keys).toBeGreaterThan(0);
        for (const modifier of modifiers) expect(MODIFIERS.has(modifier), `${keys} in ${c.id}`).toBe(true);
      }
    }
  });

  it('looks commands up by id and refuses unknown ids', () => {
    expect(commandById('tag.quote').keys).toBe('Alt-Shift-q');
    expect(commandById('check.verdict.7').label).toBe('Verdict 7');
    expect(isCommandId('file.open')).toBe(true);
    expect(isCommandId('file.format-disk')).toBe(false);
    expect(isCommandId(42)).toBe(false);
    const id: CommandId = 'help.shortcuts';
    expect(commandById(id).menu).toBe('help');
  });
});

describe('shortcut notation', () => {
  const press = (key: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}, code?: string) => ({
    key,
    ...(code ? { code } : {}),
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
  });

  it('reads the minus key, function keys and punctuation', () => {
    expect(parseKeys('Mod--')).toEqual({ modifiers: new Set(['Mod']), key: '-' });
    expect(parseKeys('Shift-F3')).toEqual({ modifiers: new Set(['Shift']), key: 'F3' });
    expect(formatShortcut('Mod--', false)).toBe('Ctrl+-');
    expect(formatShortcut('Mod-Shift-z', true)).toBe('⌘⇧Z');
    expect(ariaKeyShortcuts('Mod--', false)).toBe('Control+-');
    expect(matchesShortcut(press('-', { ctrlKey: true }), 'Mod--', false)).toBe(true);
    expect(matchesShortcut(press('F1'), 'F1', false)).toBe(true);
    expect(matchesShortcut(press('F1', { shiftKey: true }), 'F1', false)).toBe(false);
    // "?" is Shift+/ on most layouts: the character already says Shift was held.
    expect(matchesShortcut(press('?', { shiftKey: true }), '?', false)).toBe(true);
    expect(matchesShortcut(press('+', { ctrlKey: true, shiftKey: true }), 'Mod-+', false)).toBe(true);
    // Alt+digit types another character on macOS: the physical key decides.
    expect(matchesShortcut(press('¡', { altKey: true }, 'Digit1'), 'Alt-1', true)).toBe(true);
  });

  it('are distinct and shown the way each platform writes them', () => {
    const keys = [...Object.values(TAG_SHORTCUTS), SUGGEST_SHORTCUT].map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(formatShortcut('Alt-Shift-q', false)).toBe('Alt+Shift+Q');
    expect(formatShortcut('Alt-Shift-q', true)).toBe('⌥⇧Q');
    expect(formatShortcut('Mod-z', false)).toBe('Ctrl+Z');
    expect(ariaKeyShortcuts('Mod-Shift-z', true)).toBe('Meta+Shift+Z');
  });

  it('match key events with exactly their modifiers, by physical key when Alt changes the character', () => {
    expect(matchesShortcut(press('G', { altKey: true, shiftKey: true }), 'Alt-Shift-g', false)).toBe(true);
    expect(matchesShortcut(press('˝', { altKey: true, shiftKey: true }, 'KeyG'), 'Alt-Shift-g', true)).toBe(true);
    expect(matchesShortcut(press('g', { altKey: true }), 'Alt-Shift-g', false)).toBe(false);
    expect(matchesShortcut(press('G', { altKey: true, shiftKey: true, ctrlKey: true }), 'Alt-Shift-g', false)).toBe(false);
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'Mod-z', false)).toBe(true);
    expect(matchesShortcut(press('z', { ctrlKey: true }), 'Mod-z', true)).toBe(false);
    expect(matchesShortcut(press('z', { metaKey: true }), 'Mod-z', true)).toBe(true);
  });

  it('takes the toolbar and suggestion keys from the command table', () => {
    expect(TAG_SHORTCUTS.claim.keys).toBe(commandById('tag.claim').keys);
    expect(SUGGEST_SHORTCUT.keys).toBe(commandById('suggest.toggle').keys);
  });
});
