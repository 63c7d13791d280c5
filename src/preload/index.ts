/**
 * The preload: exposes exactly the API contract to the page, one function per method, through
 * contextBridge. The page never sees ipcRenderer, and can call nothing that is not in the
 * contract. Runs sandboxed, so it imports nothing but electron and the method list.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHOD_NAMES, BRIDGE_GLOBAL, ipcChannel } from '../shared/contract/methods';

const bridge = Object.fromEntries(
  API_METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input)]),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
