/**
 * Test data for the Web Annotation tests: one article and Pressmark annotations of every kind with
 * every field set, plus a minimal one, an orphaned one and one under review. Pure data built with
 * the domain's own schema and quote function, so each fixture is an annotation Pressmark could store.
 */
import { annotation as annotationSchema, type Annotation } from '../domain/annotation';
import { textQuoteAt } from '../anchoring/textQuote';
import type { AnchoringStatus } from './webAnnotationTypes';
import type { WebAnnotationDocument } from './toWebAnnotation';

export const ARTICLE_TEXT = [
  'City budget 2024 🏛️ approved',
  'The council approved the budget on Tuesday. City Treasurer Ana Ruiz said: "We have balanced the books without cutting a single school."',
  'Critics say the plan hides a deficit of 12 million euros, according to the opposition. The treasurer’s office says spending fell by 8 percent.',
].join('\n\n');

export const DOCUMENT: Required<WebAnnotationDocument> = {
  id: '2f0c8f1e-6a0b-4c55-9a57-1d9b8c3e7a01',
  title: 'Council approves 2024 budget',
  sourceUrl: 'https://news.example.org/2024/budget',
  publishedAt: '2024-03-05',
  plainText: ARTICLE_TEXT,
};

export const IDS = {
  source: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c11',
  quote: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c12',
  claim: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c13',
  orphaned: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c14',
  review: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c15',
  minimal: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c16',
  unnamedSource: '7a1d4c2e-0b5f-4e8a-9c3d-2e6f8a0b1c17',
} as const;

const CREATED = '2024-03-05T09:15:00.000Z';
const UPDATED = '2024-03-06T17:40:12.345Z';

/** The base fields of an annotation over the first occurrence of words in the article. */
function over(words: string, id: string, author = 'Maria Lopez', note = '') {
  const start = ARTICLE_TEXT.indexOf(words);
  if (start < 0) throw new Error(`Fixture words not in the article: ${words}`);
  const end = start + words.length;
  return {
    id,
    documentId: DOCUMENT.id,
    start,
    end,
    ...textQuoteAt(ARTICLE_TEXT, { start, end }),
    note,
    author,
    anchorStatus: 'anchored',
    anchorConfidence: 1,
    anchorMethod: 'selection',
    createdAt: CREATED,
    updatedAt: UPDATED,
  };
}

/** Claims' fact-check fields default to empty, as a freshly tagged claim has them. */
const CLAIM_DEFAULTS = { conclusion: '', claimantName: '', checker: '', replyContactedAt: '', replyResponse: '', replyRespondedAt: '' };
const build = (value: Record<string, unknown>): Annotation =>
  annotationSchema.parse(value.kind === 'claim' ? { ...CLAIM_DEFAULTS, ...value } : value);

export const SOURCE = build({
  ...over('City Treasurer Ana Ruiz', IDS.source, 'Maria Lopez', 'Official; on the record.'),
  kind: 'source',
  sourceName: 'Ana Ruiz, City Treasurer',
  sourceType: 'person',
});

export const QUOTE = build({
  ...over(
    'We have balanced the books without cutting a single school.',
    IDS.quote,
    'Maria Lopez',
    'Said at the press conference.\n\nCheck the video.',
  ),
  kind: 'quote',
  speaker: 'Ana Ruiz',
  attributedTo: IDS.source,
});

export const CLAIM = build({
  ...over('the plan hides a deficit of 12 million euros', IDS.claim, 'Jonas Berg', 'Opposition figure; ask the auditor.'),
  kind: 'claim',
  status: 'in_progress',
  verdict: 'Misleading',
  evidence: [
    { url: 'https://audit.example.org/reports/2024-budget.pdf', title: 'Auditor’s report 2024', note: 'Page 14: deficit is 4 million.' },
    { url: 'http://archive.example.net/opposition-statement', title: '', note: '' },
  ],
  attributedTo: IDS.source,
  conclusion: 'The auditor puts the deficit at 4 million euros, not 12.',
  claimantName: 'Jonas Berg',
  checker: 'Maria Lopez',
  replyContactedAt: '2024-03-06',
  replyResponse: 'We stand by the figure.',
  replyRespondedAt: '2024-03-07',
});

/** Its offsets and quote no longer match the text: written with its quote only. */
export const ORPHANED = build({
  ...over('spending fell by 8 percent', IDS.orphaned, 'Jonas Berg', 'Figure not found in the new version.'),
  start: 5,
  end: 31,
  exact: 'spending fell by 9 percent',
  kind: 'claim',
  status: 'to_check',
  verdict: '',
  evidence: [],
  attributedTo: null,
});

export const REVIEW = build({
  ...over('The council approved the budget on Tuesday.', IDS.review, 'Maria Lopez', 'Moved after an edit.'),
  kind: 'quote',
  speaker: 'Council press office',
  attributedTo: null,
});

/** No note, no author, no verdict, no evidence, no attribution. */
export const MINIMAL = build({
  ...over('according to the opposition', IDS.minimal, '', ''),
  kind: 'claim',
  status: 'to_check',
  verdict: '',
  evidence: [],
  attributedTo: null,
});

export const UNNAMED_SOURCE = build({
  ...over('The treasurer’s office', IDS.unnamedSource, '', ''),
  kind: 'source',
  sourceName: '',
  sourceType: 'organisation',
});

export const ALL_ANNOTATIONS: readonly Annotation[] = [SOURCE, QUOTE, CLAIM, ORPHANED, REVIEW, MINIMAL, UNNAMED_SOURCE];

export const STATUSES: ReadonlyMap<string, AnchoringStatus> = new Map([
  [IDS.orphaned, 'orphaned'],
  [IDS.review, 'review'],
]);

export const GENERATED_AT = '2024-03-07T08:00:00Z';
export const GENERATOR = { name: 'Pressmark 0.1.0', homepage: 'https://pressmark.app/' };
