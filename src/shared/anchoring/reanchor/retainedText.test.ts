/**
 * Regression: an unchanged stretch (RETAINED_MIN characters or more) that the diff's semantic cleanup
 * folded into an edit is old text, not new. Before, an identical copy of a quote in another passage,
 * kept inside a rewritten paragraph, counted as new text; an annotation whose own words were all
 * replaced was then "moved" onto that copy with full confidence instead of being orphaned.
 */
import { describe, expect, it } from 'vitest';
import { textQuoteAt } from '../textQuote';
import { reanchor, type AnchorTarget } from './index';
import { buildOffsetMap, originOf, RETAINED_MIN } from './offsetMapping';

// Long and distinctive (≥ 40 characters, ≥ 6 words): its words alone would identify a passage.
const quote = 'the city council approved the harbour budget';

const oldText = [
  'Opening paragraph that stays the same for everyone reading it today.',
  `At the first meeting ${quote} after a short debate among members.`,
  'Some unrelated filler sentence about weather and trains in the city.',
  `Later in the year ${quote} again with amendments from the mayor.`,
  'Closing paragraph that also stays exactly the same as before.',
].join('\n\n');

// The annotated sentence is rewritten without its words; the other passage is rewritten around its copy
// at such length that the cleanup folds the copy into one edit run.
const newText = [
  'Opening paragraph that stays the same for everyone reading it today.',
  'In a completely rewritten account, members argued for hours and nothing was decided at all.',
  'A wholly different middle section now talks about harbour repairs and ferries.',
  `Xylophones, quizzical jackdaws and zebu: ${'vexing zigzags of quick jumpy foxes '.repeat(3)}${quote}${' by wax kilns, zany quaffs of vexed jumbo hyenas'.repeat(3)}.`,
  'Closing paragraph that also stays exactly the same as before.',
].join('\n\n');

const start = oldText.indexOf(quote);
const target: AnchorTarget = { id: 'a', start, end: start + quote.length, ...textQuoteAt(oldText, { start, end: start + quote.length }) };
const copy = newText.indexOf(quote);

describe('unchanged text inside an edit', () => {
  it('counts as old text of the other passage, not as new text', () => {
    const map = buildOffsetMap(oldText, newText);
    const inRun = map.runs.some((run) => run.newStart <= copy && copy + quote.length <= run.newEnd);
    expect(inRun).toBe(true);
    expect(quote.length).toBeGreaterThanOrEqual(RETAINED_MIN);
    expect(originOf(map, { start: copy, end: copy + quote.length }, target)).toEqual({ inserted: 0, own: 0, other: quote.length });
  });

  it('does not move an annotation whose words were all replaced onto an identical copy elsewhere', () => {
    const [outcome] = reanchor(oldText, newText, [target]);
    expect(outcome).toMatchObject({ status: 'orphaned', range: null });
  });
});
