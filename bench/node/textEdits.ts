/**
 * Seeded edits of a long text for the re-anchoring benchmark, and the ground truth of where each annotation's words
 * went. An edit replaces old[start, end) by new words (a deletion has none, an insertion an empty old range); edits are
 * at word boundaries, never overlap or touch, and are applied together.
 *
 * Ground truth, per annotation [s, e) of the old text:
 * - untouched: no edit's old range overlaps (s, e) and no insertion falls strictly inside it. Its words are intact,
 *   and the truth is exactly [s + shift, e + shift], where shift is the length change of every edit at or before s
 *   (an insertion exactly at s goes before the words, one exactly at e after them).
 * - touched: some of its words were edited. Its truth is the stretch from where its start to where its end landed
 *   (an offset inside an edit goes to the start, resp. end, of that edit's new words); it may be empty (all deleted).
 *
 * A re-anchored annotation is WRONG when it is untouched and not exactly on its shifted words (left orphaned counts
 * as wrong too: its words are there), or when it is touched, placed (not orphaned) and does not overlap its truth
 * (or its truth is empty: its words are gone, so any place is someone else's words). A touched annotation left
 * orphaned is not wrong: saying the words were lost is honest.
 */
import type { TextRange } from '../../src/shared/anchoring/textQuote';
import { seededRandom } from '../workload';

export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** `sites` edits of about `fraction` × text.length characters in all, seeded. */
export function seededEdits(text: string, options: { sites: number; fraction: number; seed: number }): TextEdit[] {
  const random = seededRandom(options.seed);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const perSite = Math.max(8, Math.round((text.length * options.fraction) / options.sites));
  const filler = (length: number): string => {
    const out: string[] = [];
    let size = 0;
    while (size < length) {
      const word = words[Math.floor(random() * words.length)]!.word;
      out.push(word);
      size += word.length + 1;
    }
    return out.join(' ');
  };
  const edits: TextEdit[] = [];
  const taken: Array<[number, number]> = [];
  for (let attempt = 0; edits.length < options.sites && attempt < options.sites * 50; attempt++) {
    const first = Math.floor(random() * words.length);
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.end - words[first]!.start <= perSite) last++;
    const start = words[first]!.start;
    const kind = Math.floor(random() * 3); // 0 delete, 1 replace, 2 insert
    const end = kind === 2 ? start : words[last]!.end;
    if (taken.some(([s, e]) => start <= e + 1 && end >= s - 1)) continue;
    taken.push([start, end]);
    // A deleted range takes one following space with it, so no double space is left; new words carry their own.
    if (kind === 0) edits.push({ start, end: Math.min(text.length, end + 1), insert: '' });
    else if (kind === 1) edits.push({ start, end, insert: filler(perSite) });
    else edits.push({ start, end, insert: `${filler(perSite)} ` });
  }
  return edits.sort((a, b) => a.start - b.start);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(text.slice(at, edit.start), edit.insert);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export interface Truth {
  touched: boolean;
  /** Untouched: exactly where the words are. Touched: the stretch their surviving words and replacements span. */
  range: TextRange;
}

/** Where each annotation's words truly went (see the top comment). Edits sorted by start. */
export function groundTruth(edits: readonly TextEdit[], annotations: readonly TextRange[]): Truth[] {
  // Cumulative length change before each edit.
  const before: number[] = [];
  let shift = 0;
  for (const edit of edits) {
    before.push(shift);
    shift += edit.insert.length - (edit.end - edit.start);
  }
  const mapOffset = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (let i = 0; i < edits.length; i++) {
      const edit = edits[i]!;
      // An edit starting at a range's end is after the range; one starting at its start is in it (or, an insertion, before it).
      if (edit.start > offset || (edit.start === offset && side === 'end')) break;
      if (offset < edit.end || (edit.start === edit.end && edit.start === offset)) {
        // Inside the edit (or an insertion at the offset itself): to the edge of the new words.
        const newStart = edit.start + before[i]!;
        if (edit.start === edit.end) return newStart + edit.insert.length; // insertion at a start: the words follow it
        return side === 'start' ? newStart : newStart + edit.insert.length;
      }
      delta = before[i]! + edit.insert.length - (edit.end - edit.start);
    }
    return offset + delta;
  };
  return annotations.map(({ start, end }) => {
    const touched = edits.some((edit) =>
      edit.end > edit.start ? edit.start < end && edit.end > start : edit.start > start && edit.start < end,
    );
    return { touched, range: { start: mapOffset(start, 'start'), end: mapOffset(end, 'end') } };
  });
}

/** Whether a re-anchored range (null: orphaned) is on wrong words, by the rule in the top comment. */
export function isWrong(truth: Truth, placed: TextRange | null): boolean {
  if (!truth.touched) return placed === null || placed.start !== truth.range.start || placed.end !== truth.range.end;
  if (placed === null) return false;
  if (truth.range.end <= truth.range.start) return true;
  return !(placed.start < truth.range.end && placed.end > truth.range.start);
}
