/**
 * Which command a key press gives, from the one command table. Platform commands (undo, copy, quit…) are left to
 * the platform, and a bare printable key ("?") is not a command while the person is typing in a field.
 */
import { COMMAND_LIST, type CommandId } from '../../shared/commands/commands';
import { matchesShortcut, parseKeys, type KeyPress } from '../../shared/commands/shortcuts';

export function commandForKey(event: KeyPress, mac: boolean, typingInField: boolean): CommandId | null {
  for (const command of COMMAND_LIST) {
    if (command.role) continue;
    for (const keys of [command.keys, ...(command.altKeys ?? [])]) {
      if (!keys || !matchesShortcut(event, keys, mac)) continue;
      const { modifiers, key } = parseKeys(keys);
      const printable = key.length === 1 && [...modifiers].every((m) => m === 'Shift');
      if (printable && typingInField) continue;
      return command.id;
    }
  }
  return null;
}
