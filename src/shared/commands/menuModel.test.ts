import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';
import { toAccelerator } from './accelerator';
import { buildMenuModel, type MenuItemModel, type MenuModel } from './menuModel';

function commandIds(menus: MenuModel[]): string[] {
  const ids: string[] = [];
  const walk = (items: MenuItemModel[]) =>
    items.forEach((i) => (i.kind === 'command' ? ids.push(i.id) : i.kind === 'submenu' ? walk(i.items) : undefined));
  menus.forEach((m) => walk(m.items));
  return ids;
}

describe('the application menu', () => {
  it('puts About, Settings and Quit in the macOS app menu, and Exit last in File elsewhere', () => {
    const mac = buildMenuModel('mac', []);
    expect(mac.map((m) => m.label)).toEqual(['Pressmark', 'File', 'Edit', 'Annotate', 'Check', 'View', 'Help']);
    expect(mac[0]!.items.filter((i) => i.kind === 'command').map((i) => i.label)).toEqual([
      'About Pressmark',
      'Settings…',
      'Quit Pressmark',
    ]);
    const macFile = mac[1]!.items.filter((i) => i.kind === 'command').map((i) => (i.kind === 'command' ? i.id : ''));
    expect(macFile).not.toContain('file.quit');

    const windows = buildMenuModel('windows', []);
    expect(windows[0]!.label).toBe('File');
    const last = windows[0]!.items.at(-1)!;
    expect(last).toMatchObject({ kind: 'command', id: 'file.quit', label: 'Exit', role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    expect(windows.find((m) => m.label === 'Help')!.items.map((i) => (i.kind === 'command' ? i.id : i.kind))).toEqual([
      'help.shortcuts',
      'help.about',
    ]);
  });

  it('reaches every command from the menu on every platform, once', () => {
    for (const platform of ['mac', 'windows', 'linux'] as const) {
      const ids = commandIds(buildMenuModel(platform, []));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(COMMANDS.map((c) => c.id).sort());
    }
  });

  it('gathers the export formats in File → Export', () => {
    const file = buildMenuModel('windows', [])[0]!;
    const exports = file.items.find((i) => i.kind === 'submenu' && i.label === 'Export');
    expect(exports?.kind === 'submenu' && exports.items.map((i) => (i.kind === 'command' ? i.label : i.kind))).toEqual([
      'Report (HTML)…',
      'Report (PDF)…',
      'Report (Word)…',
      'Report (Markdown)…',
      'Annotations (CSV)…',
      'Annotations (W3C JSON-LD)…',
      'ClaimReview (JSON-LD)…',
    ]);
  });

  it('lists recent documents under File, and never starts, ends or doubles a separator', () => {
    const menus = buildMenuModel('linux', [
      { id: 'a', title: 'Khamenei weeps' },
      { id: 'b', title: '' },
    ]);
    const recent = menus[0]!.items.find((i) => i.kind === 'submenu' && i.label === 'Recent Documents')!;
    expect(recent).toMatchObject({ label: 'Recent Documents' });
    expect(recent.kind === 'submenu' && recent.items).toEqual([
      { kind: 'recent', documentId: 'a', label: 'Khamenei weeps' },
      { kind: 'recent', documentId: 'b', label: 'Untitled' },
    ]);
    for (const menu of menus) {
      expect(menu.items[0]!.kind).not.toBe('separator');
      expect(menu.items.at(-1)!.kind).not.toBe('separator');
      menu.items.forEach((i, n) => n > 0 && i.kind === 'separator' && expect(menu.items[n - 1]!.kind).not.toBe('separator'));
    }
  });

  it('writes accelerators the way Electron reads them', () => {
    expect(toAccelerator('Mod-Shift-z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Alt-Shift-q')).toBe('Alt+Shift+Q');
    expect(toAccelerator('Mod--')).toBe('CmdOrCtrl+-');
    expect(toAccelerator('Mod-=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('Mod-\\')).toBe('CmdOrCtrl+\\');
    expect(toAccelerator('Shift-F3')).toBe('Shift+F3');
    expect(toAccelerator('Alt-Shift-Backspace')).toBe('Alt+Shift+Backspace');
  });
});
