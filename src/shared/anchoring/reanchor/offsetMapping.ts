/**
 * Where offsets into the old version of a text fall in the new version. The two versions are
 * diffed once (diff-match-patch; line by line first for long texts; semantic cleanup so edits fall
 * on word boundaries) and the diff is reduced to the runs where they differ, so thousands of
 * offsets map in one sorted sweep. The same runs answer, for any stretch of the new text, which
 * of its characters are new, which were the annotation's own old words, and which were old text
 * from somewhere else (another passage that merely shares the words).
 */
import DiffMatchPatch from 'diff-match-patch';
import type { TextRange } from '../textQuote';

/** One place where the versions differ: old[oldStart, oldEnd) became new[newStart, newEnd); either side may be empty. */
export interface EditRun {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export interface OffsetMap {
  readonly oldLength: number;
  readonly newLength: number;
  /** In text order; consecutive runs are separated by at least one unchanged character. */
  readonly runs: readonly EditRun[];
  /**
   * Stretches inside runs that the character diff found unchanged before semantic cleanup folded
   * them into an edit (at least RETAINED_MIN characters, in text order): old text, not new, when
   * asking where a place's characters came from. Offsets still map through the runs.
   */
  readonly retained?: readonly RetainedText[];
}

/** new[newStart, newEnd) is old[oldStart, oldStart + (newEnd − newStart)) unchanged, though inside an edit run. */
export interface RetainedText {
  oldStart: number;
  newStart: number;
  newEnd: number;
}

/** Unchanged stretches shorter than this inside an edit are chance agreement of rewritten text, not kept words. */
export const RETAINED_MIN = 12;

/** Which side of an edit an offset sticks to: a start stays after text inserted right before it, an end before text inserted right after it. */
export type Assoc = 'start' | 'end';

export interface DiffOptions {
  /** diff-match-patch's time limit in seconds; past it the diff gets coarser (fewer offsets map), never wrong. */
  diffTimeoutSeconds?: number;
}

export const DEFAULT_DIFF_TIMEOUT_SECONDS = 0.5;
/** Texts longer than this are diffed paragraph by paragraph first (diff-match-patch's line mode), then within changed paragraphs. */
const LINE_MODE_LENGTH = 10_000;

export function buildOffsetMap(oldText: string, newText: string, options: DiffOptions = {}): OffsetMap {
  if (oldText === newText) return { oldLength: oldText.length, newLength: newText.length, runs: [] };
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = options.diffTimeoutSeconds ?? DEFAULT_DIFF_TIMEOUT_SECONDS;
  const checklines = Math.max(oldText.length, newText.length) > LINE_MODE_LENGTH;
  const diffs = dmp.diff_main(oldText, newText, checklines);
  const raw = diffs.map(([op, text]): DiffMatchPatch.Diff => [op, text]);
  dmp.diff_cleanupSemantic(diffs);
  const map = offsetMapFromDiffs(diffs, oldText.length, newText.length);
  return { ...map, retained: retainedInRuns(map.runs, raw) };
}

/** The raw diff's unchanged stretches (of RETAINED_MIN characters or more) that lie inside the cleaned-up runs. */
function retainedInRuns(runs: readonly EditRun[], raw: readonly DiffMatchPatch.Diff[]): RetainedText[] {
  const retained: RetainedText[] = [];
  if (runs.length === 0) return retained;
  let oldPos = 0;
  let newPos = 0;
  let runIndex = 0;
  for (const [op, text] of raw) {
    if (op === 0 && text.length >= RETAINED_MIN) {
      while (runIndex < runs.length && (runs[runIndex]?.newEnd ?? Infinity) <= newPos) runIndex++;
      const run = runs[runIndex];
      if (run && run.newStart < newPos + text.length) {
        // Clip to the run's new side (an equality can straddle a run's edge).
        const start = Math.max(newPos, run.newStart);
        const end = Math.min(newPos + text.length, run.newEnd);
        if (end - start >= RETAINED_MIN) retained.push({ oldStart: oldPos + (start - newPos), newStart: start, newEnd: end });
      }
    }
    if (op <= 0) oldPos += text.length;
    if (op >= 0) newPos += text.length;
  }
  return retained;
}

/** Folds a diff (-1 delete, 0 equal, 1 insert) into edit runs. */
export function offsetMapFromDiffs(diffs: readonly DiffMatchPatch.Diff[], oldLength: number, newLength: number): OffsetMap {
  const runs: EditRun[] = [];
  let oldPos = 0;
  let newPos = 0;
  let run: EditRun | null = null;
  for (const [op, text] of diffs) {
    if (text.length === 0) continue;
    if (op === 0) {
      if (run) runs.push(run);
      run = null;
      oldPos += text.length;
      newPos += text.length;
      continue;
    }
    run ??= { oldStart: oldPos, oldEnd: oldPos, newStart: newPos, newEnd: newPos };
    if (op < 0) {
      oldPos += text.length;
      run.oldEnd = oldPos;
    } else {
      newPos += text.length;
      run.newEnd = newPos;
    }
  }
  if (run) runs.push(run);
  return { oldLength, newLength, runs };
}

/** Maps one old offset (binary search); for many offsets use mapOffsets. */
export function mapOffset(map: OffsetMap, oldOffset: number, assoc: Assoc): number {
  const offset = clampTo(oldOffset, map.oldLength);
  return mapThroughRun(map, map.runs[firstRunEndingAtOrAfter(map, offset)], offset, assoc);
}

/** Maps many old offsets in one sweep over the runs (after sorting them); the result is in the input's order. */
export function mapOffsets(map: OffsetMap, offsets: readonly number[], assoc: Assoc): number[] {
  const order = offsets.map((_, index) => index).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const mapped = new Array<number>(offsets.length);
  let runIndex = 0;
  for (const index of order) {
    const offset = clampTo(offsets[index] ?? 0, map.oldLength);
    while (runIndex < map.runs.length && (map.runs[runIndex]?.oldEnd ?? Infinity) < offset) runIndex++;
    mapped[index] = mapThroughRun(map, map.runs[runIndex], offset, assoc);
  }
  return mapped;
}

/** `run` is the first run ending at or after the (clamped) offset, undefined past the last one. */
function mapThroughRun(map: OffsetMap, run: EditRun | undefined, offset: number, assoc: Assoc): number {
  if (!run || run.oldStart > offset) {
    const delta = run ? run.newStart - run.oldStart : map.newLength - map.oldLength;
    return clampTo(offset + delta, map.newLength);
  }
  if (run.oldStart === run.oldEnd) return assoc === 'start' ? run.newEnd : run.newStart;
  // Deleted or replaced text: an offset at its far edge stays outside it, one inside or at its
  // near edge takes in the replacement (so a range that lost words covers their replacement).
  if (assoc === 'start') return offset === run.oldEnd ? run.newEnd : run.newStart;
  return offset === run.oldStart ? run.newStart : run.newEnd;
}

function clampTo(offset: number, length: number): number {
  return Math.max(0, Math.min(length, offset));
}

/**
 * A best guess at where an old offset lies in the new text, for a search to start from: exact in
 * unchanged text, and inside an edit the same fraction of the way through the new text as through
 * the old (a coarse diff of a rewritten text still points near the right paragraph).
 */
export function estimateOffset(map: OffsetMap, oldOffset: number): number {
  const offset = clampTo(oldOffset, map.oldLength);
  const run = map.runs[firstRunEndingAtOrAfter(map, offset)];
  if (!run || run.oldStart >= offset || run.oldEnd === run.oldStart) return mapThroughRun(map, run, offset, 'start');
  const fraction = (offset - run.oldStart) / (run.oldEnd - run.oldStart);
  return run.newStart + Math.round(fraction * (run.newEnd - run.newStart));
}

function firstRunEndingAtOrAfter(map: OffsetMap, offset: number): number {
  let low = 0;
  let high = map.runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((map.runs[mid]?.oldEnd ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where the characters of a stretch of the new text came from, counted in UTF-16 units. */
export interface Origin {
  /** Not in the old text: inserted or rewritten. */
  inserted: number;
  /** Old text that lay inside `own` (the annotation's old range). */
  own: number;
  /** Old text from anywhere else. */
  other: number;
}

export function originOf(map: OffsetMap, range: TextRange, own: TextRange): Origin {
  const origin: Origin = { inserted: 0, own: 0, other: 0 };
  let index = firstRunEndingAfter(map, range.start);
  let pos = range.start;
  while (pos < range.end) {
    const run = map.runs[index];
    if (run && run.newStart <= pos) {
      const take = Math.max(0, Math.min(range.end, run.newEnd) - pos);
      const kept = retainedOrigin(map, { start: pos, end: pos + take }, own);
      origin.inserted += take - kept.own - kept.other;
      origin.own += kept.own;
      origin.other += kept.other;
      pos += take;
      index++;
      continue;
    }
    const segmentEnd = run ? run.newStart : map.newLength;
    const take = Math.min(range.end, segmentEnd) - pos;
    if (take <= 0) break;
    const delta = run ? run.newStart - run.oldStart : map.newLength - map.oldLength;
    const oldStart = pos - delta;
    const overlap = Math.max(0, Math.min(oldStart + take, own.end) - Math.max(oldStart, own.start));
    origin.own += overlap;
    origin.other += take - overlap;
    pos += take;
  }
  return origin;
}

/** Of a stretch inside one run, the characters that are retained old text: inside `own`, or elsewhere. */
function retainedOrigin(map: OffsetMap, range: TextRange, own: TextRange): { own: number; other: number } {
  const kept = { own: 0, other: 0 };
  const retained = map.retained ?? [];
  let low = 0;
  let high = retained.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((retained[mid]?.newEnd ?? Infinity) <= range.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < retained.length; i++) {
    const stretch = retained[i]!;
    if (stretch.newStart >= range.end) break;
    const start = Math.max(range.start, stretch.newStart);
    const end = Math.min(range.end, stretch.newEnd);
    if (end <= start) continue;
    const oldStart = stretch.oldStart + (start - stretch.newStart);
    const overlap = Math.max(0, Math.min(oldStart + (end - start), own.end) - Math.max(oldStart, own.start));
    kept.own += overlap;
    kept.other += end - start - overlap;
  }
  return kept;
}

/** How many characters of an old range the new version no longer has (deleted or replaced). */
export function deletedWithin(map: OffsetMap, oldRange: TextRange): number {
  let low = 0;
  let high = map.runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((map.runs[mid]?.oldEnd ?? Infinity) <= oldRange.start) low = mid + 1;
    else high = mid;
  }
  let deleted = 0;
  for (let index = low; index < map.runs.length; index++) {
    const run = map.runs[index];
    if (!run || run.oldStart >= oldRange.end) break;
    deleted += Math.max(0, Math.min(run.oldEnd, oldRange.end) - Math.max(run.oldStart, oldRange.start));
  }
  return deleted;
}

/** Index of the first run whose new side ends after `offset` (or is an empty run at it). */
function firstRunEndingAfter(map: OffsetMap, offset: number): number {
  let low = 0;
  let high = map.runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((map.runs[mid]?.newEnd ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Stretches of the new text around inserted text, where words that left their old place (a moved
 * or rewritten passage) can be: runs closer than `pad` are joined, each zone is widened by `pad`
 * either side, and zones with fewer than `minInserted` new characters are left out.
 */
export function insertionZones(map: OffsetMap, pad: number, minInserted: number): TextRange[] {
  const zones: TextRange[] = [];
  let current: { start: number; end: number; inserted: number } | null = null;
  const flush = (): void => {
    if (current && current.inserted >= Math.max(1, minInserted)) {
      zones.push({ start: Math.max(0, current.start - pad), end: Math.min(map.newLength, current.end + pad) });
    }
  };
  for (const run of map.runs) {
    const inserted = run.newEnd - run.newStart;
    if (inserted === 0) continue;
    if (current && run.newStart - current.end <= 2 * pad) {
      current.end = run.newEnd;
      current.inserted += inserted;
    } else {
      flush();
      current = { start: run.newStart, end: run.newEnd, inserted };
    }
  }
  flush();
  return zones;
}
