import { describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/contract/api';
import { ApiError } from '../../shared/contract/errors';
import { createTestApi, docJson, steppingClock } from '../../test/testServices';

const TEXT = 'Police said attendees numbered into the millions.\n\nA second paragraph follows.';
const CLAIM = 'attendees numbered into the millions';
const claimRange = (text: string) => ({ start: text.indexOf(CLAIM), end: text.indexOf(CLAIM) + CLAIM.length });

describe('documents', () => {
  it('creates, lists, gets and updates a document, deriving its plain text from the content', async () => {
    const { client } = createTestApi(steppingClock());
    const created = await client.call('documents.create', { title: 'Funeral', byline: 'AP', content: docJson(TEXT) });
    expect(created.plainText).toBe(TEXT);
    expect(created.byline).toBe('AP');
    expect(apiContract['documents.create'].output.safeParse(created).success).toBe(true);

    const list = await client.call('documents.list', {});
    expect(list).toEqual([expect.objectContaining({ id: created.id, title: 'Funeral', annotationCount: 0, charCount: TEXT.length })]);

    const updated = await client.call('documents.update', {
      id: created.id,
      changes: { title: 'Funeral (updated)', publishedAt: '2020-01-06', content: docJson('New text.') },
    });
    expect(updated.title).toBe('Funeral (updated)');
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const fetched = await client.call('documents.get', { id: created.id });
    expect(fetched.plainText).toBe('New text.');
    expect(fetched.publishedAt).toBe('2020-01-06');
  });

  it('deletes to the trash, taking its annotations out of reach, and restores both', async () => {
    const { client } = createTestApi();
    const { id } = await client.call('documents.create', { title: 'T', content: docJson(TEXT) });
    const claim = await client.call('annotations.create', { documentId: id, kind: 'claim', ...claimRange(TEXT) });
    await client.call('documents.delete', { id });
    expect(await client.call('documents.list', {})).toEqual([]);
    await expect(client.call('documents.get', { id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(client.call('annotations.list', { documentId: id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(client.call('annotations.get', { id: claim.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(client.call('annotations.update', { id: claim.id, changes: { note: 'x' } })).rejects.toMatchObject({ code: 'not_found' });
    const restored = await client.call('documents.restore', { id });
    expect(restored).toMatchObject({ id, annotationCount: 1 });
    expect((await client.call('documents.list', {})).map((d) => d.id)).toEqual([id]);
    expect(await client.call('annotations.get', { id: claim.id })).toMatchObject({ exact: CLAIM });
  });

  it('purging the trash removes the document and cascades to its annotations and evidence', async () => {
    const clock = steppingClock();
    const { client, services } = createTestApi(clock);
    const { id } = await client.call('documents.create', { title: 'T', content: docJson(TEXT) });
    await client.call('annotations.create', {
      documentId: id,
      kind: 'claim',
      ...claimRange(TEXT),
      evidence: [{ url: 'https://example.org/police', title: 'Police statement', note: '' }],
    });
    await client.call('documents.delete', { id });
    expect(services.documents.purgeTrash(-1)).toBe(1);
    const count = (table: string) => services.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('documents')).toBe(0);
    expect(count('annotations')).toBe(0);
    expect(count('evidence_links')).toBe(0);
  });

  it('refuses content that does not fit the schema, with a readable message', async () => {
    const { client } = createTestApi();
    const bad = { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] };
    const error = await client.call('documents.create', { title: 'T', content: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('content is not valid') });
    const textInDoc = { type: 'doc', content: [{ type: 'text', text: 'loose text' }] };
    await expect(client.call('documents.create', { title: 'T', content: textInDoc })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('refuses a blank title, a bad date and unknown fields', async () => {
    const { client } = createTestApi();
    await expect(client.call('documents.create', { title: '   ', content: docJson('x') })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('needs a title'),
    });
    await expect(client.call('documents.create', { title: 'T', publishedAt: 'yesterday', content: docJson('x') })).rejects.toMatchObject({
      message: expect.stringContaining('Published date'),
    });
    await expect(client.call('documents.create', { title: 'T', content: docJson('x'), extra: 1 } as never)).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('updates content and annotation anchors in one transaction: a bad anchor changes nothing', async () => {
    const { client } = createTestApi();
    const { id } = await client.call('documents.create', { title: 'T', content: docJson(TEXT) });
    const claim = await client.call('annotations.create', { documentId: id, kind: 'claim', ...claimRange(TEXT) });
    expect(claim.exact).toBe(CLAIM);

    const edited = `UPDATED: ${TEXT}`;
    await expect(
      client.call('documents.update', {
        id,
        changes: { content: docJson(edited) },
        anchors: [{ id: claim.id, start: claimRange(edited).start, end: 9999 }],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('past the end') });
    expect((await client.call('documents.get', { id })).plainText).toBe(TEXT);

    await client.call('documents.update', {
      id,
      changes: { content: docJson(edited) },
      anchors: [{ id: claim.id, ...claimRange(edited) }],
    });
    const moved = await client.call('annotations.get', { id: claim.id });
    expect(moved).toMatchObject({
      ...claimRange(edited),
      exact: CLAIM,
      prefix: 'UPDATED: Police said ',
      suffix: '.\n\nA second paragraph follows.',
    });
  });
});
