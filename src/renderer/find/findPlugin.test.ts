import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { plainTextToDoc } from '../../shared/editor/fromPlainText';
import { DRAW_ALL_LIMIT, findClose, findMove, findPlugin, findSearch, findState, matchesToDraw, searchDoc } from './findPlugin';
import { describeMatches } from './FindBar';

const TEXT = 'The flood wall will cost £12m.\n\nCouncillors said the Flood Wall was overdue.\n\nA flood wall, at last.';

function setup(text = TEXT) {
  return EditorState.create({ doc: plainTextToDoc(text), plugins: [findPlugin()] });
}

const selected = (state: EditorState) => state.doc.textBetween(state.selection.from, state.selection.to);

describe('the find plugin', () => {
  it('finds every match as editor positions, across paragraphs', () => {
    const state = setup();
    const { matches } = searchDoc(state.doc, 'flood wall');
    expect(matches.map((m) => state.doc.textBetween(m.from, m.to))).toEqual(['flood wall', 'Flood Wall', 'flood wall']);
  });

  it('searches from the caret, selects the current match, and counts', () => {
    let state = setup();
    state = state.apply(findSearch(state, 'flood wall'));
    const value = findState(state);
    expect(value.active).toBe(true);
    expect(value.current).toBe(0);
    expect(selected(state)).toBe('flood wall');
    expect(describeMatches(value)).toBe('1 of 3');
  });

  it('moves next and previous, wrapping round', () => {
    let state = setup();
    state = state.apply(findSearch(state, 'flood wall'));
    state = state.apply(findMove(state, 1));
    expect(findState(state).current).toBe(1);
    expect(selected(state)).toBe('Flood Wall');
    state = state.apply(findMove(state, 1));
    state = state.apply(findMove(state, 1));
    expect(findState(state).current).toBe(0);
    state = state.apply(findMove(state, -1));
    expect(findState(state).current).toBe(2);
    expect(describeMatches(findState(state))).toBe('3 of 3');
  });

  it('says "No matches", and nothing for an empty query', () => {
    let state = setup();
    state = state.apply(findSearch(state, 'levee'));
    expect(describeMatches(findState(state))).toBe('No matches');
    state = state.apply(findSearch(state, ''));
    expect(describeMatches(findState(state))).toBe('');
  });

  it('draws every match (current marked) while open, and nothing once closed; the selection stays', () => {
    let state = setup();
    state = state.apply(findSearch(state, 'flood wall'));
    state = state.apply(findMove(state, 1));
    expect(matchesToDraw(findState(state))).toEqual([0, 1, 2]);
    state = state.apply(findClose(state));
    expect(findState(state).matches).toEqual([]);
    expect(findState(state).query).toBe('flood wall');
    expect(selected(state)).toBe('Flood Wall');
  });

  it('maps matches through edits and marks them for a new search', () => {
    let state = setup();
    state = state.apply(findSearch(state, 'flood wall'));
    state = state.apply(state.tr.insertText('Big news. ', 1));
    const value = findState(state);
    expect(value.stale).toBe(true);
    expect(value.matches.map((m) => state.doc.textBetween(m.from, m.to))).toEqual(['flood wall', 'Flood Wall', 'flood wall']);
    // Moving on searches again first.
    state = state.apply(findMove(state, 1));
    expect(findState(state).stale).toBe(false);
    expect(selected(state)).toBe('Flood Wall');
  });

  it('with many matches, draws only those over the visible window and the current one', () => {
    let state = setup('a wall. '.repeat(DRAW_ALL_LIMIT * 3));
    state = state.apply(findSearch(state, 'wall'));
    const value = findState(state);
    expect(value.matches.length).toBe(DRAW_ALL_LIMIT * 3);
    expect(matchesToDraw(value)).toEqual([0]);
    const windowed = { ...value, current: 5, window: { from: value.matches[100]!.from, to: value.matches[110]!.to } };
    expect(matchesToDraw(windowed)).toEqual([5, ...Array.from({ length: 11 }, (_, i) => 100 + i)]);
  });
});
