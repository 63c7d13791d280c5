/**
 * Test data for the fact-checking tests: the AP article (its text is passed in, read from the shared
 * fixture) with sources, six claims in document order covering every case the exports meet, a
 * session, and a claim history. Pure data built with the domain's own schemas and quote function,
 * so each object is one Pressmark could store.
 *
 * Claims, by number: 1 True, hostile claimant typed by hand; 2 Unverifiable, attributed to the
 * police (organisation), with right of reply; 3 Mostly false (was False), attributed to Tasnim
 * (media), over 75 characters, hostile conclusion, evidence added/changed/removed in its history;
 * 4 no verdict; 5 free-text verdict from an old import; 6 True but still in progress, its offsets
 * stale (the words moved).
 */
import { claimAnnotation, sourceAnnotation, type ClaimAnnotation, type SourceAnnotation } from '../domain/annotation';
import { claimHistoryEntry, factCheckSession, type ClaimHistoryEntry, type FactCheckSession } from '../domain/factCheck';
import { textQuoteAt } from '../anchoring/textQuote';
import { plainTextToDoc } from '../editor/fromPlainText';
import { docPlainText } from '../text/textIndex';

export const HOSTILE_CONCLUSION = '<img src=x onerror=alert(1)>';
export const HOSTILE_CLAIMANT = '</script><script>alert("x")</script>';
export const LEGACY_VERDICT = 'Half-true (old scale)';

export const FIXTURE_IDS = {
  document: '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a60',
  session: '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a61',
  police: '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a70',
  tasnim: '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a71',
  khamenei: '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a72',
  claims: [
    '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a81',
    '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a82',
    '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a83',
    '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a84',
    '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a85',
    '5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5a86',
  ],
} as const;

export const CLAIM_WORDS = [
  'who was killed in a U.S. drone strike in Iraq on Friday',
  'attendees numbered into the millions',
  'Soleimani is the only Iranian military official to receive the Order of Zulfaqar since the 1979 Islamic Revolution',
  'the 62-year-old general answered only to the 80-year-old Khamenei',
  'His funeral processions have been spread over several days and cities',
  'Khamenei declared three days of mourning across the country',
] as const;

export const EVIDENCE = {
  pentagon: {
    url: 'https://www.defense.gov/News/Releases/Release/Article/2049227/',
    title: 'Statement by the Department of Defense',
    publisher: 'U.S. Department of Defense',
    accessedAt: '2026-03-02',
    excerpt: 'At the direction of the President, the U.S. military has taken decisive defensive action…',
    note: 'Confirms the strike and the date.',
  },
  crowd: {
    url: 'https://example.org/crowd-estimates',
    title: 'How crowd sizes are estimated',
    publisher: 'Example Institute',
    accessedAt: '2026-03-02',
    excerpt: '',
    note: 'No independent count of the Tehran procession exists.',
  },
  tasnimArchive: {
    url: 'https://www.tasnimnews.com/en/news/2019/03/11/1965555/',
    title: 'Leader confers Order of Zulfaqar on General Soleimani',
    publisher: 'Tasnim News Agency',
    accessedAt: '2026-03-02',
    excerpt: 'the first time the order has been awarded since the Revolution',
    note: '',
  },
  orderHistory: {
    url: 'https://example.org/order-of-zulfaqar-recipients',
    title: 'Recipients of the Order of Zulfaqar',
    publisher: 'Example Encyclopedia',
    accessedAt: '2026-03-02',
    excerpt: 'Awarded to several commanders in the 1980s.',
    note: 'Earlier recipients contradict “the only”.',
  },
} as const;

export interface FactCheckFixture {
  document: { title: string; byline: string; sourceUrl: string; publishedAt: string | null; language: string; plainText: string };
  session: FactCheckSession;
  sources: SourceAnnotation[];
  claims: ClaimAnnotation[];
  history: ClaimHistoryEntry[];
}

