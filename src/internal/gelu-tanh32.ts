import { fastExp32, fastExpInRange32 } from './fast-exp32.js';
import { clampNegInfinity } from './float32.js';
import { GELU_TANH_SLOPE_ROOT, nearGeluTanhSlopeRoot, rootSeries } from './root-series.js';

// Float32Array kernels, branch-free: x/(1 + e^{−2u}) and ((1 + e) + x·e·2u′)/(1 + e)² with the
// table exponential (clamped at ±400: where (1 + e)² overflows the quotient is the correct −0).
// The forward forms 2u from x itself: x³ ≤ 4e115 cannot overflow for a float32 x, and ±∞ make
// 2u = ±∞, which the exponential's clamp turns into e^{∓400} (one clamp fewer than the
// derivative's ±50); its leading factor x is clamped to the
// float32 range so −Infinity gives −0, not −∞/∞. The derivative, where x·e·(…) must not
// meet ∞·0, uses x clamped to ±50 (σ(2u) is 0 or 1 to float64 precision long before).
function clamp50(x: number): number {
  return x < -50 ? -50 : x > 50 ? 50 : x;
}

// The kernels write C and K as literals (see internal/fast-exp.ts on bundlers and `const`).
export function geluTanh32(x: number): number {
  return clampNegInfinity(x) / (1 + fastExp32(-1.5957691216057308 * x * (1 + 0.044715 * x * x)));
}

/** Within 1/32 of the derivative's zero (x ≈ −0.7525), where the closed form cancels, the root series. */
export function geluTanhSlope32(x: number): number {
  if (nearGeluTanhSlopeRoot(x)) return rootSeries(GELU_TANH_SLOPE_ROOT, x);
  const c = clamp50(x);
  const e = fastExp32(-1.5957691216057308 * c * (1 + 0.044715 * c * c));
  const d = 1 + e;
  return (d + c * e * 1.5957691216057308 * (1 + 0.134145 * c * c)) / (d * d);
}

/**
 * geluTanh32 and geluTanhSlope32's closed form unclamped, for |x| < 16 (|2u| < 320) away from
 * the root: kernels that test a pair once for both (see internal/fast-exp32.ts).
 */
export function geluTanhInRange32(x: number): number {
  return x / (1 + fastExpInRange32(-1.5957691216057308 * x * (1 + 0.044715 * x * x)));
}

export function geluTanhSlopeInRange32(x: number): number {
  const e = fastExpInRange32(-1.5957691216057308 * x * (1 + 0.044715 * x * x));
  const d = 1 + e;
  return (d + x * e * 1.5957691216057308 * (1 + 0.134145 * x * x)) / (d * d);
}
