import { fastExp32, fastExpInRange32 } from './fast-exp32.js';
import { clampInfinities, clampNegInfinity } from './float32.js';
import { nearSiluSlopeRoot, rootSeries, SILU_SLOPE_ROOT } from './root-series.js';

// Float32Array kernels: x/(1 + e^{−x}) and (1 + e^{−x} + x·e^{−x})/(1 + e^{−x})² with the table
// exponential (argument clamped to ±400; where (1 + e)² overflows, for x < −355, the quotient
// is the correct −0). Clamping x itself to the float32 range turns ±Infinity into finite values
// whose results round to the limits (−0, 1) instead of forming ∞/∞ or ∞·0. No branch.
export function silu32(x: number): number {
  return clampNegInfinity(x) / (1 + fastExp32(-x));
}

/** Within 1/32 of silu′'s zero (x ≈ −1.2785), where the closed form cancels, the root series. */
export function siluSlope32(x: number): number {
  if (nearSiluSlopeRoot(x)) return rootSeries(SILU_SLOPE_ROOT, x);
  const v = clampInfinities(x);
  const e = fastExp32(-v);
  const d = 1 + e;
  return (d + v * e) / (d * d);
}

/** silu32 unclamped, for |x| < 400 (kernels that test a pair once, see internal/fast-exp32.ts). */
export function siluInRange32(x: number): number {
  return x / (1 + fastExpInRange32(-x));
}

/**
 * siluSlope32's closed form alone, unclamped: for |x| < 400 away from the root (kernels that
 * test a pair once for both, see internal/fast-exp32.ts).
 */
export function siluSlopeInRange32(x: number): number {
  const e = fastExpInRange32(-x);
  const d = 1 + e;
  return (d + x * e) / (d * d);
}
