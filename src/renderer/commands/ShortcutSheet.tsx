/**
 * Help → Keyboard Shortcuts (F1 or ?): every command with keys, grouped by menu, written the way this platform
 * writes them, straight from the command table, plus the editor's own formatting keys.
 */
import { useRef } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import { COMMAND_LIST, MENUS, MENU_LABELS, type CommandDefinition } from '../../shared/commands/commands';
import { EDITOR_SHORTCUTS, formatShortcut } from '../../shared/commands/shortcuts';
import { isMac } from '../app/platform';

function keysOf(command: CommandDefinition): string[] {
  return [command.keys, ...(command.altKeys ?? [])].filter((k): k is string => Boolean(k)).map((k) => formatShortcut(k, isMac));
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  const commands = COMMAND_LIST;
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcuts-heading" onCancel={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <div className="shortcut-groups">
        {MENUS.map((menu) => {
          const rows = commands.filter((c) => c.menu === menu && keysOf(c).length > 0);
          const extra = menu === 'edit' ? EDITOR_SHORTCUTS : [];
          return (
            <section key={menu} aria-labelledby={`shortcuts-${menu}`}>
              <h3 id={`shortcuts-${menu}`}>{MENU_LABELS[menu]}</h3>
              <dl>
                {rows.map((c) => (
                  <div key={c.id} className="shortcut-row">
                    <dt>{c.label.replace(/…$/, '')}</dt>
                    <dd>
                      {keysOf(c).map((k, i) => (
                        <kbd key={k}>
                          {i > 0 && <span className="visually-hidden"> or </span>}
                          {k}
                        </kbd>
                      ))}
                    </dd>
                  </div>
                ))}
                {extra.map((s) => (
                  <div key={s.command} className="shortcut-row">
                    <dt>{s.label}</dt>
                    <dd>
                      <kbd>{formatShortcut(s.keys, isMac)}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      <p className="shortcut-note">
        In a fact-check session’s focus mode: J and K move between claims, 1–9 give a verdict, E adds evidence.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
