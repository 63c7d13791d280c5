/**
 * A first guess at a source's name from the words tagged as a source:
 * "Police said" → "Police", "according to officials" → "officials",
 * "Iran's Tasnim News Agency reported" → "Iran's Tasnim News Agency".
 * The journalist can always change it; this only saves typing.
 */
const TRAILING_VERB =
  /[\s,]+(?:said|says|say|reported|reports|told|added|wrote|writes|stated|announced|claimed|confirmed|described|is describing|are describing|was quoted saying|were quoted saying)\.?$/i;
const LEADING_CUE = /^(?:according to|as reported by|reported by|per|via)\s+/i;

export function guessSourceName(tagged: string): string {
  const name = tagged.trim().replace(TRAILING_VERB, '').replace(LEADING_CUE, '').trim();
  return name || tagged.trim();
}
