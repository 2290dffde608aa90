// Branch-free clamps for the Float32Array kernels of relu6, hardTanh, hardSigmoid, hardSwish and
// shiftedRelu. A data-dependent `x < lo ? lo : x` mispredicts on inputs on both sides of a bound
// (docs/performance.md has the measurement).
//
// A selection s·((s·a)·(1 − h) + (s·b)·h) with h ∈ {0, 1} is a for h = 0 and b for h = 1,
// exactly, signed zeros included, when the sign s is chosen per bound: x + (−0) keeps the sign
// of x, so the unused term must be −0 (s = 1 for a bound < 0 or +0; s = −1 for a bound > 0).
// Callers pass bounds without −0 (a zero bound is +0).

/**
 * lo for x ≤ lo, hi for x ≥ hi, x strictly between; NaN for NaN; ±Infinity to the bounds.
 * `sHi` must be −1 when hi > 0 and 1 otherwise; lo ≤ hi; neither bound is −0.
 */
export function clampBetween(x: number, lo: number, hi: number, sHi: number): number {
  const v = x < -Number.MAX_VALUE ? -Number.MAX_VALUE : x > Number.MAX_VALUE ? Number.MAX_VALUE : x;
  const l = +(v <= lo);
  const a = v * (1 - l) + lo * l;
  const h = +(a >= hi);
  return sHi * (sHi * a * (1 - h) + sHi * hi * h);
}

/** lo for x ≤ lo, x above (max(x, lo) with the bound at the kink); NaN for NaN; lo is not −0. */
export function clampBelow(x: number, lo: number): number {
  const v = x < -Number.MAX_VALUE ? -Number.MAX_VALUE : x;
  const l = +(v <= lo);
  return v * (1 - l) + lo * l;
}

/** The sign argument of {@link clampBetween} for an upper bound hi. */
export function upperSign(hi: number): number {
  return hi > 0 ? -1 : 1;
}
