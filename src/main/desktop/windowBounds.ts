/**
 * Where the main window opens: where it was last time, if that is still on a screen (a monitor may have been
 * unplugged since), at its last size but never larger than the screen it lands on.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedBounds extends Rect {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;

/** The bounds to open with, or null for the default size centred by the system. */
export function restoredBounds(saved: SavedBounds | null, workAreas: readonly Rect[]): SavedBounds | null {
  if (!saved) return null;
  const screen = workAreas.find((area) => overlap(saved, area) >= 0.5 * Math.min(saved.width * saved.height, area.width * area.height));
  if (!screen) return null;
  const width = Math.min(saved.width, screen.width);
  const height = Math.min(saved.height, screen.height);
  const x = Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - width);
  const y = Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
