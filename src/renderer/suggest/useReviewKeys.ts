/**
 * The review's keys while suggestions are shown: Enter accept, Backspace (or Delete) reject,
 * Tab / Shift+Tab next / previous, Esc done. They act when the keyboard is in the article or on
 * the suggestions panel itself; on a button or in a field, keys do what they always do (Tab still
 * moves between buttons), except Esc, which ends the review from anywhere but a field.
 *
 * The listener runs in the capture phase so that, in the article, Enter and Backspace review
 * suggestions instead of editing the text.
 */
import { useEffect, type RefObject } from 'react';

export interface ReviewKeyActions {
  accept(): void;
  reject(): void;
  next(): void;
  previous(): void;
  done(): void;
}

export function useReviewKeys(enabled: boolean, panel: RefObject<HTMLElement | null>, actions: ReviewKeyActions): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select')) return;
      const inArticle = target.closest('.ProseMirror') !== null;
      const onPanel = target === panel.current;
      if (event.key === 'Escape' && (inArticle || onPanel || panel.current?.contains(target))) actions.done();
      else if (!inArticle && !onPanel) return;
      else if (event.key === 'Tab') (event.shiftKey ? actions.previous : actions.next)();
      else if (event.key === 'Enter' && !event.shiftKey) actions.accept();
      else if ((event.key === 'Backspace' || event.key === 'Delete') && !event.shiftKey) actions.reject();
      else if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled, panel, actions]);
}
