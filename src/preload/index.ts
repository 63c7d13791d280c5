/**
 * The preload: exposes exactly the API contract to the page, one function per method, through
 * contextBridge, plus one listener for the native menu's events. The page never sees ipcRenderer,
 * and can call nothing that is not in the contract. Runs sandboxed, so it imports nothing but
 * electron and the method and channel names.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHOD_NAMES, BRIDGE_GLOBAL, ipcChannel } from '../shared/contract/methods';
import { MENU_EVENT_CHANNEL, MENU_LISTENER } from '../shared/contract/menuEventChannel';

const bridge: Record<string, unknown> = Object.fromEntries(
  API_METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
);

// Menu events come only from the main process (ipcRenderer.on never hears other pages); the page checks each one.
bridge[MENU_LISTENER] = (listener: (event: unknown) => void) => {
  if (typeof listener !== 'function') throw new TypeError('A menu event listener must be a function.');
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(MENU_EVENT_CHANNEL, forward);
  return () => ipcRenderer.off(MENU_EVENT_CHANNEL, forward);
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
