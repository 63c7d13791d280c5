/**
 * The starting point of the contract fuzz test: a database with one of everything (a document with a
 * second version, a quote attributed to a source, a claim with evidence, a deleted annotation and a deleted
 * document, a fact-check session, a rejected suggestion), and one valid payload per contract method
 * that refers to them. The fuzzer breaks one part of a valid payload at a time.
 */
import type { ApiMethod } from '../../shared/contract/api';
import { docJson, type TestApi } from '../../test/testServices';

const TEXT = 'The minister said the budget would grow by 4 percent. Critics, including the auditor, disagreed.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

export interface Seeded {
  documentId: string;
  deletedDocumentId: string;
  sourceId: string;
  quoteId: string;
  claimId: string;
  deletedAnnotationId: string;
  sessionId: string;
  textLength: number;
}

export async function seedDatabase({ client }: TestApi): Promise<Seeded> {
  await client.call('settings.get', {});
  const documentId = (await client.call('documents.create', { title: 'Budget', content: docJson(`${TEXT} Draft.`) })).id;
  const source = await client.call('annotations.create', { documentId, kind: 'source', ...at('the auditor'), sourceName: 'Auditor' });
  const quote = await client.call('annotations.create', {
    documentId,
    kind: 'quote',
    ...at('the budget would grow'),
    attributedTo: source.id,
  });
  const claim = await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at('4 percent'),
    evidence: [{ url: 'https://example.org/budget', title: 'Budget law', note: 'Table 3' }],
  });
  const deleted = await client.call('annotations.create', { documentId, kind: 'quote', ...at('Critics') });
  await client.call('annotations.delete', { id: deleted.id });
  const deletedDocumentId = (await client.call('documents.create', { title: 'Old', content: docJson('Old text.') })).id;
  await client.call('documents.delete', { id: deletedDocumentId });
  await client.call('documents.revise', { id: documentId, content: docJson(TEXT), label: 'Final' });
  const session = await client.call('sessions.start', { documentId });
  await client.call('suggestions.reject', { documentId, rejections: [{ kind: 'claim', exact: 'disagreed' }] });
  return {
    documentId,
    deletedDocumentId,
    sourceId: source.id,
    quoteId: quote.id,
    claimId: claim.id,
    deletedAnnotationId: deleted.id,
    sessionId: session.id,
    textLength: TEXT.length,
  };
}

const file = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });

/** One valid payload per method (each would succeed, or fail only for a reason the fuzzer does not touch). */
export function validPayloads(s: Seeded): Record<ApiMethod, unknown> {
  const id = { id: s.documentId };
  return {
    'documents.list': {},
    'documents.get': id,
    'documents.create': { title: 'New', byline: 'A. Writer', sourceUrl: 'https://example.org/a', content: docJson('New text.') },
    'documents.update': {
      id: s.documentId,
      changes: { title: 'Budget (edited)', language: 'en', content: docJson(TEXT) },
      anchors: [{ id: s.quoteId, ...at('the budget would grow') }],
      orphaned: [s.claimId],
    },
    'documents.delete': id,
    'documents.restore': { id: s.deletedDocumentId },
    'documents.import': { file: file('article.txt', 'Title\n\nBody text.') },
    'documents.export': { id: s.documentId, format: 'md' },
    'documents.revise': { id: s.documentId, content: docJson(`${TEXT} More.`), label: 'Second' },
    'documents.versions': id,
    'documents.diff': { id: s.documentId, from: 1, to: null },
    'annotations.list': { documentId: s.documentId },
    'annotations.get': { id: s.quoteId },
    'annotations.create': { documentId: s.documentId, kind: 'quote', ...at('Critics'), exact: 'Critics', speaker: 'Someone' },
    'annotations.createMany': {
      documentId: s.documentId,
      annotations: [
        { kind: 'source', ...at('The minister'), sourceName: 'Minister' },
        { kind: 'claim', ...at('disagreed'), status: 'in_progress', evidence: [{ url: 'https://example.org', title: 'T', note: '' }] },
      ],
    },
    'annotations.update': { id: s.claimId, changes: { start: 0, end: 3, verdict: 'false', note: 'n' }, sessionId: s.sessionId },
    'annotations.delete': { id: s.quoteId },
    'annotations.restore': { id: s.deletedAnnotationId, start: 0, end: 3 },
    'annotations.import': { documentId: s.documentId, file: file('notes.jsonld', '[]') },
    'annotations.reattach': { id: s.quoteId, start: 0, end: 3 },
    'annotations.acceptAnchor': { id: s.quoteId },
    'settings.get': {},
    'settings.update': { changes: { authorName: 'Ann', theme: 'dark', zoom: 1.5, spellcheckLanguages: ['en-GB'] } },
    'settings.editVerdictScale': { edit: { op: 'add', label: 'Half true', color: '#aabbcc', rating: 2.5 } },
    'annotations.history': { annotationId: s.claimId },
    'sessions.list': { documentId: s.documentId },
    'sessions.start': { documentId: s.documentId },
    'sessions.update': { id: s.sessionId, changes: { notes: 'n', publishedUrl: 'https://example.org/check', checker: 'C' } },
    'sessions.setState': { id: s.sessionId, state: 'paused' },
    'sessions.export': { id: s.sessionId, format: 'md' },
    'suggestions.rejected': { documentId: s.documentId },
    'suggestions.reject': { documentId: s.documentId, rejections: [{ kind: 'quote', exact: 'grow' }] },
    'suggestions.unreject': { documentId: s.documentId, rejections: [{ kind: 'claim', exact: 'disagreed' }] },
    'backups.list': {},
    'backups.create': {},
    'backups.restore': { fileName: 'pressmark-2026-05-03T09-12-00-123Z-v4-manual.sqlite' },
    'app.notices': {},
  };
}
