/**
 * What the desktop app's native menu tells the page: run a command, or open a document (File → Recent Documents,
 * a file opened from the command line or the system). Main sends these on one IPC channel; the preload passes
 * them on untouched and the page checks each against this schema before acting, like every other payload.
 */
import { z } from 'zod';
import { isCommandId, type CommandId } from '../commands/commands';
import { entityId } from '../domain/common';

export { MENU_EVENT_CHANNEL, MENU_LISTENER } from './menuEventChannel';

export const menuEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('command'),
    id: z.string().refine(isCommandId, 'an unknown command') as unknown as z.ZodType<CommandId>,
  }),
  z.strictObject({ type: z.literal('openDocument'), documentId: entityId }),
]);
export type MenuEvent = z.infer<typeof menuEvent>;

/** The preload's addition to the bridge: a listener for menu events; returns its own removal. */
export type MenuEventSubscribe = (listener: (event: unknown) => void) => () => void;
