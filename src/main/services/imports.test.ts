import { describe, expect, it } from 'vitest';
import { createTestApi, readFixture } from '../../test/testServices';
import { annotatedArticle } from '../../test/articleFixture';
import { toWebAnnotationCollection } from '../../shared/webAnnotation/toWebAnnotation';

const encoder = new TextEncoder();
const file = (fileName: string, text: string) => ({ fileName, bytes: encoder.encode(text) });

describe('imports', () => {
  it('imports an article with its annotations in one go, keeping ids, fields, attributions and times', async () => {
    const { document, annotations } = await annotatedArticle();
    const jsonld = JSON.stringify(toWebAnnotationCollection({ document, annotations, generatedAt: '2026-11-25T00:00:00Z' }));
    const fresh = createTestApi();
    const text = `${document.title}\n\n${document.plainText}`;
    const result = await fresh.services.imports.importDocument({
      file: file('story.txt', text),
      annotations: file('story.jsonld', jsonld),
    });
    expect(result).toMatchObject({ annotationCount: annotations.length, ignored: [], document: { annotationCount: annotations.length } });
    // Everything but how each annotation was last placed: by hand there, by the import here.
    const strip = ({ documentId: _d, anchorMethod: _m, ...rest }: (typeof annotations)[number]) => rest;
    expect(fresh.services.annotations.list({ documentId: result.document.id }).map(strip)).toEqual(annotations.map(strip));
  });

  it('keeps annotations whose words are not in the article, as having lost them, with their quotes', async () => {
    const { document, annotations } = await annotatedArticle();
    const jsonld = JSON.stringify(toWebAnnotationCollection({ document, annotations, generatedAt: '2026-11-25T00:00:00Z' }));
    const fresh = createTestApi();
    const edited = document.plainText.replace('Police said attendees numbered into the millions.', 'Officials gave no figure.');
    const result = await fresh.services.imports.importDocument({
      file: file('story.txt', edited),
      annotations: file('story.jsonld', jsonld),
    });
    expect(result.annotationCount).toBe(annotations.length);
    const stored = fresh.services.annotations.list({ documentId: result.document.id });
    const lost = stored
      .filter((a) => a.anchorStatus === 'orphaned')
      .map((a) => a.exact)
      .sort();
    expect(lost).toEqual([
      'Police said',
      'Police said attendees numbered into the millions.\n\nThe funeral showcased the depth',
      'attendees numbered into the millions',
    ]);
    for (const a of stored.filter((x) => x.anchorStatus !== 'orphaned')) expect(edited.slice(a.start, a.end)).toBe(a.exact);
  });

  it('is all or nothing: an annotation that breaks a limit and nothing is stored', async () => {
    const { document, annotations } = await annotatedArticle();
    const collection = toWebAnnotationCollection({ document, annotations, generatedAt: '2026-11-25T00:00:00Z' });
    const item = collection.first!.items[0]! as { body: Array<{ purpose?: string; value?: string }> };
    item.body.push({ purpose: 'commenting', value: 'x'.repeat(20_001) } as never);
    const fresh = createTestApi();
    await expect(
      fresh.services.imports.importDocument({
        file: file('story.txt', document.plainText),
        annotations: file('story.jsonld', JSON.stringify(collection)),
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('story.jsonld') });
    expect(fresh.services.documents.list()).toEqual([]);
  });

  it('imports into an open article twice without clashing ids, and takes a verdict from an assessing body', async () => {
    const api = createTestApi();
    const created = await api.client.call('documents.create', {
      title: 'Fixture',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: readFixture().split('\n\n')[2]!.trim() }] }] },
    });
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', purpose: 'assessing', value: 'Misleading' },
        { type: 'TextualBody', value: 'Checked against the transcript.' },
      ],
      target: { source: 'https://apnews.com/x', selector: { type: 'TextQuoteSelector', exact: 'Khamenei said during a mass prayer' } },
    };
    const bytes = { fileName: 'hypothesis.json', bytes: encoder.encode(JSON.stringify([foreign])) };
    expect(api.services.imports.importAnnotations({ documentId: created.id, file: bytes })).toEqual({ imported: 1, ignored: [] });
    expect(api.services.imports.importAnnotations({ documentId: created.id, file: bytes })).toEqual({ imported: 1, ignored: [] });
    const stored = api.services.annotations.list({ documentId: created.id });
    expect(stored).toHaveLength(2);
    expect(new Set(stored.map((a) => a.id)).size).toBe(2);
    expect(stored[0]).toMatchObject({
      kind: 'claim',
      verdict: 'misleading',
      status: 'checked',
      note: 'Checked against the transcript.',
      exact: 'Khamenei said during a mass prayer',
    });
  });

  it('refuses a file that is not W3C annotations with a message naming it, storing nothing', async () => {
    const api = createTestApi();
    const created = await api.client.call('documents.create', {
      title: 'T',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] }] },
    });
    expect(() =>
      api.services.imports.importAnnotations({ documentId: created.id, file: file('notes.json', '{"hello": "world"}') }),
    ).toThrow(/^"notes.json": /);
    expect(api.services.annotations.list({ documentId: created.id })).toEqual([]);
  });
});
