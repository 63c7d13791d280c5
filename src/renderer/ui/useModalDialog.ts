/**
 * Opens a <dialog> as a modal when it mounts (focus moves into it, the rest of the window is inert,
 * Escape cancels) and, when it unmounts, gives focus back to what had it before, as a closed dialog
 * should — a dialog that is removed rather than closed would otherwise leave focus on the page body.
 */
import { useEffect, type RefObject } from 'react';

export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.current?.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog]);
}
