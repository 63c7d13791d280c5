/**
 * Re-anchoring: moving annotations onto their words in a new version of an article, or saying
 * plainly that they lost them. See reanchor.ts for the steps and locateQuote.ts for confidence.
 */
export type { AnchorMethod, AnchorOutcome, AnchorStatus, OutcomeCounts } from './outcomes';
export { countOutcomes, needsReview } from './outcomes';
export type { AnchorTarget, ReanchorOptions } from './reanchor';
export { anchorQuote, reanchor } from './reanchor';
