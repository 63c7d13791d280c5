/**
 * The storage limits (src/shared/domain/limits.ts), each met through the contract with the message a
 * person sees: document size, annotations per document (create, createMany, restore and import alike),
 * evidence links per claim, and string lengths. A refused call writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/limits';
import { createTestApi, docJson, type TestApi } from '../../test/testServices';
import { databaseHash } from '../../test/databaseHash';

const TEXT = 'The council voted on Tuesday. The mayor said the vote was close.';

async function refusal(api: TestApi, method: string, input: unknown) {
  const before = databaseHash(api.services.db);
  const result = await api.dispatch(method, input);
  expect(databaseHash(api.services.db)).toBe(before);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
}

describe('document size', () => {
  it('refuses an article longer than the limit, on create, update and revise', async () => {
    const api = createTestApi();
    const tooLong = docJson('a'.repeat(LIMITS.documentChars + 1));
    const message = `The article is too long: ${(LIMITS.documentChars + 1).toLocaleString('en')} characters, and Pressmark holds at most ${LIMITS.documentChars.toLocaleString('en')}.`;
    expect(await refusal(api, 'documents.create', { title: 'Big', content: tooLong })).toEqual({ code: 'limit_exceeded', message });
    const { id } = await api.client.call('documents.create', { title: 'Small', content: docJson(TEXT) });
    expect(await refusal(api, 'documents.update', { id, changes: { content: tooLong } })).toMatchObject({
      code: 'limit_exceeded',
      message,
    });
    expect((await refusal(api, 'documents.revise', { id, content: tooLong })).message).toContain('at most 5,000,000');
  });
});

describe('annotations per document', () => {
  let api: TestApi;
  let documentId: string;
  let deletedId: string;
  const full = `An article holds at most ${LIMITS.annotationsPerDocument.toLocaleString('en')} annotations.`;

  beforeAll(async () => {
    api = createTestApi();
    documentId = (await api.client.call('documents.create', { title: 'Full', content: docJson(TEXT) })).id;
    deletedId = (await api.client.call('annotations.create', { documentId, kind: 'quote', start: 0, end: 3 })).id;
    await api.client.call('annotations.delete', { id: deletedId });
    const item = { kind: 'quote' as const, start: 4, end: 11 };
    await api.client.call('annotations.createMany', {
      documentId,
      annotations: Array.from({ length: LIMITS.annotationsPerDocument }, () => item),
    });
  }, 120_000);

  it('refuses one more through create, createMany and restore', async () => {
    expect(await refusal(api, 'annotations.create', { documentId, kind: 'claim', start: 0, end: 3 })).toEqual({
      code: 'limit_exceeded',
      message: full,
    });
    const error = await refusal(api, 'annotations.createMany', { documentId, annotations: [{ kind: 'claim', start: 0, end: 3 }] });
    expect(error).toEqual({ code: 'limit_exceeded', message: full });
    expect(await refusal(api, 'annotations.restore', { id: deletedId })).toEqual({ code: 'limit_exceeded', message: full });
  });

  it('refuses a batch or a list of anchors longer than the limit before reading it', async () => {
    const tooMany = Array.from({ length: LIMITS.annotationsPerDocument + 1 }, () => ({ kind: 'quote', start: 0, end: 3 }));
    expect((await refusal(api, 'annotations.createMany', { documentId, annotations: tooMany })).message).toContain(full);
    const anchors = Array.from({ length: LIMITS.annotationsPerDocument + 1 }, () => ({ id: deletedId, start: 0, end: 3 }));
    expect((await refusal(api, 'documents.update', { id: documentId, changes: {}, anchors })).message).toContain(full);
  });

  it('refuses an annotation file that would go past the limit, importing none of it', async () => {
    const file = {
      type: 'Annotation',
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:7f0c4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f',
      body: { type: 'TextualBody', value: 'note', purpose: 'commenting' },
      target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'council' } },
    };
    const dataBase64 = Buffer.from(JSON.stringify(file)).toString('base64');
    const error = await refusal(api, 'annotations.import', { documentId, file: { fileName: 'notes.jsonld', dataBase64 } });
    expect(error.code).toBe('limit_exceeded');
    expect(error.message).toContain(full);
  });
});

describe('evidence per claim and string lengths', () => {
  let api: TestApi;
  let documentId: string;
  let claimId: string;
  const link = { url: 'https://example.org', title: 'Source', note: '' };

  beforeAll(async () => {
    api = createTestApi();
    documentId = (await api.client.call('documents.create', { title: 'T', content: docJson(TEXT) })).id;
    claimId = (await api.client.call('annotations.create', { documentId, kind: 'claim', start: 0, end: 3 })).id;
  });

  it('keeps at most the limit of evidence links on a claim, on create and update', async () => {
    const evidence = Array.from({ length: LIMITS.evidencePerClaim + 1 }, () => link);
    const message = `A claim holds at most ${LIMITS.evidencePerClaim} evidence links.`;
    expect((await refusal(api, 'annotations.create', { documentId, kind: 'claim', start: 0, end: 3, evidence })).message).toContain(
      message,
    );
    expect((await refusal(api, 'annotations.update', { id: claimId, changes: { evidence } })).message).toContain(message);
    const atLimit = await api.client.call('annotations.update', { id: claimId, changes: { evidence: evidence.slice(1) } });
    expect(atLimit.kind === 'claim' && atLimit.evidence).toHaveLength(LIMITS.evidencePerClaim);
  });

  it.each([
    [
      'a title',
      'documents.create',
      () => ({ title: 'x'.repeat(LIMITS.titleChars + 1), content: docJson(TEXT) }),
      'Titles are at most 500 characters.',
    ],
    [
      'a note',
      'annotations.update',
      () => ({ id: claimId, changes: { note: 'x'.repeat(LIMITS.noteChars + 1) } }),
      'A note is at most 20000 characters.',
    ],
    [
      'a verdict',
      'annotations.update',
      () => ({ id: claimId, changes: { verdict: 'x'.repeat(LIMITS.verdictChars + 1) } }),
      'A verdict is at most 100 characters.',
    ],
    [
      'an evidence URL',
      'annotations.update',
      () => ({ id: claimId, changes: { evidence: [{ ...link, url: `https://example.org/${'x'.repeat(LIMITS.urlChars)}` }] } }),
      'Evidence URLs are at most 2048 characters.',
    ],
    [
      'the words an annotation claims to cover',
      'annotations.create',
      () => ({ documentId, kind: 'quote', start: 0, end: 3, exact: 'x'.repeat(LIMITS.exactChars + 1) }),
      'An annotation covers at most 100,000 characters.',
    ],
    [
      'a speaker',
      'annotations.create',
      () => ({ documentId, kind: 'quote', start: 0, end: 3, speaker: 'x'.repeat(LIMITS.nameChars + 1) }),
      'A speaker name is at most 300 characters.',
    ],
  ])('refuses %s over its length limit with a message saying the limit', async (_what, method, input, message) => {
    const error = await refusal(api, method, input());
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(message);
  });
});
