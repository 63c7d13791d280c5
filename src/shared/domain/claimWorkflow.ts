/**
 * How a claim's status moves: to check ↔ in progress → verdict given, and back to in progress when
 * a verdict is reopened. Giving a verdict marks the claim as given; a claim cannot be marked as
 * given without one; clearing the verdict of a given claim reopens it.
 */
import { CLAIM_STATUS_LABELS, type ClaimAnnotation, type ClaimStatus } from './annotation';

export type ClaimWorkflowResult = { ok: true; status: ClaimStatus } | { ok: false; message: string };

const ALLOWED: Record<ClaimStatus, readonly ClaimStatus[]> = {
  to_check: ['to_check', 'in_progress', 'checked'],
  in_progress: ['to_check', 'in_progress', 'checked'],
  checked: ['checked', 'in_progress'],
};

/** The status a claim ends up with after a change of status and/or verdict, or why that change is refused. */
export function nextClaimStatus(
  current: Pick<ClaimAnnotation, 'status' | 'verdict'>,
  change: { status?: ClaimStatus | undefined; verdict?: string | undefined },
): ClaimWorkflowResult {
  const verdict = change.verdict ?? current.verdict;
  let status = change.status ?? current.status;
  if (change.status === undefined && change.verdict !== undefined) {
    // A new verdict is given; a cleared one reopens the claim.
    if (verdict !== '' && change.verdict !== current.verdict) status = 'checked';
    if (verdict === '' && current.status === 'checked') status = 'in_progress';
  }
  if (!ALLOWED[current.status].includes(status)) {
    return {
      ok: false,
      message: `A claim whose verdict is given goes back to “${CLAIM_STATUS_LABELS.in_progress}” when reopened, not to “${CLAIM_STATUS_LABELS[status]}”.`,
    };
  }
  if (status === 'checked' && verdict === '') return { ok: false, message: 'Give the claim a verdict before marking it as given.' };
  return { ok: true, status };
}
