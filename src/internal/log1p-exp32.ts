// log(1 + e^{−a}) for a ≥ 0 in one table step, for the Float32Array kernels of softplus and
// logSigmoid (their max(x, 0) + log1p(e^{−|x|}) forms): relative error below 2⁻³¹ before the
// final float32 rounding, also in the tail where the result is tiny.
//
// Method: a = m/16 + s with m = round(16a), |s| ≤ 1/32, and with T = e^{−m/16} from a table,
//   log1p(e^{−a}) = log1p(T) + log1p(w),  w = T/(1 + T)·(e^{−s} − 1),  |w| ≤ 1/64,
// so e^{−s} − 1 and log1p(w) each need only a degree-4 series: their truncation errors s⁵/120
// and w⁵/5 are below 2⁻³¹ of the result because σ = T/(1 + T) ≤ ½ and the result is ≥ T·e^{−s}
// (measured against Math.log1p(Math.exp(−a)) at 4e6 float32 points: 2⁻³¹·¹ at worst, near
// a = 1/32). Both terms are ≈ T for large a, so the tail keeps its relative accuracy.
//
// The table covers a ≤ 104 (1,665 points, 26 KB for the two tables), beyond which
// log1p(e^{−a}) < 2⁻¹⁵⁰ rounds to 0 in float32; larger a is clamped to 104 (giving 6.8e−46,
// which also rounds to 0), so there is no branch. Callers that scale the result up (softplus
// with β < 1) must treat a > 104 themselves. One table step is faster than e^{−a} followed by a
// table log1p, and the clamp than an early exit (docs/performance.md).

/** [f(e^{−m/16}), m = 0 … 1664]; pure, so a bundle without softplus or logSigmoid drops it. */
function tabulate(f: (t: number) => number): Float64Array {
  const table = new Float64Array(1665);
  for (let m = 0; m <= 1664; m++) table[m] = f(Math.exp(-m / 16));
  return table;
}
const log1pOfPoint = /* @__PURE__ */ tabulate((t) => Math.log1p(t));
const weightOfPoint = /* @__PURE__ */ tabulate((t) => t / (1 + t));

/**
 * log(1 + e^{−a}) for 0 ≤ a ≤ 104, and ≈ 6.8e−46 for larger a (unchecked: negative a reads
 * outside the table); NaN → NaN.
 */
export function log1pExpNeg32(a: number): number {
  return log1pExpNegInRange32(a > 104 ? 104 : a);
}

/** log1pExpNeg32 without the clamp, for 0 ≤ a ≤ 104 only (the caller has tested it). */
export function log1pExpNegInRange32(a: number): number {
  const m = (a * 16 + 0.5) | 0;
  const s = a - m * 0.0625; // exact (Sterbenz) where m > 0; s = a where m = 0
  const w = weightOfPoint[m] * (-s * (1 - s * (0.5 - s * (1 / 6 - s * (1 / 24)))));
  return log1pOfPoint[m] + w * (1 - w * (0.5 - w * (1 / 3 - w * 0.25)));
}
