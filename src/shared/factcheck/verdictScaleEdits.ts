/**
 * Editing a verdict scale: each operation returns a new, valid scale or throws a VerdictScaleError
 * that says what to do. Claims keep verdict ids, so a verdict can be renamed, recoloured, re-rated
 * and moved freely, but not removed while claims use it. Any real change to a preset scale makes
 * it 'custom'.
 */
import type { VerdictDefinition, VerdictScale } from '../domain/factCheck';
import { checkedScale, verdictUse, VerdictScaleError } from './verdictScaleError';

export const MAX_VERDICTS = 20;

export function renameVerdict(scale: VerdictScale, id: string, label: string): VerdictScale {
  const index = indexOf(scale, id);
  const name = label.trim();
  refuseTakenLabel(scale, name, id);
  return edited(scale, { verdicts: replaceAt(scale.verdicts, index, { label: name }) });
}

/** Colours are written #rrggbb (#rgb is widened); they are stored in lower case. */
export function recolorVerdict(scale: VerdictScale, id: string, color: string): VerdictScale {
  const index = indexOf(scale, id);
  return edited(scale, { verdicts: replaceAt(scale.verdicts, index, { color: normaliseColor(color) }) });
}

export function rerateVerdict(scale: VerdictScale, id: string, rating: number): VerdictScale {
  const index = indexOf(scale, id);
  refuseRating(scale, rating, `“${(scale.verdicts[index] as VerdictDefinition).label}”`);
  return edited(scale, { verdicts: replaceAt(scale.verdicts, index, { rating }) });
}

/** Moves a verdict to a position, counted from 0 (the order of the list and of keys 1–9). */
export function moveVerdict(scale: VerdictScale, id: string, toIndex: number): VerdictScale {
  const index = indexOf(scale, id);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= scale.verdicts.length) {
    throw new VerdictScaleError(`A verdict can only move to a position from 1 to ${scale.verdicts.length}.`);
  }
  const verdicts = scale.verdicts.filter((_, i) => i !== index);
  verdicts.splice(toIndex, 0, scale.verdicts[index] as VerdictDefinition);
  return edited(scale, { verdicts });
}

/** Adds a verdict at the end of the scale. Its id is made from its name, and never reused within the scale. */
export function addVerdict(scale: VerdictScale, verdict: { label: string; color: string; rating: number }): VerdictScale {
  if (scale.verdicts.length >= MAX_VERDICTS) {
    throw new VerdictScaleError(`A scale holds at most ${MAX_VERDICTS} verdicts: remove one before adding another.`);
  }
  const label = verdict.label.trim();
  if (label === '') throw new VerdictScaleError('A verdict needs a name.');
  refuseTakenLabel(scale, label, null);
  refuseRating(scale, verdict.rating, 'A new verdict');
  const added: VerdictDefinition = {
    id: uniqueVerdictId(scale, label),
    label,
    color: normaliseColor(verdict.color),
    rating: verdict.rating,
  };
  return edited(scale, { verdicts: [...scale.verdicts, added] });
}

/** Removes a verdict no claim uses; `claimsUsing` counts the claims (of every article) with that verdict id. */
export function removeVerdict(scale: VerdictScale, id: string, claimsUsing: (id: string) => number): VerdictScale {
  const index = indexOf(scale, id);
  const verdict = scale.verdicts[index] as VerdictDefinition;
  const count = claimsUsing(id);
  if (count > 0) {
    throw new VerdictScaleError(
      `${verdictUse(verdict.label, count)}: give ${count === 1 ? 'it' : 'them'} another verdict before removing it.`,
    );
  }
  if (scale.verdicts.length === 1) throw new VerdictScaleError('A scale needs at least one verdict: add another before removing this one.');
  return edited(scale, { verdicts: scale.verdicts.filter((_, i) => i !== index) });
}

/** Sets the ratings the best and the worst verdicts stand for (ClaimReview's bestRating and worstRating). */
export function setRatingRange(scale: VerdictScale, best: number, worst: number): VerdictScale {
  if (!Number.isFinite(best) || !Number.isFinite(worst)) throw new VerdictScaleError('The best and the worst rating must be numbers.');
  if (best === worst) throw new VerdictScaleError('The best and the worst rating must differ.');
  const outside = scale.verdicts.filter((v) => v.rating < Math.min(best, worst) || v.rating > Math.max(best, worst));
  if (outside.length > 0) {
    const names = listOf(outside.map((v) => `“${v.label}” (rated ${v.rating})`));
    throw new VerdictScaleError(
      `${names} ${outside.length === 1 ? 'lies' : 'lie'} outside ${worst} (worst) to ${best} (best): change ${
        outside.length === 1 ? 'its rating' : 'their ratings'
      } first.`,
    );
  }
  return edited(scale, { bestRating: best, worstRating: worst });
}

/** The id a new verdict called `label` gets: its name in lower case with hyphens, numbered if taken. */
export function uniqueVerdictId(scale: VerdictScale, label: string): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 56)
      .replace(/^-+|-+$/g, '') || 'verdict';
  const taken = new Set(scale.verdicts.map((v) => v.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** “A”, “A and B”, “A, B and C”. */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The scale with `changes`, checked; 'custom' unless nothing actually changed. */
function edited(scale: VerdictScale, changes: Partial<Pick<VerdictScale, 'verdicts' | 'bestRating' | 'worstRating'>>): VerdictScale {
  const candidate: VerdictScale = { ...scale, verdicts: scale.verdicts.map((v) => ({ ...v })), ...changes };
  const changed = JSON.stringify(candidate) !== JSON.stringify(scale);
  return checkedScale(changed ? { ...candidate, preset: 'custom' } : candidate);
}

function normaliseColor(color: string): string {
  const hex = color.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(hex) ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex;
}

function indexOf(scale: VerdictScale, id: string): number {
  const index = scale.verdicts.findIndex((v) => v.id === id);
  if (index < 0) throw new VerdictScaleError(`There is no verdict “${id}” on this scale any more: reload the scale and try again.`);
  return index;
}

function replaceAt(verdicts: readonly VerdictDefinition[], index: number, changes: Partial<VerdictDefinition>): VerdictDefinition[] {
  return verdicts.map((v, i) => (i === index ? { ...v, ...changes } : { ...v }));
}

function refuseTakenLabel(scale: VerdictScale, label: string, exceptId: string | null): void {
  const taken = scale.verdicts.find((v) => v.id !== exceptId && v.label.trim().toLowerCase() === label.toLowerCase());
  if (taken) throw new VerdictScaleError(`There is already a verdict called “${taken.label}”: choose another name.`);
}

function refuseRating(scale: VerdictScale, rating: number, what: string): void {
  if (!Number.isFinite(rating)) throw new VerdictScaleError('Ratings are numbers.');
  const low = Math.min(scale.bestRating, scale.worstRating);
  const high = Math.max(scale.bestRating, scale.worstRating);
  if (rating < low || rating > high) {
    throw new VerdictScaleError(
      `${what} cannot be rated ${rating}: ratings on this scale run from ${scale.worstRating} (worst) to ${scale.bestRating} (best).`,
    );
  }
}
