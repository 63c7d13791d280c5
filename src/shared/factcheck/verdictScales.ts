/**
 * The built-in verdict scales, switching a workspace between them, and (re-exported from their
 * modules) the scale edits and verdict look-ups, so this is the one place to import them from.
 *
 * Preset ids never collide across presets ('pf-' for PolitiFact), so a claim's verdict id always
 * says which scale it came from.
 */
import type { VerdictScale, VerdictScalePreset } from '../domain/factCheck';
import { checkedScale, verdictUse, VerdictScaleError } from './verdictScaleError';
import { listOf } from './verdictScaleEdits';

export { VerdictScaleError, checkedScale } from './verdictScaleError';
export {
  addVerdict,
  MAX_VERDICTS,
  moveVerdict,
  recolorVerdict,
  removeVerdict,
  renameVerdict,
  rerateVerdict,
  setRatingRange,
  uniqueVerdictId,
} from './verdictScaleEdits';
export { verdictById, verdictForKey, verdictForLabel, verdictLabel } from './verdictLookup';

export const DEFAULT_VERDICT_SCALE: VerdictScale = {
  name: 'Pressmark default',
  preset: 'default',
  bestRating: 5,
  worstRating: 1,
  verdicts: [
    { id: 'true', label: 'True', color: '#1a7f37', rating: 5 },
    { id: 'mostly-true', label: 'Mostly true', color: '#4d9e3a', rating: 4 },
    { id: 'mixed', label: 'Mixed', color: '#b08800', rating: 3 },
    { id: 'mostly-false', label: 'Mostly false', color: '#d4691e', rating: 2 },
    { id: 'false', label: 'False', color: '#c0392b', rating: 1 },
    { id: 'misleading', label: 'Misleading', color: '#8e44ad', rating: 2 },
    { id: 'unverifiable', label: 'Unverifiable', color: '#6b7280', rating: 3 },
  ],
};

/** PolitiFact's Truth-O-Meter, rated 6 (True) down to 1 (Pants on Fire). */
export const POLITIFACT_SCALE: VerdictScale = {
  name: 'PolitiFact Truth-O-Meter',
  preset: 'politifact',
  bestRating: 6,
  worstRating: 1,
  verdicts: [
    { id: 'pf-true', label: 'True', color: '#1a7f37', rating: 6 },
    { id: 'pf-mostly-true', label: 'Mostly True', color: '#4d9e3a', rating: 5 },
    { id: 'pf-half-true', label: 'Half True', color: '#b08800', rating: 4 },
    { id: 'pf-mostly-false', label: 'Mostly False', color: '#d4691e', rating: 3 },
    { id: 'pf-false', label: 'False', color: '#c0392b', rating: 2 },
    { id: 'pf-pants-on-fire', label: 'Pants on Fire', color: '#7f1d1d', rating: 1 },
  ],
};

export type VerdictScalePresetName = Exclude<VerdictScalePreset, 'custom'>;

export const VERDICT_SCALE_PRESETS_BY_NAME: Readonly<Record<VerdictScalePresetName, VerdictScale>> = {
  default: DEFAULT_VERDICT_SCALE,
  politifact: POLITIFACT_SCALE,
};

/** A fresh copy of a preset scale, safe to change. */
export function presetScale(preset: VerdictScalePresetName): VerdictScale {
  const scale = VERDICT_SCALE_PRESETS_BY_NAME[preset];
  return { ...scale, verdicts: scale.verdicts.map((verdict) => ({ ...verdict })) };
}

/**
 * Replaces the workspace scale with a preset, unless claims would lose their verdict: every
 * verdict of the current scale that claims use must exist (same id) in the preset.
 */
export function switchToPreset(scale: VerdictScale, preset: VerdictScalePresetName, claimsUsing: (id: string) => number): VerdictScale {
  if (!Object.hasOwn(VERDICT_SCALE_PRESETS_BY_NAME, preset)) {
    throw new VerdictScaleError(`There is no preset scale called “${preset}”.`);
  }
  const target = presetScale(preset);
  const targetIds = new Set(target.verdicts.map((verdict) => verdict.id));
  const blocked = scale.verdicts
    .filter((verdict) => !targetIds.has(verdict.id))
    .map((verdict) => ({ verdict, count: claimsUsing(verdict.id) }))
    .filter(({ count }) => count > 0);
  if (blocked.length > 0) {
    const total = blocked.reduce((sum, { count }) => sum + count, 0);
    throw new VerdictScaleError(
      `${listOf(blocked.map(({ verdict, count }) => verdictUse(verdict.label, count)))}, and the ${target.name} scale does not have ${
        blocked.length === 1 ? 'it' : 'them'
      }: give ${total === 1 ? 'that claim' : 'those claims'} another verdict before switching.`,
    );
  }
  return checkedScale(target);
}
