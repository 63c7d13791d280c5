/**
 * The one error a verdict scale edit can end in, with a sentence a journalist can act on, and the
 * check every edited scale passes before it is returned (the zod schema, its messages kept).
 */
import { verdictScale, type VerdictScale } from '../domain/factCheck';

export class VerdictScaleError extends Error {
  override name = 'VerdictScaleError';
}

/** The scale as the schema reads it (labels trimmed), or a VerdictScaleError with the schema's first message. */
export function checkedScale(candidate: VerdictScale): VerdictScale {
  const result = verdictScale.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new VerdictScaleError(issue?.message ?? 'This verdict scale is not valid.');
}

/** “False” is the verdict of 3 claims / of 1 claim. */
export function verdictUse(label: string, count: number): string {
  return `“${label}” is the verdict of ${claimCount(count)}`;
}

export function claimCount(count: number): string {
  return `${count} claim${count === 1 ? '' : 's'}`;
}
