/**
 * schema.org ClaimReview JSON-LD for an article's checked claims, as Google's fact-check rich
 * results read it (https://developers.google.com/search/docs/appearance/structured-data/factcheck,
 * https://schema.org/ClaimReview): one review per claim with a verdict on the scale; the others are
 * listed with the reason they were left out, and anything Google would flag comes back as a warning.
 *
 * The output is plain JSON (no undefined values); claimReviewScriptJson writes it for a
 * <script type="application/ld+json"> element.
 */
import { CLAIM_STATUS_LABELS, type ClaimAnnotation, type SourceAnnotation, type SourceType } from '../domain/annotation';
import type { VerdictScale } from '../domain/factCheck';
import { sourceDisplayName } from '../report/reportNotes';
import { isHttpUrl } from '../text/safeUrl';
import { verdictById } from './verdictLookup';

/** Google recommends a claimReviewed under this many characters. */
export const CLAIM_REVIEWED_RECOMMENDED_CHARS = 75;

export interface ClaimReviewAuthor {
  '@type': 'Person' | 'Organization';
  name: string;
}

export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    ratingExplanation?: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: ClaimReviewAuthor;
    appearance?: { '@type': 'CreativeWork'; url: string; headline: string };
    datePublished?: string;
  };
  author: { '@type': 'Organization'; name: string; url?: string };
  datePublished: string;
  inLanguage?: string;
}

export interface ClaimReviewInput {
  document: { title: string; sourceUrl: string; publishedAt: string | null; language?: string };
  /** The article's claims in document order: a claim's number (for the #claim-n fragment) is its place here. */
  claims: readonly ClaimAnnotation[];
  sources: readonly SourceAnnotation[];
  scale: VerdictScale;
  organisation: { name: string; url: string };
  /** Where the fact-check is published; each review's url is this with #claim-n. */
  reviewUrl?: string;
  /** When the reviews are published, YYYY-MM-DD. */
  datePublished: string;
}

export interface ClaimReviewResult {
  reviews: ClaimReviewJson[];
  omitted: Array<{ id: string; exact: string; reason: string }>;
  /** Things Google may flag. `id` is the claim's id, or '' for a warning about the whole export. */
  warnings: Array<{ id: string; message: string }>;
}

/**
 * Who made a claim, as schema.org types it. schema.org's `author` takes a Person or an
 * Organization only, so a source tagged as a person is a Person, and every other source type
 * (organisation, media, document, other) is an Organization: a document or an unclassified
 * source speaks for the body that published it. A claimant typed by hand is a person's name.
 */
export const CLAIMANT_TYPES: Record<SourceType, ClaimReviewAuthor['@type']> = {
  person: 'Person',
  organisation: 'Organization',
  media: 'Organization',
  document: 'Organization',
  other: 'Organization',
};

export function claimReviews(input: ClaimReviewInput): ClaimReviewResult {
  const { document, scale, organisation } = input;
  const sourcesById = new Map(input.sources.map((source) => [source.id, source]));
  const result: ClaimReviewResult = { reviews: [], omitted: [], warnings: [] };
  const articleUrl = document.sourceUrl.trim();
  const language = (document.language ?? '').trim();
  const languageOk = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language);
  const reviewUrl = (input.reviewUrl ?? '').trim();
  const organisationUrl = organisation.url.trim();
  const organisationName = organisation.name.trim();

  for (const [index, claim] of input.claims.entries()) {
    const claimReviewed = claim.exact.replace(/\s+/g, ' ').trim();
    const omit = (reason: string) => result.omitted.push({ id: claim.id, exact: claimReviewed, reason });
    const verdict = verdictById(scale, claim.verdict);
    if (!claim.verdict.trim()) omit('it has no verdict yet');
    else if (!verdict) omit(`its verdict “${claim.verdict}” is not on the verdict scale`);
    else if (!claimReviewed) omit('it has no words');
    if (!verdict || !claimReviewed) continue;

    const warn = (message: string) => result.warnings.push({ id: claim.id, message });
    const length = [...claimReviewed].length;
    if (length > CLAIM_REVIEWED_RECOMMENDED_CHARS) {
      warn(
        `Claim ${index + 1} is ${length} characters long: Google recommends a reviewed claim under ${CLAIM_REVIEWED_RECOMMENDED_CHARS} characters.`,
      );
    }
    if (claim.status !== 'checked') {
      warn(`Claim ${index + 1} is still “${CLAIM_STATUS_LABELS[claim.status]}”; its verdict is exported anyway.`);
    }

    const conclusion = claim.conclusion.trim();
    const claimant = claimantOf(claim, sourcesById);
    const url = isHttpUrl(reviewUrl)
      ? `${reviewUrl.replace(/#.*$/, '')}#claim-${index + 1}`
      : isHttpUrl(organisationUrl)
        ? organisationUrl
        : null;
    result.reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url ? { url } : {}),
      claimReviewed,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: verdict.rating,
        bestRating: scale.bestRating,
        worstRating: scale.worstRating,
        alternateName: verdict.label,
        ...(conclusion ? { ratingExplanation: conclusion } : {}),
      },
      itemReviewed: {
        '@type': 'Claim',
        ...(claimant ? { author: claimant } : {}),
        ...(isHttpUrl(articleUrl) ? { appearance: { '@type': 'CreativeWork', url: articleUrl, headline: document.title.trim() } } : {}),
        ...(document.publishedAt ? { datePublished: document.publishedAt.slice(0, 10) } : {}),
      },
      author: {
        '@type': 'Organization',
        name: organisationName,
        ...(isHttpUrl(organisationUrl) ? { url: organisationUrl } : {}),
      },
      datePublished: input.datePublished,
      ...(languageOk ? { inLanguage: language } : {}),
    });
  }

  if (result.reviews.length > 0) {
    const global = (message: string) => result.warnings.push({ id: '', message });
    if (!organisationName) global('The organisation name is empty: ClaimReview needs an author. Set it in Settings.');
    if (reviewUrl && !isHttpUrl(reviewUrl))
      global(`The review address “${reviewUrl}” is not a web address starting with http:// or https://.`);
    if (!isHttpUrl(reviewUrl) && !isHttpUrl(organisationUrl)) {
      global('Neither the review address nor the organisation address is a web address: the reviews have no url, which Google requires.');
    }
    if (language && !languageOk) global(`The article’s language “${language}” is not a language tag like en or fr-CA, so it was left out.`);
  }
  return result;
}

/** The reviews as the text of a <script type="application/ld+json">: no "<", ">" or "&" that could close it early. */
export function claimReviewScriptJson(reviews: readonly ClaimReviewJson[]): string {
  return JSON.stringify(reviews, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The tagged source the claim is attributed to, else the claimant typed by hand, else none. */
function claimantOf(claim: ClaimAnnotation, sourcesById: ReadonlyMap<string, SourceAnnotation>): ClaimReviewAuthor | null {
  const source = claim.attributedTo ? sourcesById.get(claim.attributedTo) : undefined;
  const sourceName = source ? sourceDisplayName(source).replace(/\s+/g, ' ').trim() : '';
  if (source && sourceName) return { '@type': CLAIMANT_TYPES[source.sourceType], name: sourceName };
  const typed = claim.claimantName.replace(/\s+/g, ' ').trim();
  return typed ? { '@type': 'Person', name: typed } : null;
}
