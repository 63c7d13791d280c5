/**
 * Wires the contract to Electron IPC: one ipcMain.handle per method. Each checks that the
 * call comes from the app's own main frame before the dispatcher validates the payload.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS } from '../../shared/contract/api';
import { ipcChannel } from '../../shared/contract/methods';
import { ApiError } from '../../shared/contract/errors';
import type { Dispatch } from '../api/dispatch';
import { isTrustedSender } from '../security/windowPolicy';

export function registerIpcHandlers(dispatch: Dispatch, devServerUrl?: string): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame } : null;
      if (!isTrustedSender(sender, devServerUrl)) {
        return { ok: false, error: new ApiError('forbidden', 'This page may not use Pressmark.').toData() };
      }
      return dispatch(method, input);
    });
  }
}
