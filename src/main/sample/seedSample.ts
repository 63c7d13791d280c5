/**
 * On first run, opens Pressmark on its own sample article with a few example annotations,
 * so a new user sees the point at once. Runs once per data directory, all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleFromFile } from '../../shared/import/articleFromFile';
import { parseDocJson } from '../../shared/editor/docJson';
import { annotationCreateInput } from '../../shared/contract/api';
import { evidenceLink, SOURCE_TYPES, CLAIM_STATUSES } from '../../shared/domain/annotation';
import { TextIndex } from '../../shared/text/textIndex';
import type { Services } from '../services/services';

const SEEDED_KEY = 'sample_seeded';

const sampleAnnotation = z.strictObject({
  key: z.string(),
  kind: z.enum(['quote', 'source', 'claim']),
  exact: z.string().min(1),
  note: z.string().optional(),
  speaker: z.string().optional(),
  sourceName: z.string().optional(),
  sourceType: z.enum(SOURCE_TYPES).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  evidence: z.array(evidenceLink).optional(),
  attributedTo: z.string().optional(),
});

export function sampleDir(resourcesDir: string): string {
  return path.join(resourcesDir, 'sample');
}

/** Creates the sample document unless this data directory has had it before. Returns its id if created. */
export function seedSampleIfFirstRun(services: Services, resourcesDir: string): string | null {
  if (services.settingsStore.get(SEEDED_KEY) === true) return null;
  const id = services.db.transaction(() => {
    const documentId = createSample(services, resourcesDir);
    services.settingsStore.set(SEEDED_KEY, true);
    services.settings.update({ changes: { lastDocumentId: documentId } });
    return documentId;
  })();
  return id;
}

function createSample(services: Services, resourcesDir: string): string {
  const dir = sampleDir(resourcesDir);
  const article = articleFromFile('article.md', fs.readFileSync(path.join(dir, 'article.md')));
  const document = services.documents.create({ ...article, byline: 'Pressmark sample', language: 'en' });
  const text = TextIndex.fromDoc(parseDocJson(document.content)).text;
  const entries = z.array(sampleAnnotation).parse(JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8')));
  const idsByKey = new Map<string, string>();
  // Sources first, so quotes and claims can be attributed to them.
  const ordered = [...entries].sort((a, b) => Number(b.kind === 'source') - Number(a.kind === 'source'));
  for (const { key, exact, attributedTo, ...fields } of ordered) {
    const start = text.indexOf(exact);
    if (start === -1) throw new Error(`Sample annotation "${key}" does not match the sample article.`);
    const input = annotationCreateInput.parse({
      ...fields,
      documentId: document.id,
      start,
      end: start + exact.length,
      author: 'Pressmark sample',
      ...(attributedTo ? { attributedTo: idsByKey.get(attributedTo) } : {}),
    });
    idsByKey.set(key, services.annotations.create(input).id);
  }
  return document.id;
}
