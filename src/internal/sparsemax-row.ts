// The threshold of sparsemax (Martins & Astudillo 2016), the Euclidean projection of a row z
// onto the probability simplex: y_i = max(z_i − τ, 0) with τ chosen so that Σ y = 1. Over the
// entries sorted in decreasing order z_(1) ≥ z_(2) ≥ …, the support is the longest prefix with
// 1 + k·z_(k) > Σ_{j≤k} z_(j) (the test fails for good once it fails), and τ = (Σ_{j≤K} z_(j) − 1)/K.
//
// Only entries above z_max − 1 can be in the support (the max's own y is at most 1, so τ ≥ z_max − 1):
// one linear pass keeps those candidates, on logits of long rows a handful.
//
// The support is then found without sorting, by Michelot's elimination over the candidates (a few
// passes; bench/sparsemax.ts measured it against sorting). Sums and τ are carried in double-double
// (two-sums, an exact remainder), and so is each test z_i > τ: a y_i = z_i − τ that cancels keeps
// its digits, and the support is the exact one unless a z_i lies within about 2⁻¹⁰⁰·|S| of τ,
// where either decision moves τ by that much at most (at z_i = τ its y is 0 either way).
import { productError, sumError } from './dd.js';

/** Guard for the candidate filter: z_max − 1 is rounded, so entries within this relative margin below it are kept too. */
const FILTER_MARGIN = 2 ** -50;

/**
 * Threshold of one row z[0, n) of float64 values: writes τ as tau[0] + tau[1] and returns the
 * support size K ≥ 1, or 0 when the row has no sparsemax (a NaN or +Infinity entry, no finite
 * entry, or n = 0). −Infinity entries are never in the support. `scratch` holds at least n values.
 */
export function sparsemaxThreshold(z: Float64Array, n: number, scratch: Float64Array, tau: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = z[i];
    if (v > m) m = v;
    else if (v !== v) return 0;
  }
  if (!(m - m === 0)) return 0;
  const bound = m - 1 - Math.abs(m - 1) * FILTER_MARGIN;
  let c = 0;
  for (let i = 0; i < n; i++) if (z[i] > bound) scratch[c++] = z[i];
  return thresholdByElimination(scratch, c, tau);
}

/**
 * τ (into tau[0] + tau[1]) and the support size from the c ≥ 1 finite candidates in scratch[0, c),
 * a superset of the support, by Michelot's elimination (1986): τ_T = (Σ_T z − 1)/|T| of a superset
 * T of the support S is at most the true τ (the entries of T \ S are ≤ τ), so every entry ≤ τ_T
 * is outside S and can go; repeat until none goes, and then T = S (each kept entry is above τ_T,
 * each dropped one below an earlier, smaller τ). scratch is reordered.
 */
export function thresholdByElimination(scratch: Float64Array, c: number, tau: Float64Array): number {
  for (;;) {
    let sHi = 0;
    let sLo = 0;
    for (let i = 0; i < c; i++) {
      const v = scratch[i];
      const t = sHi + v;
      sLo += sumError(sHi, v, t);
      sHi = t;
    }
    // τ = (S − 1)/c in double-double: h + hLo = S − 1, q = h/c, then the remainder h − q·c
    // (q·c's error recovered exactly) over c for the low word.
    const h = sHi - 1;
    const hLo = sumError(sHi, -1, h) + sLo;
    const q = h / c;
    const qc = q * c;
    const lo = (h - qc - productError(q, c, qc) + hLo) / c;
    let kept = 0;
    for (let i = 0; i < c; i++) {
      const v = scratch[i];
      const d = v - q;
      if (d + (sumError(v, -q, d) - lo) > 0) scratch[kept++] = v;
    }
    if (kept === c || kept === 0) {
      tau[0] = q;
      tau[1] = lo;
      return c;
    }
    c = kept;
  }
}

/** max(z − τ, 0) for τ = tauHi + tauLo, with z − tauHi's rounding error kept; +0 off the support. */
export function sparsemaxEntry(z: number, tauHi: number, tauLo: number): number {
  const d = z - tauHi;
  const y = d + (sumError(z, -tauHi, d) - tauLo);
  return y > 0 ? y : 0;
}

/**
 * The mean of dy over the support {i : y_i > 0} of a row (start, stride, n entries) as mean[0] +
 * mean[1], from a compensated sum; returns the support size (0 if y has no positive entry).
 * A NaN in y or dy makes mean[0] NaN.
 */
export function supportMean(
  dy: ArrayLike<number>,
  y: ArrayLike<number>,
  start: number,
  stride: number,
  n: number,
  mean: Float64Array,
): number {
  let sHi = 0;
  let sLo = 0;
  let k = 0;
  let nan = false;
  for (let j = 0, i = start; j < n; j++, i += stride) {
    const w = y[i];
    if (w > 0) {
      const g = dy[i];
      const t = sHi + g;
      sLo += sumError(sHi, g, t);
      sHi = t;
      k++;
    } else if (w !== w) nan = true;
  }
  if (nan || !(sHi - sHi === 0)) {
    mean[0] = nan ? NaN : sHi / k;
    mean[1] = 0;
    return k;
  }
  const q = k === 0 ? 0 : sHi / k;
  const qk = q * k;
  mean[0] = q;
  mean[1] = k === 0 ? 0 : (sHi - qk - productError(q, k, qk) + sLo) / k;
  return k;
}

/** dy_i − (mean[0] + mean[1]) on the support (y_i > 0), +0 off it, NaN for NaN. */
export function supportGradient(dy: number, y: number, meanHi: number, meanLo: number): number {
  if (!(y > 0)) return y === y && meanHi === meanHi ? 0 : NaN;
  const d = dy - meanHi;
  const e = sumError(dy, -meanHi, d);
  return e - e === 0 ? d + (e - meanLo) : d;
}
