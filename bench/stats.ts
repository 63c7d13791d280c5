/** Medians and percentiles of timing samples, and a timer that warms up before it measures. */

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** The p-th percentile (nearest rank) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Runs `run` `warmUps` times untimed, then `runs` times timed; returns the median in milliseconds. */
export async function medianMs(run: () => unknown, runs: number, warmUps = 1): Promise<number> {
  for (let i = 0; i < warmUps; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
