/**
 * The browser benchmark page: builds the shared workload from the fixture text it is handed, then opens it in one of
 * three ways (Pressmark's editor with the app's plugins, a bare ProseMirror view of the same document, or the peer
 * @recogito/text-annotator) and times it to the first painted frame. It also times key presses typed by the driver
 * (browserBench.ts), from the keydown to the frame after the transaction. Everything is exposed on `window.bench`.
 */
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { createTextAnnotator } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import '../../src/renderer/styles/app.css';
import '../../src/renderer/styles/highlights.css';
import { plainTextToDoc } from '../../src/shared/editor/fromPlainText';
import { TextIndex } from '../../src/shared/text/textIndex';
import { editorPlugins } from '../../src/renderer/editor/editorPlugins';
import { buildWorkload, seededRandom, type Workload, type WorkloadOptions } from '../workload';

export type OpenMode = 'pressmark' | 'bare';

let workload: Workload | null = null;
let view: EditorView | null = null;
let peer: unknown = null;
let keyStart = 0;
let keyWaiter: ((ms: number) => void) | null = null;

const mount = () => document.getElementById('mount') as HTMLDivElement;

/** After the next frame has been painted: a rAF callback runs before paint, a message posted from it runs after. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

function setup(fixture: string, options: WorkloadOptions): { chars: number; annotations: number; paragraphs: number } {
  workload = buildWorkload(fixture, options);
  return { chars: workload.text.length, annotations: workload.annotations.length, paragraphs: workload.paragraphs.length };
}

function dispatch(this: EditorView, tr: Transaction): void {
  this.updateState(this.state.apply(tr));
  if (tr.docChanged && keyWaiter) {
    const done = keyWaiter;
    keyWaiter = null;
    void afterPaint().then((end) => done(end - keyStart));
  }
}

const ATTRIBUTES = { class: 'article-text', role: 'textbox', 'aria-label': 'Article text', spellcheck: 'false' };

/** Opens the workload in an editor and resolves with the milliseconds to the first painted frame. */
async function open(mode: OpenMode): Promise<number> {
  if (!workload) throw new Error('setup() first');
  const { text, annotations } = workload;
  const start = performance.now();
  const doc = plainTextToDoc(text);
  let state: EditorState;
  if (mode === 'bare') {
    state = EditorState.create({ doc });
  } else {
    const index = TextIndex.fromDoc(doc);
    const initial = annotations.map((a) => ({
      id: a.id,
      kind: a.kind,
      from: index.offsetToPos(a.start, 'start'),
      to: index.offsetToPos(a.end, 'end'),
    }));
    state = EditorState.create({ doc, plugins: editorPlugins({ initial, onTag: () => undefined }) });
  }
  view = new EditorView(mount(), { state, dispatchTransaction: dispatch, attributes: ATTRIBUTES });
  if (mode === 'pressmark' && !view.dom.querySelector('.pm-annotation')) throw new Error('No highlight was drawn');
  const end = await afterPaint();
  return end - start;
}

/** Opens the same text and annotations in @recogito/text-annotator and waits for its highlights to be painted. */
async function openPeer(): Promise<number> {
  if (!workload) throw new Error('setup() first');
  const { paragraphs, annotations, text } = workload;
  const start = performance.now();
  const container = document.createElement('div');
  // The article's look, but every paragraph laid out: the app's own layout skipping (content-visibility) is not the peer's.
  container.className = 'article-text peer-text';
  // The "\n\n" text nodes between paragraphs make the container's text exactly the workload's text.
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) container.append('\n\n');
    const p = document.createElement('p');
    p.textContent = paragraph;
    container.append(p);
  });
  mount().append(container);
  const annotator = createTextAnnotator(container, { annotatingEnabled: false });
  peer = annotator;
  annotator.setAnnotations(
    annotations.map((a) => ({
      id: a.id,
      bodies: [],
      target: { annotation: a.id, selector: [{ quote: text.slice(a.start, a.end), start: a.start, end: a.end }] },
    })) as never,
    false,
  );
  for (;;) {
    await afterPaint();
    if (container.querySelector('.r6o-span-highlight-layer .r6o-annotation')) break;
    if (performance.now() - start > 600_000) throw new Error('The peer drew nothing');
  }
  const end = await afterPaint();
  return end - start;
}

/** Puts the caret at the seeded i-th random spot, scrolled into view, and waits until the page has settled. */
async function placeCaret(i: number): Promise<void> {
  if (!view) throw new Error('open() first');
  const random = seededRandom(1000 + i);
  const { doc } = view.state;
  const selection = TextSelection.near(doc.resolve(1 + Math.floor(random() * (doc.content.size - 2))));
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
  view.focus();
  await afterPaint();
  await afterPaint();
}

let keyResult: Promise<number> | null = null;

/** Arms the timer for the next key press: `keyTime()` then resolves with the ms from its keydown to the painted frame. */
function armKey(): void {
  keyResult = new Promise((resolve) => (keyWaiter = resolve));
}

function keyTime(): Promise<number> {
  if (!keyResult) throw new Error('armKey() first');
  return keyResult;
}

window.addEventListener('keydown', () => (keyStart = performance.now()), { capture: true });

function highlightCount(): number {
  return document.querySelectorAll('.pm-annotation').length;
}

const bench = { setup, open, openPeer, placeCaret, armKey, keyTime, highlightCount, ready: true };
export type BenchPage = typeof bench;
(window as unknown as { bench: BenchPage }).bench = bench;
void peer;
