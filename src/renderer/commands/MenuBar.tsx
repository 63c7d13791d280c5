/**
 * The browser host's menu bar, drawn from the same menu model as the desktop app's native menu (which replaces it
 * there). WAI-ARIA menubar keys: Left/Right move between menus, Down/Enter open one, Up/Down/Home/End move inside,
 * Enter runs, Escape closes and returns to the bar. A command nothing on screen can carry out now is disabled.
 * Focus goes back where it was before the menu opened, so "Tag as Quote" acts on the editor's selection.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildMenuModel, type MenuItemModel, type RecentDocument } from '../../shared/commands/menuModel';
import { ariaKeyShortcuts, formatShortcut } from '../../shared/commands/shortcuts';
import { commandById, type CommandId } from '../../shared/commands/commands';
import { useCommandAvailability } from './CommandContext';
import { isMac } from '../app/platform';

type Entry =
  | { kind: 'command'; id: CommandId; label: string; keys?: string }
  | { kind: 'recent'; documentId: string; label: string }
  | { kind: 'heading'; label: string }
  | { kind: 'separator' };

/** The menu model flattened for a web page: no nested submenus, no platform-only items. */
function entriesOf(items: readonly MenuItemModel[]): Entry[] {
  const entries: Entry[] = [];
  for (const item of items) {
    if (item.kind === 'command') {
      if (item.role === 'quit') continue;
      const keys = commandById(item.id).keys;
      entries.push({ kind: 'command', id: item.id, label: item.label, ...(keys ? { keys } : {}) });
    } else if (item.kind === 'submenu') {
      if (item.items.length === 0) continue;
      entries.push({ kind: 'separator' }, { kind: 'heading', label: item.label }, ...entriesOf(item.items), { kind: 'separator' });
    } else if (item.kind === 'recent') entries.push(item);
    else if (item.kind === 'separator') entries.push(item);
  }
  return entries.filter((e, i, all) => e.kind !== 'separator' || (i > 0 && i < all.length - 1 && all[i - 1]!.kind !== 'separator'));
}

export function MenuBar({ recent, onOpenDocument }: { recent: readonly RecentDocument[]; onOpenDocument: (id: string) => void }) {
  const registry = useCommandAvailability();
  const menus = useMemo(() => buildMenuModel('linux', recent).map((m) => ({ label: m.label, entries: entriesOf(m.items) })), [recent]);
  const [open, setOpen] = useState<number | null>(null);
  const [focusTop, setFocusTop] = useState(0);
  const topRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const returnFocus = useRef<HTMLElement | null>(null);

  const enabled = (entry: Entry) => entry.kind === 'recent' || (entry.kind === 'command' && registry.isAvailable(entry.id));
  const actionable = (index: number) => menus[index]!.entries.map((e, i) => (enabled(e) ? i : -1)).filter((i) => i >= 0);

  useEffect(() => {
    if (open === null) return;
    const first = actionable(open)[0];
    if (first !== undefined) itemRefs.current[first]?.focus();
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  function openMenu(index: number) {
    if (open === null && !returnFocus.current) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && !active.closest('.menu-bar') ? active : null;
    }
    setFocusTop(index);
    setOpen(index);
  }

  function close(toBar: boolean) {
    setOpen(null);
    if (toBar) topRefs.current[focusTop]?.focus();
    else {
      returnFocus.current?.focus();
      returnFocus.current = null;
    }
  }

  function activate(entry: Entry) {
    close(false);
    if (entry.kind === 'command') registry.run(entry.id);
    else if (entry.kind === 'recent') onOpenDocument(entry.documentId);
  }

  function onBarKey(event: KeyboardEvent, index: number) {
    const move = (to: number) => {
      const next = (to + menus.length) % menus.length;
      setFocusTop(next);
      topRefs.current[next]?.focus();
      if (open !== null) setOpen(next);
    };
    if (event.key === 'ArrowRight') move(index + 1);
    else if (event.key === 'ArrowLeft') move(index - 1);
    else if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') openMenu(index);
    else if (event.key === 'Escape') close(false);
    else return;
    event.preventDefault();
  }

  function onMenuKey(event: KeyboardEvent, index: number) {
    const items = actionable(index);
    const at = items.indexOf(itemRefs.current.findIndex((item) => item === document.activeElement));
    const focus = (n: number) => itemRefs.current[items[(n + items.length) % items.length]!]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + menus.length) % menus.length;
      setFocusTop(next);
      setOpen(next);
    } else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <nav className="menu-bar" aria-label="Application menu">
      <div role="menubar" aria-label="Pressmark">
        {menus.map((menu, index) => (
          <div key={menu.label} className="menu-anchor">
            <button
              ref={(element) => {
                topRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={open === index}
              tabIndex={index === focusTop ? 0 : -1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => (open === index ? close(false) : openMenu(index))}
              onKeyDown={(event) => onBarKey(event, index)}
            >
              {menu.label}
            </button>
            {open === index && (
              <div
                className="menu menu-bar-menu"
                role="menu"
                aria-label={menu.label}
                onKeyDown={(event) => onMenuKey(event, index)}
                onBlur={(event) => !event.currentTarget.closest('.menu-bar')?.contains(event.relatedTarget) && setOpen(null)}
              >
                {menu.entries.map((entry, i) =>
                  entry.kind === 'separator' ? (
                    <div key={`sep-${i}`} role="separator" className="menu-separator" />
                  ) : entry.kind === 'heading' ? (
                    <div key={`heading-${i}`} role="presentation" className="menu-heading">
                      {entry.label}
                    </div>
                  ) : (
                    <button
                      key={entry.kind === 'command' ? entry.id : `recent-${entry.documentId}`}
                      ref={(element) => {
                        itemRefs.current[i] = element;
                      }}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      disabled={!enabled(entry)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => activate(entry)}
                      aria-keyshortcuts={entry.kind === 'command' && entry.keys ? ariaKeyShortcuts(entry.keys, isMac) : undefined}
                    >
                      <span className="menu-item-label">{entry.label}</span>
                      {entry.kind === 'command' && entry.keys && <kbd className="menu-item-keys">{formatShortcut(entry.keys, isMac)}</kbd>}
                    </button>
                  ),
                )}
              </div>
            )}
          </div>
        ))}
      </div>
    </nav>
  );
}
