import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import { plainTextToDoc } from '../../shared/editor/fromPlainText';
import { TextIndex } from '../../shared/text/textIndex';
import {
  annotationAction,
  annotationPlugin,
  annotationPluginKey,
  annotationRange,
  annotationRanges,
  annotationWindowAction,
  innermostAnnotationAt,
} from './annotationPlugin';

const TEXT = 'Khamenei said during a mass prayer.\n\nPolice said attendees numbered into the millions.';

function setup() {
  const doc = plainTextToDoc(TEXT);
  const index = TextIndex.fromDoc(doc);
  const range = (id: string, kind: 'quote' | 'source' | 'claim', words: string) => {
    const start = index.text.indexOf(words);
    return { id, kind, from: index.offsetToPos(start), to: index.offsetToPos(start + words.length, 'end') };
  };
  const state = EditorState.create({
    doc,
    plugins: [
      history(),
      annotationPlugin({
        initial: [
          range('q', 'quote', 'Khamenei said'),
          range('s', 'source', 'Police said'),
          range('c', 'claim', 'attendees numbered into the millions'),
        ],
      }),
    ],
  });
  return { state };
}

const wordsOf = (state: EditorState, id: string) => {
  const range = annotationRange(state, id);
  return range ? state.doc.textBetween(range.from, range.to) : null;
};

describe('annotationPlugin', () => {
  it('draws one decoration per annotation with its kind class', () => {
    const { state } = setup();
    const decorations = annotationPluginKey.getState(state)?.decorations.find() ?? [];
    expect(decorations.map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class).sort()).toEqual([
      'pm-annotation pm-annotation-claim',
      'pm-annotation pm-annotation-quote',
      'pm-annotation pm-annotation-source',
    ]);
  });

  it('keeps every annotation on its words when text is inserted before, between and at their edges', () => {
    let { state } = setup();
    state = state.apply(state.tr.insertText('UPDATED: ', 1));
    const police = annotationRange(state, 's')!;
    state = state.apply(state.tr.insertText('Local ', police.from));
    state = state.apply(state.tr.insertText(' (AP)', annotationRange(state, 's')!.to));
    expect(wordsOf(state, 'q')).toBe('Khamenei said');
    expect(wordsOf(state, 's')).toBe('Police said');
    expect(wordsOf(state, 'c')).toBe('attendees numbered into the millions');
  });

  it('lets words typed inside an annotation become part of it', () => {
    let { state } = setup();
    const claim = annotationRange(state, 'c')!;
    state = state.apply(state.tr.insertText('many ', claim.from + 'attendees numbered into the '.length));
    expect(wordsOf(state, 'c')).toBe('attendees numbered into the many millions');
  });

  it('reports an annotation whose words were all deleted as detached, once', () => {
    let { state } = setup();
    const police = annotationRange(state, 's')!;
    state = state.apply(state.tr.delete(police.from - 1, police.to + 1));
    expect(annotationPluginKey.getState(state)?.detached).toEqual(['s']);
    expect(annotationRange(state, 's')).toBeNull();
    state = state.apply(state.tr.insertText('x', 1));
    expect(annotationPluginKey.getState(state)?.detached).toEqual([]);
    expect(
      annotationRanges(state)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['c', 'q']);
  });

  it('adds, replaces, removes and activates through transaction metadata, outside the undo history', () => {
    let { state } = setup();
    state = state.apply(annotationAction(state.tr, { type: 'add', ranges: [{ id: 'q', kind: 'quote', from: 1, to: 9 }] }));
    expect(wordsOf(state, 'q')).toBe('Khamenei');
    state = state.apply(annotationAction(state.tr, { type: 'activate', id: 'q' }));
    expect(annotationPluginKey.getState(state)?.activeId).toBe('q');
    state = state.apply(annotationAction(state.tr, { type: 'remove', ids: ['q'] }));
    expect(annotationRange(state, 'q')).toBeNull();
    expect(annotationPluginKey.getState(state)?.activeId).toBeNull();
    expect(undo(state)).toBe(false);
  });

  it('finds the innermost annotation at a position', () => {
    let { state } = setup();
    const claim = annotationRange(state, 'c')!;
    state = state.apply(
      annotationAction(state.tr, { type: 'add', ranges: [{ id: 'inner', kind: 'quote', from: claim.from + 2, to: claim.from + 6 }] }),
    );
    expect(innermostAnnotationAt(state, claim.from + 3)).toBe('inner');
    expect(innermostAnnotationAt(state, claim.to - 1)).toBe('c');
    expect(innermostAnnotationAt(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1))), 0)).toBeNull();
  });

  it('draws only the annotations over the visible window, and the active one wherever it is', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} has a quoted line in it.`);
    const doc = plainTextToDoc(paragraphs.join('\n\n'));
    const index = TextIndex.fromDoc(doc);
    const initial = paragraphs.map((p, i) => {
      const start = index.text.indexOf(p) + p.indexOf('quoted');
      return {
        id: `a${i}`,
        kind: 'quote' as const,
        from: index.offsetToPos(start),
        to: index.offsetToPos(start + 'quoted line'.length, 'end'),
      };
    });
    let state = EditorState.create({ doc, plugins: [annotationPlugin({ initial })] });
    const drawn = () =>
      (annotationPluginKey.getState(state)?.decorations.find() ?? []).map((d) => (d.spec as { id?: string }).id ?? 'active');
    const window = annotationPluginKey.getState(state)!.window;
    expect(window.to).toBeLessThan(doc.content.size);
    expect(drawn().length).toBeGreaterThan(0);
    expect(drawn().length).toBeLessThan(initial.length);
    expect(annotationRanges(state)).toHaveLength(initial.length);

    state = state.apply(annotationAction(state.tr, { type: 'activate', id: 'a1999' }));
    expect(drawn()).toContain('a1999');
    expect(drawn()).toContain('active');

    const far = annotationRange(state, 'a1500')!;
    state = state.apply(annotationWindowAction(state.tr, { from: far.from - 5, to: far.to + 5 }));
    expect(drawn().sort()).toEqual(['a1500', 'a1999', 'active'].sort());
    // Typing before the window keeps the drawn highlight on its words.
    state = state.apply(state.tr.insertText('NEW ', 1));
    const [decoration] = annotationPluginKey
      .getState(state)!
      .decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id === 'a1500');
    expect(state.doc.textBetween(decoration!.from, decoration!.to)).toBe('quoted line');
    expect(wordsOf(state, 'a1500')).toBe('quoted line');
  });

  it('keeps the ranges of an earlier state as they were', () => {
    const { state } = setup();
    const police = annotationRange(state, 's')!;
    const after = state.apply(state.tr.delete(police.from - 1, police.to + 1));
    expect(annotationRange(after, 's')).toBeNull();
    expect(annotationRange(state, 's')).toEqual(police);
  });
});
