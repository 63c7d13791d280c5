/**
 * Reading a claim's verdict against a scale. A claim stores a verdict id from the workspace scale,
 * '' for no verdict yet, or (old or imported data) free text that matches no id, shown as written.
 */
import type { VerdictDefinition, VerdictScale } from '../domain/factCheck';

export function verdictById(scale: VerdictScale, id: string): VerdictDefinition | undefined {
  return scale.verdicts.find((verdict) => verdict.id === id);
}

/** What to show for a claim's verdict: its label if it is an id on the scale, else the text itself ('' stays ''). */
export function verdictLabel(scale: VerdictScale, verdict: string): string {
  if (verdict === '') return '';
  return verdictById(scale, verdict)?.label ?? verdict;
}

/** The verdict a typed or imported text names: its label or its id, ignoring case and extra spaces. */
export function verdictForLabel(scale: VerdictScale, text: string): VerdictDefinition | undefined {
  const wanted = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (wanted === '') return undefined;
  return (
    scale.verdicts.find((verdict) => verdict.label.replace(/\s+/g, ' ').trim().toLowerCase() === wanted) ??
    scale.verdicts.find((verdict) => verdict.id === wanted)
  );
}

/** The verdict number keys 1–9 give: the nth verdict of the scale, counting from 1. */
export function verdictForKey(scale: VerdictScale, n: number): VerdictDefinition | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 9) return undefined;
  return scale.verdicts[n - 1];
}
