/**
 * Picks how this renderer reaches the services: Electron's preload bridge when it is there,
 * otherwise the browser host's WebSocket with the token from the URL fragment.
 */
import { createApiClient, type ApiClient } from '../../shared/contract/client';
import { BRIDGE_GLOBAL } from '../../shared/contract/methods';
import type { PressmarkBridge } from '../../shared/contract/api';
import { WebSocketTransport } from './websocketTransport';
import { MENU_LISTENER, menuEvent, type MenuEvent, type MenuEventSubscribe } from '../../shared/contract/menuEvents';

export interface RendererApi {
  client: ApiClient;
  host: 'electron' | 'browser';
  /** The native menu's events, checked against the contract (the desktop app only; the browser host draws its own menu bar). */
  onMenuEvent?: (listener: (event: MenuEvent) => void) => () => void;
}

export class MissingTokenError extends Error {}

export function createApi(): RendererApi {
  const bridge = (window as unknown as Record<string, PressmarkBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) {
    const subscribe = (bridge as unknown as Record<string, MenuEventSubscribe | undefined>)[MENU_LISTENER];
    return {
      client: createApiClient((method, input) => bridge[method](input)),
      host: 'electron',
      ...(subscribe && {
        onMenuEvent: (listener: (event: MenuEvent) => void) =>
          subscribe((payload) => {
            const parsed = menuEvent.safeParse(payload);
            if (parsed.success) listener(parsed.data);
            else console.warn('Ignored a malformed menu event.', parsed.error.issues);
          }),
      }),
    };
  }
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token)
    throw new MissingTokenError(
      'This page was opened without its access token. Open the full address the Pressmark host printed, including the part after #.',
    );
  const url = `ws://${window.location.host}/api/ws?token=${encodeURIComponent(token)}`;
  const transport = new WebSocketTransport(url);
  return { client: createApiClient(transport.call), host: 'browser' };
}
