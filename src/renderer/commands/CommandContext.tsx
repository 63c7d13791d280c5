/**
 * The command registry for React views: `useCommand` registers what a view can do while it is mounted, and
 * `useCommandKeys` turns key presses anywhere in the window into commands (after the editor's own keymap, which
 * marks the keys it handled with preventDefault).
 */
import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import type { CommandId } from '../../shared/commands/commands';
import { CommandRegistry } from './commandRegistry';
import { commandForKey } from './commandForKey';
import { isMac } from '../app/platform';

export const CommandContext = createContext<CommandRegistry>(new CommandRegistry());

export function useCommands(): CommandRegistry {
  return useContext(CommandContext);
}

/** Registers `handler` for `id` while the component is mounted and `enabled` holds; the latest handler is always used. */
export function useCommand(id: CommandId, handler: () => void, enabled = true): void {
  const registry = useCommands();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => (enabled ? registry.register(id, () => latest.current()) : undefined), [registry, id, enabled]);
}

/** Re-renders the caller whenever any command becomes available or unavailable. */
export function useCommandAvailability(): CommandRegistry {
  const registry = useCommands();
  useSyncExternalStore(
    (listener) => registry.subscribe(listener),
    () => registry.snapshot(),
  );
  return registry;
}

function isField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export function useCommandKeys(registry: CommandRegistry): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const id = commandForKey(event, isMac, isField(event.target));
      if (!id || !registry.isAvailable(id)) return;
      event.preventDefault();
      registry.run(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
}
