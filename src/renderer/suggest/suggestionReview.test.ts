/**
 * The suggestion review against real services: outlines for what is new, accept → an annotation
 * with its fields, reject → remembered across sessions, accept all, undo of each, edits made
 * while reviewing, and a search restarted when the text changed under it.
 */
import { describe, expect, it } from 'vitest';
import { DocumentSession } from '../article/documentSession';
import { TextIndex } from '../../shared/text/textIndex';
import { createTestApi, docJson } from '../../test/testServices';
import type { Suggestion } from '../../shared/suggest/suggestionTypes';
import { suggestionRanges } from '../editor/suggestionPlugin';
import { SuggestionReview } from './suggestionReview';

const STORY = [
  'Flood closes bridge',
  '“We found cracks in two supports,” said Dana Whitfield, the county engineer.',
  'Police said 40 homes were flooded. The state police said the same.',
].join('\n\n');

function at(words: string): { start: number; end: number; exact: string } {
  const start = STORY.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the story`);
  return { start, end: start + words.length, exact: words };
}

const SUGGESTIONS: Suggestion[] = [
  { kind: 'quote', ...at('“We found cracks in two supports,”'), speaker: 'Dana Whitfield', score: 0.9, reason: 'quotation marks, said' },
  { kind: 'source', ...at('Police said'), source: 'Police', sourceType: 'organisation', score: 0.8, reason: 'said' },
  { kind: 'claim', ...at('Police said 40 homes were flooded.'), score: 0.7, reason: 'number' },
  { kind: 'source', ...at('The state police said'), source: 'The state police', sourceType: 'organisation', score: 0.8, reason: 'said' },
];

async function openStory(find: (text: string) => Promise<Suggestion[]> = async () => SUGGESTIONS) {
  const api = createTestApi();
  const created = await api.client.call('documents.create', { title: 'Flood', content: docJson(STORY) });
  const toasts: Array<{ message: string; undo?: () => void }> = [];
  const notifier = { toast: (message: string, action?: { run: () => void }) => toasts.push({ message, undo: action?.run }) };
  const open = async () => {
    const session = await DocumentSession.open(api.client, created.id, notifier, { saveDelayMs: 5 });
    const review = new SuggestionReview(session, api.client, notifier, find);
    return { session, review };
  };
  return { api, documentId: created.id, toasts, open, ...(await open()) };
}

const shown = (review: SuggestionReview) => review.getSnapshot().items.map((item) => item.suggestion.exact);
const current = (review: SuggestionReview) => review.getSnapshot().items.find((item) => item.id === review.getSnapshot().currentId);
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('SuggestionReview', () => {
  it('outlines every suggestion in document order, the first current', async () => {
    const { session, review } = await openStory();
    await review.start();
    expect(review.getSnapshot().status).toBe('ready');
    expect(shown(review)).toEqual(SUGGESTIONS.map((s) => s.exact));
    expect(current(review)?.suggestion.kind).toBe('quote');
    const index = TextIndex.fromDoc(session.editorState.doc);
    expect(suggestionRanges(session.editorState).map((r) => index.text.slice(index.posToOffset(r.from), index.posToOffset(r.to)))).toEqual(
      expect.arrayContaining(SUGGESTIONS.map((s) => s.exact)),
    );
  });

  it('accepts the current one as an annotation with its speaker, moves on, and undoes it', async () => {
    const { session, review, toasts, api, documentId } = await openStory();
    await review.start();
    review.accept();
    expect(session.getSnapshot().annotations).toEqual([
      expect.objectContaining({ kind: 'quote', exact: '“We found cracks in two supports,”', speaker: 'Dana Whitfield' }),
    ]);
    expect(current(review)?.suggestion.exact).toBe('Police said');
    expect(shown(review)).not.toContain('“We found cracks in two supports,”');
    await session.flush();
    expect(await api.client.call('annotations.list', { documentId })).toHaveLength(1);

    expect(toasts.at(-1)?.message).toBe('Quote added.');
    toasts.at(-1)!.undo!();
    await session.flush();
    expect(session.getSnapshot().annotations).toEqual([]);
    expect(await api.client.call('annotations.list', { documentId })).toEqual([]);
    expect(shown(review)).toContain('“We found cracks in two supports,”');
  });

  it('rejects: the words stay, the suggestion goes and does not come back in a later review; undo brings it back', async () => {
    const { review, open, toasts, api, documentId } = await openStory();
    await review.start();
    review.next();
    expect(current(review)?.suggestion.exact).toBe('Police said');
    review.reject();
    expect(shown(review)).not.toContain('Police said');
    expect(current(review)?.suggestion.exact).toBe('Police said 40 homes were flooded.');
    await settle();
    expect(await api.client.call('suggestions.rejected', { documentId })).toEqual([
      expect.objectContaining({ kind: 'source', exact: 'Police said' }),
    ]);

    const later = await open();
    await later.review.start();
    expect(shown(later.review)).toEqual(SUGGESTIONS.filter((s) => s.exact !== 'Police said').map((s) => s.exact));

    expect(toasts.at(-1)?.message).toBe('Suggestion rejected.');
    toasts.at(-1)!.undo!();
    await settle();
    expect(await api.client.call('suggestions.rejected', { documentId })).toEqual([]);
    expect(shown(review)).toContain('Police said');
  });

  it('accepts all of a kind at once, skips what is already tagged, and undoes them together', async () => {
    const { session, review, toasts, open } = await openStory();
    await review.start();
    review.acceptAll('source');
    expect(session.getSnapshot().annotations.map((a) => [a.kind, a.exact, a.kind === 'source' ? a.sourceName : ''])).toEqual([
      ['source', 'Police said', 'Police'],
      ['source', 'The state police said', 'The state police'],
    ]);
    expect(shown(review)).toEqual(['“We found cracks in two supports,”', 'Police said 40 homes were flooded.']);
    expect(toasts.at(-1)?.message).toBe('2 sources added.');
    await session.flush();

    const later = await open();
    await later.review.start();
    expect(shown(later.review)).toEqual(['“We found cracks in two supports,”', 'Police said 40 homes were flooded.']);

    toasts.find((toast) => toast.message === '2 sources added.')!.undo!();
    expect(session.getSnapshot().annotations).toEqual([]);
  });

  it('keeps outlines on their words through edits made while reviewing', async () => {
    const { session, review } = await openStory();
    await review.start();
    session.dispatchTransaction(session.editorState.tr.insertText('UPDATED ', 1));
    review.next();
    review.accept();
    expect(session.getSnapshot().annotations).toEqual([expect.objectContaining({ kind: 'source', exact: 'Police said' })]);
  });

  it('starts again when the article changed while the engine was working', async () => {
    let calls = 0;
    let session: DocumentSession | null = null;
    const { review, session: opened } = await openStory(async (text) => {
      calls++;
      // The first time, someone types while the engine runs.
      if (calls === 1) session!.dispatchTransaction(session!.editorState.tr.insertText('Breaking: ', 1));
      return SUGGESTIONS.map((s) => ({ ...s, start: text.indexOf(s.exact), end: text.indexOf(s.exact) + s.exact.length }));
    });
    session = opened;
    await review.start();
    expect(calls).toBe(2);
    review.next();
    review.accept();
    expect(opened.getSnapshot().annotations).toEqual([expect.objectContaining({ exact: 'Police said' })]);
  });

  it('says what went wrong when the engine fails, and can try again', async () => {
    let fail = true;
    const { review } = await openStory(async () => {
      if (fail) throw new Error('worker crashed');
      return SUGGESTIONS;
    });
    await review.start();
    expect(review.getSnapshot()).toMatchObject({ status: 'failed', error: 'worker crashed' });
    fail = false;
    await review.start();
    expect(review.getSnapshot().status).toBe('ready');
  });
});
