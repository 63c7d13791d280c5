/**
 * Hard limits on what Pressmark stores. Each one comes with a message a person can act on.
 * Generous for real journalism (a 1 MB court filing, thousands of annotations), small enough
 * that a hostile or broken file cannot exhaust memory or the database.
 */
export const LIMITS = {
  documentChars: 5_000_000,
  documentJsonChars: 40_000_000,
  documentDepth: 64,
  titleChars: 500,
  bylineChars: 500,
  urlChars: 2048,
  languageChars: 35,
  noteChars: 20_000,
  nameChars: 300,
  verdictChars: 100,
  evidencePerClaim: 100,
  evidenceTitleChars: 500,
  annotationsPerDocument: 50_000,
  exactChars: 100_000,
  authorChars: 200,
} as const;