/** The fixture over an article's text (the shared AP fixture without its headline line). */
export function factCheckFixture(articleText: string): FactCheckFixture {
  const plainText = docPlainText(plainTextToDoc(articleText));
  const over = (words: string, id: string, shift = 0) => {
    const found = plainText.indexOf(words);
    if (found < 0) throw new Error(`Fixture words not in the article: ${words}`);
    const start = found + shift;
    return {
      id,
      documentId: FIXTURE_IDS.document,
      start,
      end: start + words.length,
      ...textQuoteAt(plainText, { start: found, end: found + words.length }),
      note: '',
      author: 'Dana Whitfield',
      anchorStatus: shift ? 'review' : 'anchored',
      anchorConfidence: shift ? 0.8 : 1,
      anchorMethod: shift ? 'fuzzy' : 'selection',
      createdAt: '2026-03-02T09:01:00.000Z',
      updatedAt: '2026-03-02T09:50:00.000Z',
    };
  };
  const source = (words: string, id: string, sourceName: string, sourceType: string) =>
    sourceAnnotation.parse({ ...over(words, id), kind: 'source', sourceName, sourceType });
  const claimDefaults = {
    kind: 'claim',
    status: 'to_check',
    verdict: '',
    evidence: [],
    attributedTo: null,
    conclusion: '',
    claimantName: '',
    checker: 'Dana Whitfield',
    replyContactedAt: '',
    replyResponse: '',
    replyRespondedAt: '',
  };
  const claim = (index: number, fields: Record<string, unknown>, shift = 0) =>
    claimAnnotation.parse({
      ...over(CLAIM_WORDS[index] as string, FIXTURE_IDS.claims[index] as string, shift),
      ...claimDefaults,
      ...fields,
    });

  const sources = [
    source('Police said', FIXTURE_IDS.police, 'Police', 'organisation'),
    source('Iran’s Tasnim News Agency reported', FIXTURE_IDS.tasnim, 'Tasnim News Agency', 'media'),
    source('Khamenei said', FIXTURE_IDS.khamenei, 'Ali Khamenei', 'person'),
  ];
  const claims = [
    claim(0, {
      status: 'checked',
      verdict: 'true',
      claimantName: HOSTILE_CLAIMANT,
      conclusion: 'The Pentagon confirmed the strike near Baghdad airport on Friday, Jan. 3, 2020.',
      evidence: [EVIDENCE.pentagon],
    }),
    claim(1, {
      status: 'checked',
      verdict: 'unverifiable',
      attributedTo: FIXTURE_IDS.police,
      conclusion: 'No independent count exists; the police did not say how they counted.',
      evidence: [EVIDENCE.crowd],
      replyContactedAt: '2026-03-02',
      replyResponse: 'The Tehran police press office said the figure came from “field commanders”.',
      replyRespondedAt: '2026-03-03',
    }),
    claim(2, {
      status: 'checked',
      verdict: 'mostly-false',
      attributedTo: FIXTURE_IDS.tasnim,
      conclusion: `Earlier commanders received the order in the 1980s. ${HOSTILE_CONCLUSION}\n\nTasnim did not answer.`,
      evidence: [EVIDENCE.orderHistory],
      replyContactedAt: '2026-03-02',
      note: 'Check the Persian-language archive too.',
    }),
    claim(3, { claimantName: 'An unnamed Iranian official' }),
    claim(4, { status: 'checked', verdict: LEGACY_VERDICT }),
    claim(5, { status: 'in_progress', verdict: 'true', attributedTo: FIXTURE_IDS.khamenei }, 7),
  ];

  const session = factCheckSession.parse({
    id: FIXTURE_IDS.session,
    documentId: FIXTURE_IDS.document,
    checker: 'Dana Whitfield',
    state: 'paused',
    notes: 'Waiting on Tasnim and the Tehran police.\n\nPentagon statement archived.',
    publishedUrl: 'https://factcheck.example.org/2026/khamenei-funeral',
    startedAt: '2026-03-02T09:00:00.000Z',
    closedAt: null,
    elapsedMs: 65 * 60_000 + 42_000,
    updatedAt: '2026-03-02T10:30:00.000Z',
  });

  const claim3 = FIXTURE_IDS.claims[2];
  const json = (links: readonly object[]) => JSON.stringify(links);
  const changedArchive = { ...EVIDENCE.tasnimArchive, note: 'Tasnim’s own report of the award.' };
  let n = 0;
  const entry = (annotationId: string, at: string, field: string, from: string, to: string) =>
    claimHistoryEntry.parse({
      id: `5d2f7a10-3c4b-4e6f-9a1b-0c2d3e4f5b${String(++n).padStart(2, '0')}`,
      annotationId,
      sessionId: FIXTURE_IDS.session,
      at,
      actor: 'Dana Whitfield',
      field,
      from,
      to,
    });
  // Recorded out of order on purpose: the report sorts by time.
  const history = [
    entry(claim3, '2026-03-02T09:40:00.000Z', 'verdict', 'false', 'mostly-false'),
    entry(claim3, '2026-03-02T09:10:00.000Z', 'status', 'to_check', 'in_progress'),
    entry(claim3, '2026-03-02T09:15:00.000Z', 'evidence', '[]', json([EVIDENCE.tasnimArchive])),
    entry(claim3, '2026-03-02T09:20:00.000Z', 'verdict', '', 'false'),
    entry(claim3, '2026-03-02T09:30:00.000Z', 'evidence', json([EVIDENCE.tasnimArchive]), json([changedArchive, EVIDENCE.orderHistory])),
    entry(
      claim3,
      '2026-03-02T09:41:00.000Z',
      'conclusion',
      '',
      `Earlier commanders received the order in the 1980s. ${HOSTILE_CONCLUSION}`,
    ),
    entry(claim3, '2026-03-02T09:45:00.000Z', 'evidence', json([changedArchive, EVIDENCE.orderHistory]), json([EVIDENCE.orderHistory])),
    entry(claim3, '2026-03-02T09:46:00.000Z', 'replyContactedAt', '', '2026-03-02'),
    entry(claim3, '2026-03-02T09:50:00.000Z', 'status', 'in_progress', 'checked'),
    entry(FIXTURE_IDS.claims[4], '2025-11-20T14:00:00.000Z', 'verdict', '', LEGACY_VERDICT),
  ];

  return {
    document: {
      title: 'An emotional Khamenei shows Iran general’s death is personal',
      byline: 'Jon Gambrell, AP',
      sourceUrl: 'https://apnews.com/article/example',
      publishedAt: '2020-01-06T10:30:00Z',
      language: 'en',
      plainText,
    },
    session,
    sources,
    claims,
    history,
  };
}
