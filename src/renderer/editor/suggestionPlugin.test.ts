import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { plainTextToDoc } from '../../shared/editor/fromPlainText';
import { TextIndex } from '../../shared/text/textIndex';
import {
  currentSuggestionId,
  innermostSuggestionAt,
  suggestionAction,
  suggestionPlugin,
  suggestionPluginKey,
  suggestionRange,
  suggestionRanges,
} from './suggestionPlugin';

const TEXT = 'Police said attendees numbered into the millions.';

function setup() {
  const doc = plainTextToDoc(TEXT);
  const index = TextIndex.fromDoc(doc);
  const range = (id: string, kind: 'quote' | 'source' | 'claim', words: string) => {
    const start = index.text.indexOf(words);
    return { id, kind, from: index.offsetToPos(start), to: index.offsetToPos(start + words.length, 'end') };
  };
  let state = EditorState.create({ doc, plugins: [suggestionPlugin()] });
  state = state.apply(
    suggestionAction(state.tr, { type: 'show', ranges: [range('claim', 'claim', TEXT), range('source', 'source', 'Police said')] }),
  );
  return { state, index };
}

const words = (state: EditorState, id: string) => {
  const range = suggestionRange(state, id)!;
  return state.doc.textBetween(range.from, range.to);
};

describe('suggestionPlugin', () => {
  it('draws each suggestion as an outline with its own first and last characters', () => {
    const { state } = setup();
    const decorations = suggestionPluginKey.getState(state)!.decorations.find();
    expect(decorations).toHaveLength(6);
    expect(
      suggestionRanges(state)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['claim', 'source']);
    expect(words(state, 'source')).toBe('Police said');
  });

  it('finds the shortest suggestion under a position, and marks the current one', () => {
    const { state } = setup();
    const inPolice = suggestionRange(state, 'source')!.from + 2;
    expect(innermostSuggestionAt(state, inPolice)).toBe('source');
    expect(innermostSuggestionAt(state, suggestionRange(state, 'claim')!.to - 2)).toBe('claim');
    const next = state.apply(suggestionAction(state.tr, { type: 'current', id: 'claim' }));
    expect(currentSuggestionId(next)).toBe('claim');
    expect(currentSuggestionId(next.apply(suggestionAction(next.tr, { type: 'remove', ids: ['claim'] })))).toBeNull();
  });

  it('maps outlines through edits and drops one whose words are deleted', () => {
    const { state } = setup();
    const source = suggestionRange(state, 'source')!;
    const typed = state.apply(state.tr.insertText('Breaking: ', source.from));
    expect(words(typed, 'source')).toBe('Police said');
    const after = suggestionRange(typed, 'source')!;
    const deleted = typed.apply(typed.tr.delete(after.from, after.to));
    expect(suggestionRange(deleted, 'source')).toBeNull();
    expect(words(deleted, 'claim')).toBe(' attendees numbered into the millions.');
  });

  it('clears everything at the end of a review, in a step undo does not record', () => {
    const { state } = setup();
    const tr = suggestionAction(state.tr, { type: 'clear' });
    expect(tr.getMeta('addToHistory')).toBe(false);
    expect(suggestionRanges(state.apply(tr))).toEqual([]);
  });
});
