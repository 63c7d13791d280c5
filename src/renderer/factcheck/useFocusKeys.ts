/**
 * Focus mode's keys, while it is on: J/K next/previous claim, 1–9 a verdict, E new evidence,
 * Enter edit the conclusion, Esc out of a field (then out of focus mode). Keys typed into a field
 * or the article are left alone.
 */
import { useEffect } from 'react';

export interface FocusKeyActions {
  next(): void;
  previous(): void;
  verdict(n: number): void;
  addEvidence(): void;
  editConclusion(): void;
  /** Esc inside a field: back to the panel. */
  leaveField(target: HTMLElement): void;
  /** Esc on the panel: focus mode off. */
  leave(): void;
}

export function useFocusKeys(enabled: boolean, actions: FocusKeyActions): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      const editable = target.closest('input, textarea, select, [contenteditable="true"]') !== null;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (editable) actions.leaveField(target);
        else actions.leave();
        return;
      }
      if (editable) return;
      const key = event.key.toLowerCase();
      if (key === 'j') actions.next();
      else if (key === 'k') actions.previous();
      else if (/^[1-9]$/.test(key)) actions.verdict(Number(key));
      else if (key === 'e') actions.addEvidence();
      else if (event.key === 'Enter' && target.tagName !== 'BUTTON') actions.editConclusion();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, actions]);
}
