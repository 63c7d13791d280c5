/**
 * The native application menu, from the same menu model as the browser host's menu bar (src/shared/commands).
 * Platform roles (undo, copy, quit…) are Electron's own; every other item sends a menu event to the page, which
 * checks it and runs the command there. Their keys are shown but not registered here: the page handles them,
 * so a key does the same thing whether or not a menu exists, and only once.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { buildMenuModel, type MenuItemModel, type MenuPlatform, type RecentDocument } from '../../shared/commands/menuModel';
import { MENU_EVENT_CHANNEL, type MenuEvent } from '../../shared/contract/menuEvents';

const PLATFORM: MenuPlatform = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux';

function toTemplate(items: readonly MenuItemModel[], send: (event: MenuEvent) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'macRole':
        return { role: item.role };
      case 'submenu':
        return item.items.length
          ? { label: item.label, submenu: toTemplate(item.items, send) }
          : { label: item.label, enabled: false, submenu: [] };
      case 'recent':
        return { label: item.label, click: () => send({ type: 'openDocument', documentId: item.documentId }) };
      case 'command':
        if (item.role) return { role: item.role, label: item.label, ...(item.accelerator ? { accelerator: item.accelerator } : {}) };
        return {
          label: item.label,
          ...(item.accelerator ? { accelerator: item.accelerator, registerAccelerator: false } : {}),
          click: () => send({ type: 'command', id: item.id }),
        };
    }
  });
}

/** Builds and installs the menu; call again when the recent documents change. */
export function installAppMenu(recent: readonly RecentDocument[], window: () => BrowserWindow | undefined): void {
  const send = (event: MenuEvent) => window()?.webContents.send(MENU_EVENT_CHANNEL, event);
  const template = buildMenuModel(PLATFORM, recent).map((menu): MenuItemConstructorOptions => ({
    label: menu.label,
    submenu: toTemplate(menu.items, send),
    ...(menu.label === 'Help' ? { role: 'help' as const } : {}),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
