/**
 * How many inputs each fuzz property tries: a default that keeps `npm test` quick on a 2-core machine,
 * multiplied by FUZZ_RUNS (e.g. FUZZ_RUNS=20 for a twenty times longer hunt).
 */
export function fuzzRuns(defaultRuns: number): number {
  const factor = Number(process.env.FUZZ_RUNS ?? '1');
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/**
 * The seed every fuzz property starts from: fixed, so `npm test` is the same run every time and a failure can be
 * replayed; FUZZ_SEED=random (or a number) explores further. fast-check prints the seed of any failure.
 */
export function fuzzSeed(): number {
  const wanted = process.env.FUZZ_SEED;
  if (wanted === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(wanted ?? '20261126');
  return Number.isInteger(seed) ? seed : 20261126;
}
