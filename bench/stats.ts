/** Medians and spread of repeated timings (these machines are noisy: compare ratios in one run). */
export interface Stats {
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
  runs: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  return {
    median: at(0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    p25: at(0.25),
    p75: at(0.75),
    runs: sorted.length,
  };
}

/** Times `fn` `runs` times after `warmup` untimed runs, in milliseconds. */
export async function time(fn: () => unknown, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
