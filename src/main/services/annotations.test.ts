import { beforeEach, describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/contract/api';
import { createTestApi, docJson, readFixture, steppingClock, type TestApi } from '../../test/testServices';

const TEXT = 'Khamenei’s voice cracked. Police said attendees numbered into the millions.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('annotations', () => {
  let api: TestApi;
  let documentId: string;

  beforeEach(async () => {
    api = createTestApi(steppingClock());
    documentId = (await api.client.call('documents.create', { title: 'T', content: docJson(TEXT) })).id;
  });

  it('creates each kind with its defaults, W3C quote context and output that matches the contract', async () => {
    const { client } = api;
    const source = await client.call('annotations.create', {
      documentId,
      kind: 'source',
      ...at('Police said'),
      sourceName: 'Police',
      sourceType: 'organisation',
    });
    const quote = await client.call('annotations.create', { documentId, kind: 'quote', ...at('voice cracked'), speaker: 'Ali Khamenei' });
    const claim = await client.call('annotations.create', {
      documentId,
      kind: 'claim',
      ...at('attendees numbered into the millions'),
      attributedTo: source.id,
    });

    expect(source).toMatchObject({
      kind: 'source',
      exact: 'Police said',
      prefix: 'Khamenei’s voice cracked. ',
      sourceName: 'Police',
      sourceType: 'organisation',
    });
    expect(quote).toMatchObject({ kind: 'quote', speaker: 'Ali Khamenei', attributedTo: null, note: '', prefix: 'Khamenei’s ' });
    expect(claim).toMatchObject({ kind: 'claim', status: 'to_check', verdict: '', evidence: [], attributedTo: source.id, suffix: '.' });
    for (const annotation of [source, quote, claim]) expect(apiContract['annotations.get'].output.safeParse(annotation).success).toBe(true);

    const listed = await client.call('annotations.list', { documentId });
    expect(listed.map((a) => a.exact)).toEqual(['voice cracked', 'Police said', 'attendees numbered into the millions']);
    expect((await client.call('documents.list', {}))[0]?.annotationCount).toBe(3);
  });

  it('keeps exactly 32 characters of prefix and suffix', async () => {
    const text = readFixture();
    const { id } = await api.client.call('documents.create', { title: 'Fixture', content: docJson(text) });
    const doc = await api.client.call('documents.get', { id });
    const words = 'attendees numbered into the millions';
    const start = doc.plainText.indexOf(words);
    const claim = await api.client.call('annotations.create', { documentId: id, kind: 'claim', start, end: start + words.length });
    expect(claim.prefix).toBe(doc.plainText.slice(start - 32, start));
    expect(claim.suffix).toBe(doc.plainText.slice(start + words.length, start + words.length + 32));
    expect(claim.prefix).toHaveLength(32);
  });

  it('updates fields that fit the kind and refuses those that do not', async () => {
    const { client } = api;
    const quote = await client.call('annotations.create', { documentId, kind: 'quote', ...at('voice cracked') });
    const updated = await client.call('annotations.update', { id: quote.id, changes: { speaker: 'Ali Khamenei', note: 'At the funeral' } });
    expect(updated).toMatchObject({ speaker: 'Ali Khamenei', note: 'At the funeral' });
    expect(updated.updatedAt > quote.updatedAt).toBe(true);
    await expect(client.call('annotations.update', { id: quote.id, changes: { verdict: 'False' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'A quote has no field "verdict".',
    });
    expect(await client.call('annotations.get', { id: quote.id })).toMatchObject({ speaker: 'Ali Khamenei' });
  });

  it('stores evidence links in order and refuses URLs that are not http(s)', async () => {
    const { client } = api;
    const claim = await client.call('annotations.create', { documentId, kind: 'claim', ...at('attendees numbered into the millions') });
    const evidence = [
      { url: 'https://example.org/a', title: 'A', note: 'first' },
      { url: 'http://example.org/b', title: 'B', note: '' },
    ];
    await client.call('annotations.update', { id: claim.id, changes: { evidence, status: 'in_progress', verdict: 'Mostly true' } });
    expect(await client.call('annotations.get', { id: claim.id })).toMatchObject({
      evidence,
      status: 'in_progress',
      verdict: 'Mostly true',
    });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'example.org', '']) {
      await expect(
        client.call('annotations.update', { id: claim.id, changes: { evidence: [{ url, title: '', note: '' }] } }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('http://'),
      });
    }
  });

  it('attributes quotes and claims only to a live source of the same article', async () => {
    const { client } = api;
    const source = await client.call('annotations.create', { documentId, kind: 'source', ...at('Police said') });
    const quote = await client.call('annotations.create', { documentId, kind: 'quote', ...at('voice cracked') });
    const other = await client.call('documents.create', { title: 'Other', content: docJson(TEXT) });
    const foreign = await client.call('annotations.create', { documentId: other.id, kind: 'source', ...at('Police said') });

    await expect(client.call('annotations.update', { id: quote.id, changes: { attributedTo: foreign.id } })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(client.call('annotations.update', { id: source.id, changes: { attributedTo: quote.id } })).rejects.toMatchObject({
      message: 'A source has no field "attributedTo".',
    });
    const claim = await client.call('annotations.create', { documentId, kind: 'claim', ...at('attendees numbered') });
    await expect(client.call('annotations.update', { id: quote.id, changes: { attributedTo: claim.id } })).rejects.toMatchObject({
      message: 'Attributions must point to a source, not a claim.',
    });
    expect(await client.call('annotations.update', { id: quote.id, changes: { attributedTo: source.id } })).toMatchObject({
      attributedTo: source.id,
    });
  });

  it('a purged source leaves its quotes unattributed (ON DELETE SET NULL)', async () => {
    const { client, services } = api;
    const source = await client.call('annotations.create', { documentId, kind: 'source', ...at('Police said') });
    const quote = await client.call('annotations.create', { documentId, kind: 'quote', ...at('voice cracked'), attributedTo: source.id });
    services.db.prepare('DELETE FROM annotations WHERE id = ?').run(source.id);
    expect(await client.call('annotations.get', { id: quote.id })).toMatchObject({ attributedTo: null });
  });

  it('refuses ranges outside the text, empty ranges, stale exact text and bad payloads', async () => {
    const { client } = api;
    const cases: Array<[unknown, RegExp]> = [
      [{ documentId, kind: 'quote', start: 5, end: 5 }, /at least one character/],
      [{ documentId, kind: 'quote', start: 0, end: TEXT.length + 1 }, /past the end/],
      [{ documentId, kind: 'quote', start: -1, end: 3 }, /negative/],
      [{ documentId, kind: 'quote', start: 1.5, end: 3 }, /whole numbers/],
      [{ documentId, kind: 'quote', start: '0', end: 3 }, /whole numbers/],
      [{ documentId, kind: 'opinion', start: 0, end: 3 }, /kind/],
      [{ documentId, kind: 'quote', start: 0, end: 3, verdict: 'True' }, /verdict/],
      [{ documentId: 'not-a-uuid', kind: 'quote', start: 0, end: 3 }, /UUID/],
      [{ documentId, kind: 'source', start: 0, end: 3, sourceType: 'alien' }, /Source type/],
      [{ documentId, kind: 'quote', start: 0, end: 3, note: 'x'.repeat(20_001) }, /at most 20000/],
    ];
    for (const [input, message] of cases) {
      await expect(client.call('annotations.create', input as never)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(message),
      });
    }
    await expect(
      client.call('annotations.create', { documentId, kind: 'quote', ...at('voice cracked'), exact: 'something else' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await client.call('annotations.list', { documentId })).toEqual([]);
  });

  it('deletes to the trash and restores, optionally at a new range', async () => {
    const { client } = api;
    const quote = await client.call('annotations.create', { documentId, kind: 'quote', ...at('voice cracked'), speaker: 'Khamenei' });
    await client.call('annotations.delete', { id: quote.id });
    expect(await client.call('annotations.list', { documentId })).toEqual([]);
    await expect(client.call('annotations.get', { id: quote.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(client.call('annotations.delete', { id: quote.id })).rejects.toMatchObject({ code: 'not_found' });

    const restored = await client.call('annotations.restore', { id: quote.id, ...at('Police said') });
    expect(restored).toMatchObject({ speaker: 'Khamenei', exact: 'Police said' });
    expect((await client.call('annotations.list', { documentId })).map((a) => a.id)).toEqual([quote.id]);
  });

  it('refuses an annotation on a deleted document and unknown ids', async () => {
    const { client } = api;
    await client.call('documents.delete', { id: documentId });
    await expect(client.call('annotations.create', { documentId, kind: 'quote', start: 0, end: 3 })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(client.call('annotations.get', { id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('accepts a client-chosen id once, and refuses to reuse it', async () => {
    const { client } = api;
    const id = crypto.randomUUID();
    expect((await client.call('annotations.create', { id, documentId, kind: 'quote', ...at('voice cracked') })).id).toBe(id);
    await expect(client.call('annotations.create', { id, documentId, kind: 'quote', ...at('Police said') })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe('annotations.createMany', () => {
  let api: TestApi;
  let documentId: string;

  beforeEach(async () => {
    api = createTestApi(steppingClock());
    documentId = (await api.client.call('documents.create', { title: 'T', content: docJson(TEXT) })).id;
  });

  it('creates every kind in one call, with the same quote context and defaults as create, attributions to a source of the batch included', async () => {
    const sourceId = '3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f601';
    const created = await api.client.call('annotations.createMany', {
      documentId,
      annotations: [
        { id: sourceId, kind: 'source', ...at('Police said'), sourceName: 'Police', sourceType: 'organisation' },
        { kind: 'quote', ...at('voice cracked'), speaker: 'Ali Khamenei', exact: 'voice cracked' },
        { kind: 'claim', ...at('attendees numbered into the millions'), attributedTo: sourceId, status: 'in_progress' },
      ],
    });
    expect(created.map((a) => a.kind)).toEqual(['source', 'quote', 'claim']);
    expect(created[1]).toMatchObject({ exact: 'voice cracked', prefix: 'Khamenei’s ', speaker: 'Ali Khamenei', anchorMethod: 'selection' });
    expect(created[2]).toMatchObject({ status: 'in_progress', attributedTo: sourceId, evidence: [], suffix: '.' });
    for (const annotation of created) expect(apiContract['annotations.get'].output.safeParse(annotation).success).toBe(true);
    const listed = await api.client.call('annotations.list', { documentId });
    expect(listed).toEqual([...created].sort((a, b) => a.start - b.start));
  });

  it('refuses the whole batch when one item fails a check, naming it, and writes nothing', async () => {
    const valid = { kind: 'quote' as const, ...at('voice cracked') };
    await expect(
      api.client.call('annotations.createMany', {
        documentId,
        annotations: [valid, { kind: 'quote', ...at('Police said'), exact: 'Police sad' }],
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Annotation 2: The article changed') });
    await expect(
      api.client.call('annotations.createMany', { documentId, annotations: [valid, { kind: 'quote', start: 5, end: TEXT.length + 1 }] }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Annotation 2: The annotation runs past the end') });
    await expect(
      api.client.call('annotations.createMany', {
        documentId,
        annotations: [valid, { kind: 'claim', ...at('attendees'), attributedTo: '3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f601' }],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('Annotation 2: Attributions must point to a source') });
    expect(await api.client.call('annotations.list', { documentId })).toEqual([]);
  });

  it('refuses ids already taken, in the database or twice in the batch', async () => {
    const id = '3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f602';
    await expect(
      api.client.call('annotations.createMany', {
        documentId,
        annotations: [
          { id, kind: 'quote', ...at('voice cracked') },
          { id, kind: 'quote', ...at('Police said') },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Annotation 2: An annotation with this id already exists'),
    });
    await api.client.call('annotations.create', { id, documentId, kind: 'quote', ...at('voice cracked') });
    await expect(
      api.client.call('annotations.createMany', { documentId, annotations: [{ id, kind: 'quote', ...at('Police said') }] }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await api.client.call('annotations.list', { documentId })).toHaveLength(1);
  });

  it('checks the schema of every item and the size of the batch', async () => {
    await expect(
      api.client.call('annotations.createMany', {
        documentId,
        annotations: [{ kind: 'quote', start: 0, end: 4, sourceType: 'media' } as never],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.client.call('annotations.createMany', { documentId, annotations: [] })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      api.client.call('annotations.createMany', {
        documentId: '3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f603',
        annotations: [{ kind: 'quote', ...at('Police said') }],
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
