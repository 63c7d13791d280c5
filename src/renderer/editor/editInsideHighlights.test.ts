// @vitest-environment jsdom
/**
 * Typing and deleting inside a highlight, in a real EditorView (jsdom has no layout, so scrolling to the caret is
 * switched off). The browser's own editing cannot happen here: a key the plugin does not take leaves the document as
 * it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EditorState, Plugin, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { plainTextToDoc } from '../../shared/editor/fromPlainText';
import { TextIndex } from '../../shared/text/textIndex';
import { annotationPlugin, annotationRange } from './annotationPlugin';
import { editInsideHighlightsPlugin } from './editInsideHighlights';

const TEXT = 'Police said attendees numbered into the millions.\n\nState television showed the crowds.';
const noScrolling = new Plugin({ props: { handleScrollToSelection: () => true } });
let view: EditorView | null = null;

afterEach(() => {
  view?.destroy();
  view = null;
  document.body.innerHTML = '';
});

function open(extra: Plugin[] = []): EditorView {
  const doc = plainTextToDoc(TEXT);
  const index = TextIndex.fromDoc(doc);
  const start = index.text.indexOf('attendees');
  const claim = { id: 'c', kind: 'claim' as const, from: index.offsetToPos(start), to: index.offsetToPos(start + 36, 'end') };
  const source = { id: 's', kind: 'source' as const, from: index.offsetToPos(0), to: index.offsetToPos(11, 'end') };
  const plugins = [...extra, noScrolling, annotationPlugin({ initial: [claim, source] }), editInsideHighlightsPlugin()];
  const state = EditorState.create({ doc, plugins });
  view = new EditorView(document.body.appendChild(document.createElement('div')), { state });
  return view;
}

function caretAt(view: EditorView, from: number, to = from): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
}

function keypress(view: EditorView, char: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keypress', { charCode: char.codePointAt(0), bubbles: true, cancelable: true, ...init });
  view.dom.dispatchEvent(event);
  return event;
}

function keydown(view: EditorView, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  view.dom.dispatchEvent(event);
  return event;
}

const claimWords = (view: EditorView) => words(view, 'c');
const words = (view: EditorView, id: string) => {
  const range = annotationRange(view.state, id)!;
  return view.state.doc.textBetween(range.from, range.to);
};

describe('editing inside a highlight', () => {
  it('inserts the character itself, grows the annotation, and updates the highlight span in place', () => {
    const view = open();
    const span = view.dom.querySelector('.pm-annotation-claim');
    expect(span?.textContent).toBe('attendees numbered into the millions');
    caretAt(view, annotationRange(view.state, 'c')!.from + 'attendees '.length);
    for (const char of 'many ') expect(keypress(view, char).defaultPrevented).toBe(true);
    expect(claimWords(view)).toBe('attendees many numbered into the millions');
    expect(view.dom.querySelector('.pm-annotation-claim')).toBe(span);
    expect(span?.textContent).toBe('attendees many numbered into the millions');
  });

  it('types over words selected inside the highlight, and at its edges keeps the edges where they were', () => {
    const view = open();
    const { from } = annotationRange(view.state, 'c')!;
    caretAt(view, from + 'attendees '.length, from + 'attendees numbered'.length);
    keypress(view, 'r');
    expect(claimWords(view)).toBe('attendees r into the millions');
    caretAt(view, annotationRange(view.state, 'c')!.to);
    expect(keypress(view, '!').defaultPrevented).toBe(true);
    expect(view.state.doc.textContent).toContain('millions!.');
    expect(claimWords(view)).toBe('attendees r into the millions');
  });

  it('leaves key presses outside highlights, shortcuts and compositions to the browser', () => {
    const view = open();
    const before = view.state.doc;
    caretAt(view, view.state.doc.content.size - 3);
    expect(keypress(view, 'x').defaultPrevented).toBe(false);
    caretAt(view, annotationRange(view.state, 'c')!.from + 3);
    expect(keypress(view, 'x', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(keypress(view, 'x', { isComposing: true }).defaultPrevented).toBe(false);
    expect(keypress(view, '\r').defaultPrevented).toBe(false);
    expect(view.state.doc.eq(before)).toBe(true);
  });

  it('deletes with Backspace and Delete itself, keeping the span, as the browser would delete', () => {
    const view = open();
    const span = view.dom.querySelector('.pm-annotation-claim');
    const start = annotationRange(view.state, 'c')!.from;
    caretAt(view, start + 'attendees n'.length);
    expect(keydown(view, 'Backspace').defaultPrevented).toBe(true);
    expect(keydown(view, 'Delete').defaultPrevented).toBe(true);
    expect(claimWords(view)).toBe('attendees mbered into the millions');
    expect(view.dom.querySelector('.pm-annotation-claim')).toBe(span);
    // Just after the claim's last word, Backspace takes that word's last letter.
    caretAt(view, annotationRange(view.state, 'c')!.to);
    keydown(view, 'Backspace');
    expect(claimWords(view)).toBe('attendees mbered into the million');
  });

  it('leaves block edges, word deletion and selections to ProseMirror and the browser', () => {
    const view = open();
    const before = view.state.doc;
    // The source starts its paragraph: nothing before the caret to delete in this block.
    caretAt(view, annotationRange(view.state, 's')!.from);
    expect(keydown(view, 'Backspace').defaultPrevented).toBe(false);
    caretAt(view, annotationRange(view.state, 'c')!.from + 3);
    expect(keydown(view, 'Backspace', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(keydown(view, 'Delete', { altKey: true }).defaultPrevented).toBe(false);
    caretAt(view, annotationRange(view.state, 'c')!.from + 3, annotationRange(view.state, 'c')!.from + 6);
    expect(keydown(view, 'Backspace').defaultPrevented).toBe(false);
    // Outside every highlight the browser deletes.
    caretAt(view, view.state.doc.content.size - 3);
    expect(keydown(view, 'Backspace').defaultPrevented).toBe(false);
    expect(view.state.doc.eq(before)).toBe(true);
    expect(words(view, 's')).toBe('Police said');
  });

  it('gives text-input handlers (input rules) the character first', () => {
    const seen: string[] = [];
    const rules = new Plugin({ props: { handleTextInput: (_view, _from, _to, text) => (seen.push(text), true) } });
    const view = open([rules]);
    const before = view.state.doc;
    caretAt(view, annotationRange(view.state, 'c')!.from + 3);
    expect(keypress(view, 'q').defaultPrevented).toBe(true);
    expect(seen).toEqual(['q']);
    expect(view.state.doc.eq(before)).toBe(true);
  });
});
