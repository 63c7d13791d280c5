/**
 * Who carries out each command right now. Views register a handler for the commands they can perform while they
 * are on screen (the open article registers "Export", the library does not); the most recent registration wins, so
 * a dialog can take over a command and give it back when it closes. Key presses, the browser host's menu bar and
 * the desktop app's native menu all end in `run`.
 */
import type { CommandId } from '../../shared/commands/commands';

export type CommandHandler = () => void;

export class CommandRegistry {
  private readonly handlers = new Map<CommandId, CommandHandler[]>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** Makes `handler` the one that runs `id` until the returned function is called. */
  register(id: CommandId, handler: CommandHandler): () => void {
    const stack = this.handlers.get(id) ?? [];
    stack.push(handler);
    this.handlers.set(id, stack);
    this.changed();
    return () => {
      const current = this.handlers.get(id) ?? [];
      const at = current.lastIndexOf(handler);
      if (at < 0) return;
      current.splice(at, 1);
      if (current.length === 0) this.handlers.delete(id);
      this.changed();
    };
  }

  isAvailable(id: CommandId): boolean {
    return this.handlers.has(id);
  }

  /** Runs the command; false when nothing on screen can carry it out now. */
  run(id: CommandId): boolean {
    const handler = this.handlers.get(id)?.at(-1);
    if (!handler) return false;
    handler();
    return true;
  }

  /** For views that show availability (menus): called after every change; `snapshot` tells changes apart. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): number {
    return this.version;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
