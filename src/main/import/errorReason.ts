/**
 * A short reason for an error we did not plan for, fit to end a sentence shown to the user:
 * the first sentence of its message, without trailing punctuation, at most 160 characters.
 */
export function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstSentence = (message.split('\n')[0] ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
  const reason = firstSentence.trim().replace(/[.!?:;,\s]+$/, '');
  if (!reason) return 'an unexpected error';
  return reason.length > 160 ? `${reason.slice(0, 157)}…` : reason;
}
