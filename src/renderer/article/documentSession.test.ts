import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { DocumentSession } from './documentSession';
import { TextIndex } from '../../shared/text/textIndex';
import { createApiClient } from '../../shared/contract/client';
import { createTestApi, docJson, readFixture } from '../../test/testServices';
import type { ApiResult } from '../../shared/contract/errors';

const QUOTE = 'Oh Allah, they are in need of your mercy, and you are exalted above punishing your servants,';

async function openFixture() {
  const api = createTestApi();
  const created = await api.client.call('documents.create', { title: 'Fixture', content: docJson(readFixture()) });
  const toasts: string[] = [];
  const actions: Array<() => void> = [];
  const notifier = {
    toast: (message: string, action?: { run: () => void }) => {
      toasts.push(message);
      if (action) actions.push(action.run);
    },
  };
  const open = () => DocumentSession.open(api.client, created.id, notifier, { saveDelayMs: 5 });
  return { api, documentId: created.id, session: await open(), open, toasts, actions };
}

function select(session: DocumentSession, words: string, occurrence = 0): void {
  const index = TextIndex.fromDoc(session.editorState.doc);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = index.text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  const tr = session.editorState.tr.setSelection(
    TextSelection.create(session.editorState.doc, index.offsetToPos(start), index.offsetToPos(start + words.length, 'end')),
  );
  session.dispatchTransaction(tr);
}

function type(session: DocumentSession, text: string, at: number) {
  session.dispatchTransaction(session.editorState.tr.insertText(text, at));
}

