import { fastExp32 } from './fast-exp32.js';
import { clampInfinities, clampNegInfinity } from './float32.js';
import { rootSeries } from './near-root.js';
import { SILU_SLOPE_ROOT, nearSiluSlopeRoot } from './root-series.js';

// Float32Array kernels: x/(1 + e^{−x}) and (1 + e^{−x} + x·e^{−x})/(1 + e^{−x})² with the table
// exponential (argument clamped to ±400; where (1 + e)² overflows, for x < −355, the quotient
// is the correct −0). Clamping x itself to the float32 range turns ±Infinity into finite values
// whose results round to the limits (−0, 1) instead of forming ∞/∞ or ∞·0. No branch.
export function silu32(x: number): number {
  return clampNegInfinity(x) / (1 + fastExp32(-x));
}

/** Within 1/32 of silu′'s zero (x ≈ −1.2785), where the closed form cancels, the root series. */
export function siluSlope32(x: number): number {
  return nearSiluSlopeRoot(x) ? rootSeries(SILU_SLOPE_ROOT, x) : siluSlopeFar32(x);
}

/** siluSlope32's closed form alone, for kernels that have tested x against the root themselves. */
export function siluSlopeFar32(x: number): number {
  const v = clampInfinities(x);
  const e = fastExp32(-v);
  const d = 1 + e;
  return (d + v * e) / (d * d);
}
