import { fastExp32, fastExpInRange32 } from './fast-exp32.js';
import { clampInfinities, clampNegInfinity } from './float32.js';
import { tailCoefficients } from './gaussian-tail-table.js';
import { GELU_SLOPE_ROOT, nearGeluSlopeRoot, rootSeries } from './root-series.js';

// Float32Array kernels, branch-free: Q(a) = ½erfc(a/√2) = e^{−a²/2}·R(a) for a = |x|, with R
// from the piecewise degree-7 table (scripts/generate-gaussian-table.mjs; relative error 2⁻³²)
// indexed by ⌊2a⌋ — clamped below 16, beyond which every result rounds to 0 or its limit — and
// the table exponential. Φ(x) = 1 − Q for x ≥ 0 and Q for x < 0, selected arithmetically.
// Constants are literals in these hot functions (see internal/fast-exp.ts on bundlers and
// `const`): 1/√(2π) = 0.3989422804014327 and the last table point 15.999999.

function upperTail32(a: number, e: number): number {
  const c = a < 15.999999 ? a : 15.999999;
  const j = (c * 2) | 0;
  const t = c - j * 0.5 - 0.25;
  const k = j * 8;
  const q = tailCoefficients;
  const t2 = t * t;
  return e * (q[k] + t * q[k + 1] + t2 * (q[k + 2] + t * q[k + 3]) + t2 * t2 * (q[k + 4] + t * q[k + 5] + t2 * (q[k + 6] + t * q[k + 7])));
}

/** upperTail32 without the clamp, for 0 ≤ a < 16 only (the caller has tested it). */
function upperTailInRange32(a: number, e: number): number {
  const j = (a * 2) | 0;
  const t = a - j * 0.5 - 0.25;
  const k = j * 8;
  const q = tailCoefficients;
  const t2 = t * t;
  return e * (q[k] + t * q[k + 1] + t2 * (q[k + 2] + t * q[k + 3]) + t2 * t2 * (q[k + 4] + t * q[k + 5] + t2 * (q[k + 6] + t * q[k + 7])));
}

/** gelu32 unclamped, for |x| < 16 (kernels that test a pair once, see internal/fast-exp32.ts). */
export function geluInRange32(x: number): number {
  const a = Math.abs(x);
  const h = +(x >= 0);
  return x * (h - (2 * h - 1) * upperTailInRange32(a, fastExpInRange32(-0.5 * a * a)));
}

export function gelu32(x: number): number {
  const a = Math.abs(x);
  const h = +(x >= 0);
  const phi = h - (2 * h - 1) * upperTail32(a, fastExp32(-0.5 * a * a));
  return clampNegInfinity(x) * phi;
}

/**
 * gelu′ for the Float32Array kernels (float32-grade, branch-free but for the root series).
 * Within 1/32 of the derivative's zero (x ≈ −0.7518), where Φ(x) + x·φ(x) cancels, the root
 * series takes over (a well-predicted branch: 0.4 % of [−8, 8]).
 */
export function geluSlope32(x: number): number {
  if (nearGeluSlopeRoot(x)) return rootSeries(GELU_SLOPE_ROOT, x);
  const a = Math.abs(x);
  const e = fastExp32(-0.5 * a * a);
  const h = +(x >= 0);
  const v = clampInfinities(x);
  return h - (2 * h - 1) * upperTail32(a, e) + v * e * 0.3989422804014327;
}

/** geluSlope32's closed form unclamped, for |x| < 16 away from the root (kernels that test x first). */
export function geluSlopeInRange32(x: number): number {
  const a = Math.abs(x);
  const e = fastExpInRange32(-0.5 * a * a);
  const h = +(x >= 0);
  return h - (2 * h - 1) * upperTailInRange32(a, e) + x * e * 0.3989422804014327;
}
