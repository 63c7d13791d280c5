/**
 * How many inputs each fuzz property tries: a default that keeps `npm test` quick on a 2-core machine,
 * multiplied by FUZZ_RUNS (e.g. FUZZ_RUNS=20 for a twenty times longer hunt).
 */
export function fuzzRuns(defaultRuns: number): number {
  const factor = Number(process.env.FUZZ_RUNS ?? '1');
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
