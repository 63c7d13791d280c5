/**
 * Which stretch of the document is on screen. A plugin view that draws only what is visible asks `visibleRange` for
 * the positions of the top-level blocks between the top and bottom of the window (plus a margin in pixels), and
 * `trackVisibleWindow` calls back, at most once a frame, after anything scrolls or the window is resized.
 */
import type { EditorView } from 'prosemirror-view';

export interface PositionRange {
  from: number;
  to: number;
}

/** The document positions of the top-level blocks within `marginPx` of the visible part of the editor, or null. */
export function visibleRange(view: EditorView, marginPx: number): PositionRange | null {
  const blocks = view.dom.children;
  if (blocks.length === 0) return null;
  const rect = view.dom.getBoundingClientRect();
  const top = Math.max(rect.top, 0) - marginPx;
  const bottom = Math.min(rect.bottom, window.innerHeight) + marginPx;
  if (bottom < rect.top || top > rect.bottom) return null;
  // The first block ending below `top`, and the last one starting above `bottom`.
  const first = search(blocks.length, (i) => blocks[i]!.getBoundingClientRect().bottom >= top);
  const last = search(blocks.length, (i) => blocks[i]!.getBoundingClientRect().top > bottom) - 1;
  if (last < first) return null;
  try {
    const from = view.posAtDOM(blocks[first]!, 0);
    const lastBlock = blocks[Math.min(last, blocks.length - 1)]!;
    const to = view.posAtDOM(lastBlock, lastBlock.childNodes.length);
    return { from: Math.max(0, from - 1), to: Math.min(view.state.doc.content.size, to + 1) };
  } catch {
    return null;
  }
}

/** The first i in [0, n) for which `test` holds, given that it holds for every i after it too (n if none). */
function search(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Calls `check` in the next frame after any scroll or resize, and once just after the first frame is painted;
 * returns the stop function. Measuring before that first paint would force the browser to lay out the whole
 * article at once (blocks off screen are skipped only once it has painted), which on a long story costs more
 * than drawing it.
 */
export function trackVisibleWindow(check: () => void): { schedule: () => void; stop: () => void } {
  let frame = 0;
  let stopped = false;
  const schedule = () => {
    if (frame || stopped) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      check();
    });
  };
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule);
  // A rAF callback runs before the frame is painted; a timeout set from it runs after.
  const first = requestAnimationFrame(() => setTimeout(() => !stopped && check(), 0));
  return {
    schedule,
    stop: () => {
      stopped = true;
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(first);
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
