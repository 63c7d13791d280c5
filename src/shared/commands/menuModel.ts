/**
 * The application menu as plain data, built from the command table: the Electron layer turns it into a native menu,
 * and its tests check the platform conventions (macOS: an app menu with About, Settings and Quit; Windows and
 * Linux: File ends with Exit). Recent documents are a submenu of File.
 */
import { COMMAND_LIST, MENUS, MENU_LABELS, type Command, type CommandId, type CommandRole } from './commands';
import { toAccelerator } from './accelerator';

export type MenuPlatform = 'mac' | 'windows' | 'linux';

export type MenuItemModel =
  | { kind: 'command'; id: CommandId; label: string; accelerator?: string; role?: CommandRole }
  | { kind: 'recent'; documentId: string; label: string }
  | { kind: 'submenu'; label: string; items: MenuItemModel[] }
  | { kind: 'separator' }
  /** macOS's own app-menu entries (Hide, Hide Others, Show All, Services). */
  | { kind: 'macRole'; role: 'hide' | 'hideOthers' | 'unhide' | 'services' };

export interface MenuModel {
  label: string;
  items: MenuItemModel[];
}

export interface RecentDocument {
  id: string;
  title: string;
}

/** On macOS these live in the app menu instead of File and Help. */
const MAC_APP_MENU: readonly CommandId[] = ['help.about', 'file.settings', 'file.quit'];

type CommandItem = Extract<MenuItemModel, { kind: 'command' }>;

function item(command: Command): CommandItem {
  return {
    kind: 'command',
    id: command.id,
    label: command.label,
    ...(command.keys ? { accelerator: toAccelerator(command.keys) } : {}),
    ...(command.role ? { role: command.role } : {}),
  };
}

export function buildMenuModel(platform: MenuPlatform, recent: readonly RecentDocument[]): MenuModel[] {
  const commands = COMMAND_LIST;
  const byId = (id: CommandId) => commands.find((c) => c.id === id)!;
  const menus: MenuModel[] = [];
  if (platform === 'mac') {
    menus.push({
      label: 'Pressmark',
      items: [
        { ...item(byId('help.about')), label: 'About Pressmark' },
        { kind: 'separator' },
        item(byId('file.settings')),
        { kind: 'separator' },
        { kind: 'macRole', role: 'services' },
        { kind: 'separator' },
        { kind: 'macRole', role: 'hide' },
        { kind: 'macRole', role: 'hideOthers' },
        { kind: 'macRole', role: 'unhide' },
        { kind: 'separator' },
        { ...item(byId('file.quit')), label: 'Quit Pressmark' },
      ],
    });
  }
  for (const menu of MENUS) {
    const items: MenuItemModel[] = [];
    for (const command of commands.filter((c) => c.menu === menu)) {
      if (platform === 'mac' && MAC_APP_MENU.includes(command.id)) continue;
      if (command.group && items.length > 0 && items.at(-1)!.kind !== 'separator') items.push({ kind: 'separator' });
      if (command.id.startsWith('file.export.')) {
        // File → Export ▸ one item per format.
        let exports = items.find((i): i is Extract<MenuItemModel, { kind: 'submenu' }> => i.kind === 'submenu' && i.label === 'Export');
        if (!exports) items.push((exports = { kind: 'submenu', label: 'Export', items: [] }));
        exports.items.push({ ...item(command), label: command.label.replace(/^Export /, '') });
        continue;
      }
      items.push(item(command));
      if (command.id === 'file.open') {
        const recentItems: MenuItemModel[] = recent.map((doc) => ({ kind: 'recent', documentId: doc.id, label: doc.title || 'Untitled' }));
        items.push({ kind: 'submenu', label: 'Recent Documents', items: recentItems });
      }
    }
    while (items.at(-1)?.kind === 'separator') items.pop();
    menus.push({ label: MENU_LABELS[menu], items });
  }
  return menus;
}
