/**
 * Word-level differences between two texts, for comparing article versions: runs of unchanged,
 * added and removed text, cut at word boundaries so a changed word shows whole.
 *
 * diff-match-patch diffs characters; here every word and every run of spaces becomes one
 * "character" first (its line-mode trick applied to words), so the diff is fast on long
 * articles and reads as a person would mark it up.
 */
import DiffMatchPatch from 'diff-match-patch';

export type Change = 'same' | 'added' | 'removed';

export interface DiffPassage {
  change: Change;
  text: string;
}

const TOKEN = /\s+|[^\s]+/g;
/** Past this many distinct tokens the one-character-per-token trick runs out of characters. */
const MAX_DISTINCT_TOKENS = 60_000;

export function wordDiff(before: string, after: string): DiffPassage[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2;
  const vocabulary = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (text: string): string | null => {
    let encoded = '';
    for (const token of text.match(TOKEN) ?? []) {
      let code = vocabulary.get(token);
      if (code === undefined) {
        if (tokens.length >= MAX_DISTINCT_TOKENS) return null;
        code = String.fromCharCode(tokens.length + 1);
        vocabulary.set(token, code);
        tokens.push(token);
      }
      encoded += code;
    }
    return encoded;
  };
  const a = encode(before);
  const b = a === null ? null : encode(after);
  let diffs: DiffMatchPatch.Diff[];
  if (a === null || b === null) {
    diffs = dmp.diff_main(before, after);
  } else {
    diffs = dmp
      .diff_main(a, b, false)
      .map(([op, text]) => [op, Array.from(text, (c) => tokens[c.charCodeAt(0) - 1] ?? '').join('')] as DiffMatchPatch.Diff);
  }
  dmp.diff_cleanupSemantic(diffs);
  return diffs
    .filter(([, text]) => text !== '')
    .map(([op, text]) => ({ change: op === 0 ? 'same' : op === 1 ? 'added' : 'removed', text }) satisfies DiffPassage);
}

/** Words added and removed across a diff. */
export function countChangedWords(passages: readonly DiffPassage[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const passage of passages) {
    if (passage.change === 'same') continue;
    const words = passage.text.match(/[^\s]+/g)?.length ?? 0;
    if (passage.change === 'added') added += words;
    else removed += words;
  }
  return { added, removed };
}
