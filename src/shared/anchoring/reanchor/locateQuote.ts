/**
 * Steps 2 to 4 of re-anchoring, for one quote in one text: its exact words (step 2), else words
 * that changed a little (step 3), else nothing (step 4, orphaned). When the exact words turn up
 * away from the expected place while a close variant sits on it, the two compete and the result
 * is flagged: the annotation may be on a copy, or its own words may have changed.
 *
 * Confidence: 1 only for exact words chosen without a rival. Otherwise the winner's score times
 * its share of all plausible places' scores (two equally good places give about half), and for
 * changed words never more than 0.99.
 */
import type { TextRange } from '../textQuote';
import { findFuzzyPlaces } from './fuzzyQuote';
import { fuzzyOutcome, movedOutcome, orphanedOutcome, type AnchorOutcome } from './outcomes';
import { byPlausibility, isNear, MARGIN, type Place } from './place';
import { chooseExactPlace } from './quoteCandidates';
import { passageLeft, wideRegions, windowAround, type SearchScope } from './searchScope';
import { positionScale } from './similarity';

export function locateQuote(scope: SearchScope): AnchorOutcome {
  const { exact } = scope.quote;
  if (exact === '' || scope.text === '') return orphanedOutcome();

  const choice = chooseExactPlace(scope);
  if (choice) {
    // A close variant on the expected place competes, unless the winner is there already, or the expected place is only an estimate.
    const nearRival = isNear(choice.best) || scope.expectedIsEstimate ? [] : findFuzzyPlaces(scope, nearbyRegion(scope)).slice(0, 1);
    const contenders = [choice.best, ...choice.rivals, ...nearRival].sort(byPlausibility);
    if (contenders.length === 1) return movedOutcome(choice.best.range, choice.sure ? 1 : Math.min(choice.best.score, 0.99));
    return outcomeFor(contenders);
  }

  let places = findFuzzyPlaces(scope, nearbyRegion(scope));
  if (places.length === 0 && passageLeft(scope)) places = findFuzzyPlaces(scope, wideRegions(scope, Math.ceil(exact.length / 32)));
  const best = places[0];
  if (!best) return orphanedOutcome();
  return outcomeFor([best, ...places.slice(1).filter((place) => place.score >= best.score - MARGIN)]);
}

/** The winner among plausible places (best first), with a confidence below 1. */
function outcomeFor(contenders: Place[]): AnchorOutcome {
  const [winner] = contenders;
  if (!winner) return orphanedOutcome();
  const total = contenders.reduce((sum, place) => sum + place.score, 0);
  const confidence = total > 0 ? (winner.score * winner.score) / total : 0;
  return winner.errors === 0 ? movedOutcome(winner.range, Math.min(confidence, 0.99)) : fuzzyOutcome(winner.range, confidence);
}

function nearbyRegion(scope: SearchScope): TextRange[] {
  const window = windowAround(scope, positionScale(scope.quote.exact.length));
  return window ? [window] : [];
}
