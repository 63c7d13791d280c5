/**
 * Rejected suggestions through the contract: remembered per article, kind and text (whitespace
 * aside), undone on request, gone with their article, and refused when malformed.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, docJson, steppingClock } from '../../test/testServices';

async function article() {
  const api = createTestApi(steppingClock());
  const document = await api.client.call('documents.create', { title: 'Story', content: docJson('Police said the road was closed.') });
  return { api, documentId: document.id };
}

describe('suggestions.reject', () => {
  it('remembers a rejection per kind and text, once, with its time', async () => {
    const { api, documentId } = await article();
    await api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'source', exact: 'Police  said\n' }] });
    await api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'source', exact: 'Police said' }] });
    await api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'claim', exact: 'Police said' }] });
    const rejected = await api.client.call('suggestions.rejected', { documentId });
    expect(rejected.map(({ kind, exact }) => ({ kind, exact }))).toEqual([
      { kind: 'source', exact: 'Police said' },
      { kind: 'claim', exact: 'Police said' },
    ]);
    expect(rejected[0]!.rejectedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps rejections apart per article', async () => {
    const { api, documentId } = await article();
    const other = await api.client.call('documents.create', { title: 'Other', content: docJson('Police said so.') });
    await api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'source', exact: 'Police said' }] });
    expect(await api.client.call('suggestions.rejected', { documentId: other.id })).toEqual([]);
  });

  it('brings a rejected suggestion back on unreject (the undo of a rejection)', async () => {
    const { api, documentId } = await article();
    const rejections = [
      { kind: 'quote' as const, exact: '“We will rebuild,” she said' },
      { kind: 'claim' as const, exact: 'The road was closed.' },
    ];
    await api.client.call('suggestions.reject', { documentId, rejections });
    await api.client.call('suggestions.unreject', { documentId, rejections: [{ kind: 'quote', exact: ' “We will rebuild,”  she said' }] });
    expect((await api.client.call('suggestions.rejected', { documentId })).map((r) => r.kind)).toEqual(['claim']);
  });

  it('forgets the rejections of a deleted article and refuses unknown articles', async () => {
    const { api, documentId } = await article();
    await api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'source', exact: 'Police said' }] });
    await api.client.call('documents.delete', { id: documentId });
    await expect(api.client.call('suggestions.rejected', { documentId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      api.client.call('suggestions.reject', { documentId: crypto.randomUUID(), rejections: [{ kind: 'claim', exact: 'x' }] }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses malformed payloads with a readable message', async () => {
    const { api, documentId } = await article();
    await expect(api.client.call('suggestions.reject', { documentId, rejections: [] } as never)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'rumour', exact: 'x' }] } as never),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.client.call('suggestions.reject', { documentId, rejections: [{ kind: 'claim', exact: '' }] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('needs its words'),
    });
  });
});