describe('DocumentSession', () => {
  it('tags, edits and reopens: every annotation is back on its words with its fields', async () => {
    const { session, open, api, documentId } = await openFixture();
    select(session, QUOTE);
    session.tag('quote');
    const quoteId = session.getSnapshot().activeId as string;
    session.updateAnnotation(quoteId, { speaker: 'Ali Khamenei' });
    select(session, 'Police said');
    session.tag('source');
    const sourceId = session.getSnapshot().activeId as string;
    expect(session.getSnapshot().annotations.find((a) => a.id === sourceId)).toMatchObject({ kind: 'source', sourceName: 'Police' });
    select(session, 'attendees numbered into the millions');
    session.tag('claim');
    const claimId = session.getSnapshot().activeId as string;
    session.updateAnnotation(claimId, { attributedTo: sourceId });

    type(session, 'UPDATED: ', 1);
    await session.flush();
    expect(session.getSnapshot().saveState).toBe('saved');

    const reopened = await open();
    const text = TextIndex.fromDoc(reopened.editorState.doc).text;
    expect(text.startsWith('UPDATED: An emotional')).toBe(true);
    const byId = new Map(reopened.getSnapshot().annotations.map((a) => [a.id, a]));
    expect(byId.get(quoteId)).toMatchObject({ kind: 'quote', exact: QUOTE, speaker: 'Ali Khamenei' });
    expect(byId.get(sourceId)).toMatchObject({ kind: 'source', exact: 'Police said' });
    expect(byId.get(claimId)).toMatchObject({
      kind: 'claim',
      exact: 'attendees numbered into the millions',
      status: 'to_check',
      attributedTo: sourceId,
    });
    for (const annotation of byId.values()) expect(text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
    expect((await api.client.call('annotations.list', { documentId })).map((a) => a.id).sort()).toEqual(
      [quoteId, sourceId, claimId].sort(),
    );
  });

  it('does not duplicate a tag on the same words, and refuses an empty selection with a hint', async () => {
    const { session, toasts } = await openFixture();
    session.tag('quote');
    expect(toasts).toEqual(['Select the words to tag as a quote first.']);
    select(session, 'Police said');
    session.tag('source');
    session.tag('source');
    await session.flush();
    expect(session.getSnapshot().annotations).toHaveLength(1);
  });

  it('deletes with undo, back on the same words after later edits', async () => {
    const { session: withUndo, open, toasts, actions } = await openFixture();
    select(withUndo, 'Police said');
    withUndo.tag('source');
    const id = withUndo.getSnapshot().activeId as string;
    await withUndo.flush();
    withUndo.deleteAnnotation(id);
    expect(toasts.at(-1)).toBe('Source deleted.');
    type(withUndo, 'Breaking: ', 1);
    await withUndo.flush();
    expect((await open()).getSnapshot().annotations).toHaveLength(0);
    actions.at(-1)?.();
    await withUndo.flush();
    const restored = (await open()).getSnapshot().annotations;
    expect(restored).toMatchObject([{ id, exact: 'Police said' }]);
  });

  it('stores an annotation whose words were deleted as having lost them, and re-attaches it by selection', async () => {
    const { session, open, api, documentId } = await openFixture();
    select(session, 'Police said');
    session.tag('source');
    const id = session.getSnapshot().activeId as string;
    select(session, 'Police said attendees numbered into the millions.');
    session.dispatchTransaction(session.editorState.tr.deleteSelection());
    await session.flush();
    expect(await api.client.call('annotations.get', { id })).toMatchObject({ anchorStatus: 'orphaned', exact: 'Police said' });
    const reopened = await open();
    expect(reopened.getSnapshot().detachedIds).toEqual(new Set([id]));

    select(reopened, 'Khamenei’s voice cracked');
    reopened.reattach(id);
    expect(reopened.getSnapshot().detachedIds.size).toBe(0);
    await reopened.flush();
    expect(await api.client.call('annotations.get', { id })).toMatchObject({
      anchorStatus: 'anchored',
      anchorMethod: 'manual',
      exact: 'Khamenei’s voice cracked',
    });
    expect((await api.client.call('annotations.list', { documentId })).map((a) => a.id)).toEqual([id]);
  });

  it('keeps an annotation whose words were deleted, and re-attaches it when the deletion is undone', async () => {
    const { session, open } = await openFixture();
    select(session, 'Police said');
    session.tag('source');
    const id = session.getSnapshot().activeId as string;
    select(
      session,
      'Khamenei’s voice cracked under the weight of the moment during a funeral procession unlike any in Iran’s recent history. Police said attendees',
    );
    session.dispatchTransaction(session.editorState.tr.deleteSelection());
    expect(session.getSnapshot().detachedIds.has(id)).toBe(true);
    await session.flush();
    const meanwhile = await open();
    expect(meanwhile.getSnapshot().detachedIds.has(id)).toBe(true);
    expect(meanwhile.getSnapshot().annotations.map((a) => a.id)).toEqual([id]);

    undo(session.editorState, (tr) => session.dispatchTransaction(tr));
    expect(session.getSnapshot().detachedIds.size).toBe(0);
    await session.flush();
    const after = await open();
    expect(after.getSnapshot().detachedIds.size).toBe(0);
    expect(after.getSnapshot().annotations).toMatchObject([{ id, exact: 'Police said' }]);
  });

  it('keeps writes while storage is unreachable and stores them, in order, when it is back', async () => {
    const { api, documentId } = await openFixture();
    let down = false;
    const flaky = createApiClient(async (method, input) => {
      if (down) throw new Error('connection refused');
      return structuredClone(await api.dispatch(method, structuredClone(input))) as ApiResult<unknown>;
    });
    const session = await DocumentSession.open(flaky, documentId, { toast: () => undefined }, { saveDelayMs: 5 });
    down = true;
    select(session, 'Police said');
    session.tag('source');
    type(session, 'UPDATED: ', 1);
    const flushed = session.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.getSnapshot().saveState).toBe('retrying');
    down = false;
    await flushed;
    expect(session.getSnapshot().saveState).toBe('saved');
    const stored = await api.client.call('annotations.list', { documentId });
    expect(stored).toMatchObject([{ exact: 'Police said' }]);
    expect((await api.client.call('documents.get', { id: documentId })).plainText.startsWith('UPDATED: ')).toBe(true);
  });

  it('takes back a tag that storage refuses, and says why', async () => {
    const { api, documentId } = await openFixture();
    const refusing = createApiClient(async (method, input) =>
      method === 'annotations.create'
        ? { ok: false, error: { code: 'limit_exceeded', message: 'An article holds at most 50,000 annotations.' } }
        : ((await api.dispatch(method, input)) as ApiResult<unknown>),
    );
    const toasts: string[] = [];
    const session = await DocumentSession.open(refusing, documentId, { toast: (m) => toasts.push(m) }, { saveDelayMs: 5 });
    select(session, 'Police said');
    session.tag('source');
    await session.flush();
    expect(session.getSnapshot().annotations).toEqual([]);
    expect(toasts).toContain('Could not tag the source: An article holds at most 50,000 annotations.');
  });

  it('saves by itself, within a second of the last change, with no save command', async () => {
    const api = createTestApi();
    const { id } = await api.client.call('documents.create', { title: 'Fixture', content: docJson(readFixture()) });
    const session = await DocumentSession.open(api.client, id, { toast: () => undefined });
    select(session, 'Police said');
    session.tag('source');
    session.updateAnnotation(session.getSnapshot().activeId as string, { note: 'Which police force?' });
    type(session, 'UPDATED: ', 1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await api.client.call('documents.get', { id })).plainText.startsWith('UPDATED: ')).toBe(true);
    expect(await api.client.call('annotations.list', { documentId: id })).toMatchObject([
      { exact: 'Police said', note: 'Which police force?' },
    ]);
    expect(session.getSnapshot().saveState).toBe('saved');
  });
});
