// One timing primitive for every figure in RESULTS.md, built on mitata's `measure`.
//
// Why mitata (rather than tinybench or vitest bench): `measure` is a plain function that returns
// statistics, so the harness keeps full control (child processes, ordering, baselines) and stays
// out of vitest; it warms the JIT up, batches calls that are too short to time individually
// (and we size the batches so that one sample lasts ~1 ms), runs until both a minimum sample
// count and a minimum CPU time are reached, trims outliers and reports percentiles. We report the
// median (p50), which a noisy neighbour on a shared 2-core machine shifts far less than the mean.
import { measure } from 'mitata';
import type { Stat, WorkerConfig } from './types.js';

export type Timing = Pick<WorkerConfig, 'minCpuTimeMs' | 'minSamples' | 'warmupMs' | 'sampleTargetMs'>;

const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';

/** ns per call of `fn`: explicit warm-up (so the code is optimised before sampling), then mitata. */
export async function time(fn: () => void, t: Timing): Promise<Stat> {
  // Warm-up: at least 2 calls and warmupMs. The fastest single call sizes the batches (an
  // underestimate for tiny calls, where the timer dominates, which only caps them at 4096).
  const w0 = performance.now();
  let calls = 0;
  let fastestMs = Infinity;
  while (calls < 2 || performance.now() - w0 < t.warmupMs) {
    const c0 = performance.now();
    fn();
    fastestMs = Math.min(fastestMs, performance.now() - c0);
    calls++;
  }
  const perCallNs = Math.max(fastestMs * 1e6, 1);
  const perSample = Math.floor((t.sampleTargetMs * 1e6) / perCallNs / 4) * 4;
  const stats = await measure(fn, {
    min_cpu_time: t.minCpuTimeMs * 1e6,
    min_samples: t.minSamples,
    batch_samples: Math.min(4096, Math.max(4, perSample)),
    batch_unroll: 4,
    // mitata collects garbage once before sampling; without --expose-gc (the parent passes it)
    // its fallback allocates 1 GiB instead, so then we skip it.
    ...(hasGc ? {} : { gc: false }),
  });
  return { p25: stats.p25, p50: stats.p50, p75: stats.p75, samples: stats.samples.length };
}
