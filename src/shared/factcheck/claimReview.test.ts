import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimReviews, claimReviewScriptJson, CLAIM_REVIEWED_RECOMMENDED_CHARS, type ClaimReviewInput } from './claimReview';
import {
  factCheckFixture,
  FIXTURE_IDS,
  HOSTILE_CLAIMANT,
  HOSTILE_CONCLUSION,
  LEGACY_VERDICT,
  type FactCheckFixture,
} from './factCheckFixtures';
import { DEFAULT_VERDICT_SCALE, POLITIFACT_SCALE } from './verdictScales';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/000_16baf4ff779ed96d.txt');

let fixture: FactCheckFixture;
let input: ClaimReviewInput;

beforeAll(() => {
  fixture = factCheckFixture(fs.readFileSync(FIXTURE, 'utf8').split('\n').slice(1).join('\n'));
  input = {
    document: fixture.document,
    claims: fixture.claims,
    sources: fixture.sources,
    scale: DEFAULT_VERDICT_SCALE,
    organisation: { name: 'Example Fact Check', url: 'https://factcheck.example.org' },
    reviewUrl: fixture.session.publishedUrl,
    datePublished: '2026-03-04',
  };
});

const [ID1, ID2, ID3, ID4, ID5, ID6] = [0, 1, 2, 3, 4, 5].map((i) => FIXTURE_IDS.claims[i] as string);

