/**
 * A realistic annotated article for export tests: the AP fixture with a quote, a source, a claim
 * attributed to it with evidence, an overlap, an annotation across two paragraphs, and hostile
 * strings in user fields.
 */
import { createTestApi, docJson, readFixture, steppingClock, type TestApi } from './testServices';
import type { Annotation } from '../shared/domain/annotation';
import type { PressmarkDocument } from '../shared/domain/document';

export const HOSTILE_NOTE = '<img src=x onerror=alert(1)>';
export const HOSTILE_SPEAKER = '=HYPERLINK("http://evil.example","click")';

export interface AnnotatedArticle {
  api: TestApi;
  document: PressmarkDocument;
  annotations: Annotation[];
}

export async function annotatedArticle(): Promise<AnnotatedArticle> {
  const api = createTestApi(steppingClock());
  const { client } = api;
  const created = await client.call('documents.create', {
    title: 'An emotional Khamenei shows Iran general’s death is personal',
    byline: 'AP',
    sourceUrl: 'https://apnews.com/article/example',
    publishedAt: '2020-01-06',
    language: 'en',
    content: docJson(readFixture().split('\n').slice(1).join('\n')),
  });
  const text = created.plainText;
  const at = (words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in the fixture`);
    return { start, end: start + words.length };
  };
  const documentId = created.id;
  const police = await client.call('annotations.create', {
    documentId,
    kind: 'source',
    ...at('Police said'),
    sourceName: 'Police',
    sourceType: 'organisation',
    author: 'Ana Reporter',
  });
  await client.call('annotations.create', {
    documentId,
    kind: 'quote',
    ...at('Oh Allah, they are in need of your mercy, and you are exalted above punishing your servants,'),
    speaker: 'Ali Khamenei',
    note: 'First quote at the funeral.',
    author: 'Ana Reporter',
  });
  await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at('attendees numbered into the millions'),
    attributedTo: police.id,
    status: 'in_progress',
    verdict: 'unverifiable',
    note: 'Crowd estimates vary; ask for the police method.',
    evidence: [
      { url: 'https://example.org/crowd-estimates', title: 'Crowd estimate methods', note: 'Background' },
      { url: 'http://example.org/police-statement', title: '', note: '' },
    ],
  });
  // A claim containing a quote: the two overlap.
  await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at('“Of course not any time soon,” Khamenei said'),
    status: 'to_check',
  });
  await client.call('annotations.create', {
    documentId,
    kind: 'quote',
    ...at('Of course not any time soon,'),
    speaker: HOSTILE_SPEAKER,
    note: HOSTILE_NOTE,
  });
  // Across two paragraphs.
  await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at('Police said attendees numbered into the millions.\n\nThe funeral showcased the depth'),
  });
  const annotations = await client.call('annotations.list', { documentId });
  const document = await client.call('documents.get', { id: documentId });
  return { api, document, annotations };
}
