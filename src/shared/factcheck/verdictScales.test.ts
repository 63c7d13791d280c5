import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { verdictScale, type VerdictScale } from '../domain/factCheck';
import {
  addVerdict,
  DEFAULT_VERDICT_SCALE,
  moveVerdict,
  POLITIFACT_SCALE,
  presetScale,
  recolorVerdict,
  removeVerdict,
  renameVerdict,
  rerateVerdict,
  setRatingRange,
  switchToPreset,
  verdictById,
  verdictForKey,
  verdictForLabel,
  verdictLabel,
  VERDICT_SCALE_PRESETS_BY_NAME,
  VerdictScaleError,
} from './verdictScales';

/** Asserts the scale passes the zod schema, and returns it. */
function valid(scale: VerdictScale): VerdictScale {
  const result = verdictScale.safeParse(scale);
  expect(result.success, result.success ? '' : result.error.message).toBe(true);
  return scale;
}

/** The message of the VerdictScaleError `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VerdictScaleError);
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('expected a VerdictScaleError');
}

const uses =
  (counts: Record<string, number>) =>
  (id: string): number =>
    counts[id] ?? 0;
const ids = (scale: VerdictScale) => scale.verdicts.map((v) => v.id);
const snapshot = JSON.stringify(DEFAULT_VERDICT_SCALE);

describe('preset scales', () => {
  it('keeps the default scale as it was', () => {
    valid(DEFAULT_VERDICT_SCALE);
    expect(DEFAULT_VERDICT_SCALE.preset).toBe('default');
    expect(ids(DEFAULT_VERDICT_SCALE)).toEqual(['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable']);
    expect(DEFAULT_VERDICT_SCALE).toMatchObject({ bestRating: 5, worstRating: 1 });
  });

  it('has the PolitiFact Truth-O-Meter, rated 6 to 1, with ids that never collide with the default ones', () => {
    valid(POLITIFACT_SCALE);
    expect(POLITIFACT_SCALE).toMatchObject({ preset: 'politifact', bestRating: 6, worstRating: 1 });
    expect(POLITIFACT_SCALE.verdicts.map((v) => [v.label, v.rating])).toEqual([
      ['True', 6],
      ['Mostly True', 5],
      ['Half True', 4],
      ['Mostly False', 3],
      ['False', 2],
      ['Pants on Fire', 1],
    ]);
    expect(ids(POLITIFACT_SCALE).every((id) => id.startsWith('pf-'))).toBe(true);
    expect(ids(POLITIFACT_SCALE).filter((id) => ids(DEFAULT_VERDICT_SCALE).includes(id))).toEqual([]);
  });

  it('lists the presets by name and hands out copies', () => {
    expect(VERDICT_SCALE_PRESETS_BY_NAME.default).toBe(DEFAULT_VERDICT_SCALE);
    expect(VERDICT_SCALE_PRESETS_BY_NAME.politifact).toBe(POLITIFACT_SCALE);
    const copy = presetScale('politifact');
    expect(copy).toEqual(POLITIFACT_SCALE);
    copy.verdicts[0]!.label = 'Changed';
    expect(POLITIFACT_SCALE.verdicts[0]!.label).toBe('True');
  });
});

describe('editing a scale', () => {
  it('renames a verdict in a new scale, which becomes custom; the id stays', () => {
    const renamed = valid(renameVerdict(DEFAULT_VERDICT_SCALE, 'mixed', '  Half true  '));
    expect(verdictById(renamed, 'mixed')).toEqual({ id: 'mixed', label: 'Half true', color: '#b08800', rating: 3 });
    expect(renamed.preset).toBe('custom');
    expect(renamed.name).toBe(DEFAULT_VERDICT_SCALE.name);
    expect(JSON.stringify(DEFAULT_VERDICT_SCALE)).toBe(snapshot);
  });

  it('keeps the preset when an edit changes nothing', () => {
    expect(valid(renameVerdict(DEFAULT_VERDICT_SCALE, 'false', 'False')).preset).toBe('default');
    expect(valid(moveVerdict(POLITIFACT_SCALE, 'pf-true', 0)).preset).toBe('politifact');
  });

  it('refuses a name that is empty, too long or already taken', () => {
    expect(refusal(() => renameVerdict(DEFAULT_VERDICT_SCALE, 'mixed', '   '))).toBe('A verdict needs a name.');
    expect(refusal(() => renameVerdict(DEFAULT_VERDICT_SCALE, 'mixed', 'x'.repeat(61)))).toBe('Verdict names are at most 60 characters.');
    expect(refusal(() => renameVerdict(DEFAULT_VERDICT_SCALE, 'mixed', 'FALSE'))).toBe(
      'There is already a verdict called “False”: choose another name.',
    );
    expect(refusal(() => renameVerdict(DEFAULT_VERDICT_SCALE, 'nope', 'X'))).toBe(
      'There is no verdict “nope” on this scale any more: reload the scale and try again.',
    );
  });

  it('recolours with #rrggbb (or #rgb), and refuses anything else', () => {
    expect(verdictById(valid(recolorVerdict(DEFAULT_VERDICT_SCALE, 'false', '#FF0000')), 'false')?.color).toBe('#ff0000');
    expect(verdictById(valid(recolorVerdict(DEFAULT_VERDICT_SCALE, 'false', '#a0c')), 'false')?.color).toBe('#aa00cc');
    expect(refusal(() => recolorVerdict(DEFAULT_VERDICT_SCALE, 'false', 'red'))).toBe('Colours are written like #1a7f37.');
    expect(refusal(() => recolorVerdict(DEFAULT_VERDICT_SCALE, 'false', 'red;background:url(x)'))).toBe(
      'Colours are written like #1a7f37.',
    );
  });

  it('re-rates within the scale’s range only', () => {
    expect(verdictById(valid(rerateVerdict(DEFAULT_VERDICT_SCALE, 'misleading', 1.5)), 'misleading')?.rating).toBe(1.5);
    expect(refusal(() => rerateVerdict(DEFAULT_VERDICT_SCALE, 'false', 7))).toBe(
      '“False” cannot be rated 7: ratings on this scale run from 1 (worst) to 5 (best).',
    );
    expect(refusal(() => rerateVerdict(DEFAULT_VERDICT_SCALE, 'false', Number.NaN))).toBe('Ratings are numbers.');
  });

  it('reorders, which also changes what keys 1–9 pick', () => {
    const moved = valid(moveVerdict(DEFAULT_VERDICT_SCALE, 'unverifiable', 0));
    expect(ids(moved)).toEqual(['unverifiable', 'true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading']);
    expect(verdictForKey(moved, 1)?.id).toBe('unverifiable');
    const last = valid(moveVerdict(moved, 'unverifiable', 6));
    expect(ids(last)).toEqual(ids(DEFAULT_VERDICT_SCALE));
    expect(refusal(() => moveVerdict(DEFAULT_VERDICT_SCALE, 'true', 7))).toBe('A verdict can only move to a position from 1 to 7.');
    expect(refusal(() => moveVerdict(DEFAULT_VERDICT_SCALE, 'true', -1))).toBe('A verdict can only move to a position from 1 to 7.');
  });

  it('adds verdicts at the end with ids made from their names, never reused', () => {
    let scale = valid(addVerdict(DEFAULT_VERDICT_SCALE, { label: 'Needs context', color: '#0072B2', rating: 3 }));
    expect(scale.verdicts.at(-1)).toEqual({ id: 'needs-context', label: 'Needs context', color: '#0072b2', rating: 3 });
    scale = valid(addVerdict(scale, { label: 'Mostly-true?', color: '#4d9e3a', rating: 4 }));
    scale = valid(addVerdict(scale, { label: 'Mostly true!', color: '#4d9e3a', rating: 4 }));
    scale = valid(addVerdict(scale, { label: 'Exagéré', color: '#123456', rating: 2 }));
    scale = valid(addVerdict(scale, { label: '¿¡!?', color: '#123456', rating: 2 }));
    expect(ids(scale).slice(7)).toEqual(['needs-context', 'mostly-true-2', 'mostly-true-3', 'exagere', 'verdict']);
    expect(new Set(ids(scale)).size).toBe(scale.verdicts.length);
    expect(scale.preset).toBe('custom');
    expect(refusal(() => addVerdict(scale, { label: 'needs CONTEXT', color: '#000000', rating: 3 }))).toBe(
      'There is already a verdict called “Needs context”: choose another name.',
    );
    expect(refusal(() => addVerdict(scale, { label: 'Satire', color: '#000000', rating: 0 }))).toBe(
      'A new verdict cannot be rated 0: ratings on this scale run from 1 (worst) to 5 (best).',
    );
    expect(refusal(() => addVerdict(scale, { label: 'Satire', color: 'black', rating: 3 }))).toBe('Colours are written like #1a7f37.');
  });

  it('holds at most 20 verdicts', () => {
    let scale = DEFAULT_VERDICT_SCALE;
    for (let i = scale.verdicts.length; i < 20; i++) scale = valid(addVerdict(scale, { label: `Extra ${i}`, color: '#000000', rating: 3 }));
    expect(refusal(() => addVerdict(scale, { label: 'One more', color: '#000000', rating: 3 }))).toBe(
      'A scale holds at most 20 verdicts: remove one before adding another.',
    );
  });

  it('removes a verdict no claim uses, and refuses one in use, saying how many claims use it', () => {
    const removed = valid(removeVerdict(DEFAULT_VERDICT_SCALE, 'misleading', uses({ false: 3 })));
    expect(ids(removed)).not.toContain('misleading');
    expect(removed.preset).toBe('custom');
    expect(refusal(() => removeVerdict(DEFAULT_VERDICT_SCALE, 'false', uses({ false: 3 })))).toBe(
      '“False” is the verdict of 3 claims: give them another verdict before removing it.',
    );
    expect(refusal(() => removeVerdict(DEFAULT_VERDICT_SCALE, 'mixed', uses({ mixed: 1 })))).toBe(
      '“Mixed” is the verdict of 1 claim: give it another verdict before removing it.',
    );
    const single: VerdictScale = { ...DEFAULT_VERDICT_SCALE, verdicts: [DEFAULT_VERDICT_SCALE.verdicts[0]!] };
    expect(refusal(() => removeVerdict(single, 'true', uses({})))).toBe(
      'A scale needs at least one verdict: add another before removing this one.',
    );
  });

  it('sets the rating range, refusing one that leaves a verdict outside', () => {
    const wider = valid(setRatingRange(DEFAULT_VERDICT_SCALE, 10, 0));
    expect(wider).toMatchObject({ bestRating: 10, worstRating: 0, preset: 'custom' });
    expect(refusal(() => setRatingRange(DEFAULT_VERDICT_SCALE, 4, 1))).toBe(
      '“True” (rated 5) lies outside 1 (worst) to 4 (best): change its rating first.',
    );
    expect(refusal(() => setRatingRange(DEFAULT_VERDICT_SCALE, 3, 1))).toBe(
      '“True” (rated 5) and “Mostly true” (rated 4) lie outside 1 (worst) to 3 (best): change their ratings first.',
    );
    expect(refusal(() => setRatingRange(DEFAULT_VERDICT_SCALE, 3, 3))).toBe('The best and the worst rating must differ.');
  });

  it('switches to a preset when no claim would lose its verdict', () => {
    const switched = valid(switchToPreset(DEFAULT_VERDICT_SCALE, 'politifact', uses({})));
    expect(switched).toEqual(POLITIFACT_SCALE);
    expect(switched).not.toBe(POLITIFACT_SCALE);
    // A custom scale built on the default one goes back to it while its claims use verdicts the default has.
    const custom = addVerdict(DEFAULT_VERDICT_SCALE, { label: 'Satire', color: '#000000', rating: 3 });
    expect(valid(switchToPreset(custom, 'default', uses({ false: 2, true: 1 })))).toEqual(DEFAULT_VERDICT_SCALE);
  });

  it('refuses a switch that would leave claims with a verdict the preset does not have, naming them and their counts', () => {
    expect(refusal(() => switchToPreset(DEFAULT_VERDICT_SCALE, 'politifact', uses({ false: 3, mixed: 1 })))).toBe(
      '“Mixed” is the verdict of 1 claim and “False” is the verdict of 3 claims, and the PolitiFact Truth-O-Meter scale does not have them: give those claims another verdict before switching.',
    );
    expect(refusal(() => switchToPreset(POLITIFACT_SCALE, 'default', uses({ 'pf-pants-on-fire': 1 })))).toBe(
      '“Pants on Fire” is the verdict of 1 claim, and the Pressmark default scale does not have it: give that claim another verdict before switching.',
    );
    const custom = addVerdict(DEFAULT_VERDICT_SCALE, { label: 'Satire', color: '#000000', rating: 3 });
    expect(refusal(() => switchToPreset(custom, 'default', uses({ satire: 2, false: 5 })))).toBe(
      '“Satire” is the verdict of 2 claims, and the Pressmark default scale does not have it: give those claims another verdict before switching.',
    );
  });

  it('only ever returns a valid scale or throws a VerdictScaleError, whatever the edits', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('rename' as const), at: fc.nat(25), label: fc.string({ maxLength: 70 }) }),
      fc.record({ op: fc.constant('recolor' as const), at: fc.nat(25), color: fc.oneof(fc.string(), fc.constant('#00ff00')) }),
      fc.record({ op: fc.constant('rerate' as const), at: fc.nat(25), rating: fc.double({ min: -2, max: 12 }) }),
      fc.record({ op: fc.constant('move' as const), at: fc.nat(25), to: fc.integer({ min: -1, max: 25 }) }),
      fc.record({ op: fc.constant('add' as const), label: fc.string({ maxLength: 70 }), rating: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ op: fc.constant('remove' as const), at: fc.nat(25), used: fc.nat(2) }),
      fc.record({ op: fc.constant('range' as const), best: fc.integer({ min: -2, max: 12 }), worst: fc.integer({ min: -2, max: 12 }) }),
      fc.record({ op: fc.constantFrom('default' as const, 'politifact' as const), used: fc.nat(1) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let scale = DEFAULT_VERDICT_SCALE;
        for (const e of edits) {
          const id = 'at' in e ? (scale.verdicts[e.at % scale.verdicts.length]?.id ?? '') : '';
          try {
            if (e.op === 'rename') scale = renameVerdict(scale, id, e.label);
            else if (e.op === 'recolor') scale = recolorVerdict(scale, id, e.color);
            else if (e.op === 'rerate') scale = rerateVerdict(scale, id, e.rating);
            else if (e.op === 'move') scale = moveVerdict(scale, id, e.to);
            else if (e.op === 'add') scale = addVerdict(scale, { label: e.label, color: '#336699', rating: e.rating });
            else if (e.op === 'remove') scale = removeVerdict(scale, id, () => e.used);
            else if (e.op === 'range') scale = setRatingRange(scale, e.best, e.worst);
            else scale = switchToPreset(scale, e.op, () => e.used);
          } catch (error) {
            if (!(error instanceof VerdictScaleError)) throw error;
          }
          expect(verdictScale.safeParse(scale).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    expect(JSON.stringify(DEFAULT_VERDICT_SCALE)).toBe(snapshot);
  });
});

describe('reading verdicts', () => {
  it('shows a label for an id, free text as written, nothing for no verdict', () => {
    expect(verdictLabel(DEFAULT_VERDICT_SCALE, 'mostly-false')).toBe('Mostly false');
    expect(verdictLabel(DEFAULT_VERDICT_SCALE, 'Pants on fire (2019 import)')).toBe('Pants on fire (2019 import)');
    expect(verdictLabel(DEFAULT_VERDICT_SCALE, '')).toBe('');
    expect(verdictLabel(POLITIFACT_SCALE, 'false')).toBe('false');
  });

  it('finds a verdict by its label or id, ignoring case and spacing (for imports)', () => {
    expect(verdictForLabel(DEFAULT_VERDICT_SCALE, '  mostly   TRUE ')?.id).toBe('mostly-true');
    expect(verdictForLabel(DEFAULT_VERDICT_SCALE, 'Mostly-False')?.id).toBe('mostly-false');
    expect(verdictForLabel(POLITIFACT_SCALE, 'pants on fire')?.id).toBe('pf-pants-on-fire');
    expect(verdictForLabel(POLITIFACT_SCALE, 'Mixed')).toBeUndefined();
    expect(verdictForLabel(POLITIFACT_SCALE, '')).toBeUndefined();
  });

  it('maps keys 1–9 to the scale’s verdicts in order', () => {
    expect(verdictForKey(DEFAULT_VERDICT_SCALE, 1)?.id).toBe('true');
    expect(verdictForKey(DEFAULT_VERDICT_SCALE, 7)?.id).toBe('unverifiable');
    expect(verdictForKey(DEFAULT_VERDICT_SCALE, 8)).toBeUndefined();
    expect(verdictForKey(DEFAULT_VERDICT_SCALE, 0)).toBeUndefined();
    expect(verdictForKey(DEFAULT_VERDICT_SCALE, 1.5)).toBeUndefined();
  });
});