/** Every value in a JSON-like tree, with its path, to check nothing undefined (or non-JSON) slipped in. */
function leaves(value: unknown, at = '$'): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${at}.${key}`));
  }
  return [[at, value]];
}

describe('claimReviews', () => {
  it('writes one review per claim with a verdict on the scale, in document order', () => {
    const { reviews } = claimReviews(input);
    expect(reviews.map((r) => r.claimReviewed)).toEqual([
      'who was killed in a U.S. drone strike in Iraq on Friday',
      'attendees numbered into the millions',
      'Soleimani is the only Iranian military official to receive the Order of Zulfaqar since the 1979 Islamic Revolution',
      'Khamenei declared three days of mourning across the country',
    ]);
  });

  it('gives each review every required and recommended property', () => {
    const review = claimReviews(input).reviews[2]!;
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe(fixture.claims[2]!.exact);
    expect(review.url).toBe('https://factcheck.example.org/2026/khamenei-funeral#claim-3');
    expect(review.datePublished).toBe('2026-03-04');
    expect(review.inLanguage).toBe('en');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org' });
    expect(review.reviewRating['@type']).toBe('Rating');
    expect(review.reviewRating.ratingValue).toBe(2);
    expect(review.reviewRating.bestRating).toBe(5);
    expect(review.reviewRating.worstRating).toBe(1);
    expect(review.reviewRating.alternateName).toBe('Mostly false');
    expect(review.reviewRating.ratingExplanation).toBe(
      `Earlier commanders received the order in the 1980s. ${HOSTILE_CONCLUSION}\n\nTasnim did not answer.`,
    );
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Tasnim News Agency' });
    expect(review.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://apnews.com/article/example',
      headline: 'An emotional Khamenei shows Iran general’s death is personal',
    });
    expect(review.itemReviewed.datePublished).toBe('2020-01-06');
  });

  it('names the claimant: a person or an organisation from the tagged source, else the name typed by hand', () => {
    const byId = new Map(claimReviews(input).reviews.map((r, i) => [[ID1, ID2, ID3, ID6][i], r]));
    expect(byId.get(ID1)?.itemReviewed.author).toEqual({ '@type': 'Person', name: HOSTILE_CLAIMANT });
    expect(byId.get(ID2)?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Police' });
    expect(byId.get(ID6)?.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Ali Khamenei' });
    const noClaimant = claimReviews({ ...input, claims: [{ ...fixture.claims[0]!, claimantName: '' }] }).reviews[0]!;
    expect('author' in noClaimant.itemReviewed).toBe(false);
    // The source was deleted since: the name typed by hand is used, else there is no claimant.
    const withName = { ...fixture.claims[1]!, claimantName: 'A Tehran police spokesman' };
    expect(claimReviews({ ...input, claims: [withName], sources: [] }).reviews[0]!.itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'A Tehran police spokesman',
    });
    expect('author' in claimReviews({ ...input, claims: [fixture.claims[1]!], sources: [] }).reviews[0]!.itemReviewed).toBe(false);
  });

  it('leaves out an empty rating explanation, and collapses the claim’s whitespace', () => {
    const claim = { ...fixture.claims[1]!, conclusion: '  ', exact: 'attendees numbered\n\ninto   the millions' };
    const review = claimReviews({ ...input, claims: [claim] }).reviews[0]!;
    expect('ratingExplanation' in review.reviewRating).toBe(false);
    expect(review.claimReviewed).toBe('attendees numbered into the millions');
  });

  it('lists the claims it leaves out, with the reason', () => {
    expect(claimReviews(input).omitted).toEqual([
      { id: ID4, exact: fixture.claims[3]!.exact, reason: 'it has no verdict yet' },
      { id: ID5, exact: fixture.claims[4]!.exact, reason: `its verdict “${LEGACY_VERDICT}” is not on the verdict scale` },
    ]);
    // Verdict ids of another scale are not on this one.
    const onPolitifact = claimReviews({ ...input, scale: POLITIFACT_SCALE });
    expect(onPolitifact.reviews).toEqual([]);
    expect(onPolitifact.omitted.map((o) => o.reason)).toContain('its verdict “mostly-false” is not on the verdict scale');
  });

  it('warns about a claim over 75 characters and a verdict given while the claim is still in progress', () => {
    const { warnings } = claimReviews(input);
    const length = [...fixture.claims[2]!.exact].length;
    expect(length).toBeGreaterThan(CLAIM_REVIEWED_RECOMMENDED_CHARS);
    expect(warnings).toEqual([
      {
        id: ID3,
        message: `Claim 3 is ${length} characters long: Google recommends a reviewed claim under 75 characters.`,
      },
      { id: ID6, message: 'Claim 6 is still “In progress”; its verdict is exported anyway.' },
    ]);
  });

  it('falls back to the organisation’s address, and warns when there is no web address at all', () => {
    const fallback = claimReviews({ ...input, reviewUrl: undefined });
    expect(fallback.reviews.every((r) => r.url === 'https://factcheck.example.org')).toBe(true);
    const none = claimReviews({
      ...input,
      reviewUrl: 'javascript:alert(1)',
      organisation: { name: 'Example Fact Check', url: 'factcheck' },
    });
    expect(none.reviews.every((r) => !('url' in r))).toBe(true);
    expect(none.reviews[0]!.author).toEqual({ '@type': 'Organization', name: 'Example Fact Check' });
    expect(none.warnings.filter((w) => w.id === '').map((w) => w.message)).toEqual([
      'The review address “javascript:alert(1)” is not a web address starting with http:// or https://.',
      'Neither the review address nor the organisation address is a web address: the reviews have no url, which Google requires.',
    ]);
  });

  it('warns when the organisation has no name, since ClaimReview needs an author', () => {
    const { warnings } = claimReviews({ ...input, organisation: { name: ' ', url: 'https://factcheck.example.org' } });
    expect(warnings).toContainEqual({
      id: '',
      message: 'The organisation name is empty: ClaimReview needs an author. Set it in Settings.',
    });
  });

  it('leaves out the appearance, the claim date and the language when the article has none', () => {
    const review = claimReviews({
      ...input,
      document: { title: 'Pasted text', sourceUrl: 'file:///C:/notes.txt', publishedAt: null },
    }).reviews[0]!;
    expect(review.itemReviewed).toEqual({ '@type': 'Claim', author: { '@type': 'Person', name: HOSTILE_CLAIMANT } });
    expect('inLanguage' in review).toBe(false);
  });

  it('is plain JSON: no undefined anywhere, and hostile strings stay strings', () => {
    const { reviews } = claimReviews({
      ...input,
      reviewUrl: undefined,
      document: { ...fixture.document, publishedAt: null, language: '' },
    });
    for (const [at, value] of leaves(reviews)) expect(['string', 'number'], at).toContain(typeof value);
    expect(JSON.parse(JSON.stringify(reviews))).toStrictEqual(reviews);
    const script = claimReviewScriptJson(reviews);
    expect(script).not.toMatch(/[<>&]/);
    expect(JSON.parse(script)).toStrictEqual(reviews);
    expect(reviews[0]!.itemReviewed.author?.name).toBe(HOSTILE_CLAIMANT);
  });
});
