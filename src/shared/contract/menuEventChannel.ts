/** The names the sandboxed preload needs for menu events, without zod (menuEvents.ts holds the schema). */
export const MENU_EVENT_CHANNEL = 'pressmark:menu-event';

/** The bridge property holding the menu event listener. */
export const MENU_LISTENER = 'onMenuEvent';
