/**
 * A right-to-left article for export tests: the Persian story with an English paragraph from
 * e2e/fixtures/rtl-persian-mixed.txt, with a quote (and its speaker), a source and a claim on
 * Persian words, created through the real services.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createTestApi, docJson, steppingClock } from './testServices';
import { splitHeadline } from '../shared/editor/fromPlainText';
import type { Annotation } from '../shared/domain/annotation';
import type { PressmarkDocument } from '../shared/domain/document';

export const RTL_FIXTURE_PATH = path.resolve(__dirname, '../../e2e/fixtures/rtl-persian-mixed.txt');

export const RTL_WORDS = {
  quote: 'ما برای نجات دریاچه وقت زیادی نداریم و هر سال تأخیر هزینه را چند برابر می‌کند',
  speaker: 'مریم رحیمی',
  source: 'خبرگزاری تسنیم',
  claim: 'سطح آب دریاچه در سال گذشته ۴۰ سانتی‌متر پایین‌تر از میانگین ده سال اخیر بوده است',
  english: 'The spokeswoman told foreign reporters',
} as const;

export async function rtlArticle(): Promise<{ document: PressmarkDocument; annotations: Annotation[] }> {
  const { client } = createTestApi(steppingClock());
  const { title, body } = splitHeadline(fs.readFileSync(RTL_FIXTURE_PATH, 'utf8'));
  const created = await client.call('documents.create', {
    title,
    byline: 'خبرنگار ما',
    sourceUrl: '',
    publishedAt: null,
    language: 'fa',
    content: docJson(body),
  });
  const at = (words: string) => {
    const start = created.plainText.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the RTL fixture`);
    return { start, end: start + words.length };
  };
  const documentId = created.id;
  const source = await client.call('annotations.create', {
    documentId,
    kind: 'source',
    ...at(RTL_WORDS.source),
    sourceName: RTL_WORDS.source,
    sourceType: 'organisation',
  });
  await client.call('annotations.create', { documentId, kind: 'quote', ...at(RTL_WORDS.quote), speaker: RTL_WORDS.speaker });
  await client.call('annotations.create', {
    documentId,
    kind: 'claim',
    ...at(RTL_WORDS.claim),
    attributedTo: source.id,
    status: 'to_check',
    note: 'آمار را با گزارش سال قبل مقایسه کنید.',
  });
  return { document: created, annotations: await client.call('annotations.list', { documentId }) };
}
