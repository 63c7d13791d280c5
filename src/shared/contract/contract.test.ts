import { describe, expect, it } from 'vitest';
import { apiContract, annotationCreateInput } from './api';
import { jsonShapeProblem } from './jsonShape';
import { ApiError } from './errors';
import { createApiClient } from './client';
import { isHttpUrl, safeLinkHref } from '../text/safeUrl';

const documentId = '0b9a3a34-4d3e-4a4e-9a7e-6c1c9c1f2a10';

describe('contract schemas', () => {
  it('accept a well-formed annotation of each kind and refuse fields of another kind', () => {
    expect(annotationCreateInput.safeParse({ documentId, kind: 'quote', start: 0, end: 4, speaker: 'A' }).success).toBe(true);
    expect(annotationCreateInput.safeParse({ documentId, kind: 'source', start: 0, end: 4, sourceType: 'media' }).success).toBe(true);
    expect(annotationCreateInput.safeParse({ documentId, kind: 'claim', start: 0, end: 4, status: 'checked' }).success).toBe(true);
    expect(annotationCreateInput.safeParse({ documentId, kind: 'quote', start: 0, end: 4, sourceType: 'media' }).success).toBe(false);
    expect(annotationCreateInput.safeParse({ documentId, kind: 'claim', start: 0, end: 4, status: 'done' }).success).toBe(false);
  });

  it('refuse unknown top-level fields on every method', () => {
    for (const [method, { input }] of Object.entries(apiContract)) {
      expect(input.safeParse({ surprise: true }).success, method).toBe(false);
    }
  });

  it('refuse settings that are not settings', () => {
    expect(apiContract['settings.update'].input.safeParse({ changes: { authorName: 'Ana' } }).success).toBe(true);
    expect(apiContract['settings.update'].input.safeParse({ changes: { fontSize: 30 } }).success).toBe(false);
    expect(apiContract['settings.update'].input.safeParse({ changes: { lastDocumentId: 'x' } }).success).toBe(false);
  });
});

describe('jsonShapeProblem', () => {
  it('passes ordinary payloads and names what is wrong with hostile ones', () => {
    expect(jsonShapeProblem({ a: [1, 'two', { b: null }] })).toBeNull();
    expect(jsonShapeProblem(JSON.parse('{"a":{"constructor":{}}}'))).toMatch(/forbidden key "constructor"/);
    expect(jsonShapeProblem({ n: Infinity })).toMatch(/not finite/);
    expect(jsonShapeProblem(new Array(50).fill(0), { maxDepth: 10, maxNodes: 20 })).toMatch(/too large/);
  });
});

describe('createApiClient', () => {
  it('returns values, rethrows typed errors and reports transport failures as unavailable', async () => {
    const ok = createApiClient(async () => ({ ok: true, value: [] }));
    expect(await ok.call('documents.list', {})).toEqual([]);
    const refused = createApiClient(async () => ({ ok: false, error: { code: 'not_found', message: 'gone' } }));
    await expect(refused.call('documents.get', { id: documentId })).rejects.toEqual(new ApiError('not_found', 'gone'));
    const down = createApiClient(async () => {
      throw new Error('socket closed');
    });
    await expect(down.call('documents.list', {})).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('socket closed'),
    });
    const garbage = createApiClient(async () => ({ nonsense: true }) as never);
    await expect(garbage.call('documents.list', {})).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('URL checks', () => {
  it('follow only web and mail links', () => {
    expect(safeLinkHref('https://example.org/x')).toBe('https://example.org/x');
    expect(safeLinkHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'vbscript:x', '/relative', ''])
      expect(safeLinkHref(bad)).toBeNull();
    expect(isHttpUrl('https://example.org')).toBe(true);
    expect(isHttpUrl('mailto:a@b.c')).toBe(false);
    expect(isHttpUrl('http://')).toBe(false);
  });
});
