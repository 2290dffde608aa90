// The row loop of softmaxCrossEntropyF32: per row a pass for the max, a pass for the
// exponentials (kept in a float64 scratch row) and the loss's sums, and a pass writing the
// gradient from the stored exponentials. The loss is accumulated in float64 over rows, compensated.

import { type CheckedOptions, rowLoss } from './cross-entropy.js';
import { sumError } from './dd.js';
import { exp64 } from './fast-exp.js';

/** What the row loop needs besides the arrays: rows, row size, the options and the gradient's scale. */
export interface RowJob {
  rows: number;
  size: number;
  o: CheckedOptions;
  /** 1/D for the mean, 1 otherwise */
  scale: number;
  /** Σ w over the classes (C without weights), compensated */
  wSum: number;
}

/**
 * e^{x − m} with the rounding error of d = x − m applied (two-sum): float32 inputs whose
 * exponents differ by more than 29 make d inexact, and e^{d}'s relative error is |d| times d's.
 * exp64 (about 1.4 ulp, several times faster than Math.exp) down to −400, Math.exp below.
 */
function expDiff(x: number, m: number): number {
  const d = x - m;
  if (!(d > -746)) return 0;
  const e = d > -400 ? exp64(d) : Math.exp(d);
  return e + e * sumError(x, -m, d);
}

/**
 * Runs the rows; returns Σ of the row losses (compensated; a NaN or infinite row loss makes the
 * sum NaN or infinite). `labels` holds checked labels (−1: ignored) or is null for probability
 * targets `probs`. Writes `dl` (null: skipped) and o.losses.
 */
export function crossEntropyRows(
  dl: Float32Array | null,
  z: Float32Array,
  labels: Int32Array | null,
  probs: Float32Array | null,
  job: RowJob,
): number {
  const { rows, size, o, scale, wSum } = job;
  const { eps, weight, losses } = o;
  const plain = labels !== null && eps === 0 && weight === null;
  const e = new Float64Array(size);
  const keep = 1 - eps;
  const share = eps / size;
  let total = 0;
  let comp = 0;
  let special = 0;
  for (let r = 0, start = 0; r < rows; r++, start += size) {
    const y = labels === null ? -2 : labels[r];
    if (y === -1) {
      if (losses !== null) losses[r] = 0;
      if (dl !== null) dl.fill(0, start, start + size);
      continue;
    }
    let m = -Infinity;
    let k = -1;
    let nan = false;
    for (let i = 0; i < size; i++) {
      const v = z[start + i];
      if (v > m) {
        m = v;
        k = i;
      } else if (v !== v) nan = true;
    }
    let loss: number;
    if (nan || k < 0 || m === Infinity) {
      // no finite max: NaN as PyTorch (∞ − ∞, or log 0 − log 0 for a row of only −∞)
      loss = NaN;
      if (dl !== null) dl.fill(NaN, start, start + size);
    } else if (plain) {
      let s = 0;
      let c = 0;
      for (let i = 0; i < size; i++) {
        const t = i === k ? 1 : expDiff(z[start + i], m);
        e[i] = t;
        if (i === k) continue;
        const u = s + t;
        c += sumError(s, t, u);
        s = u;
      }
      const hi = s + c;
      loss = m - z[start + y] + Math.log1p(hi);
      if (dl !== null) {
        const inv = 1 / (1 + hi);
        const f = inv * scale;
        for (let i = 0; i < size; i++) dl[start + i] = e[i] * f;
        // p_y − 1 without cancellation: −s/(1 + s) at the max, and p_y ≤ ½ elsewhere
        dl[start + y] = y === k ? (hi === 0 ? underflowed(z, start, size, k) : -hi * f) : (e[y] * inv - 1) * scale;
      }
    } else {
      let s = 0;
      let c = 0;
      let su = 0;
      let suc = 0;
      let uu = 0;
      let uuc = 0;
      let urest = 0;
      let sw = 0;
      let swc = 0;
      for (let i = 0; i < size; i++) {
        const v = z[start + i];
        const gap = m - v;
        const t = i === k ? 1 : expDiff(v, m);
        e[i] = t;
        if (i !== k) {
          const q = s + t;
          c += sumError(s, t, q);
          s = q;
        }
        const wi = weight === null ? 1 : weight[i];
        if (probs !== null) {
          const ui = wi * probs[start + i];
          // a zero target weight takes no part, also against a −∞ logit (0·∞ would be NaN)
          if (ui !== 0) {
            const p = ui * gap;
            const q = su + p;
            suc += sumError(su, p, q);
            su = q;
          }
          const q = uu + ui;
          uuc += sumError(uu, ui, q);
          uu = q;
          if (i !== k) urest += ui;
        }
        if (eps !== 0 && wi !== 0) {
          const p = wi * gap;
          const q = sw + p;
          swc += sumError(sw, p, q);
          sw = q;
        }
      }
      const hi = s + c;
      let u: number;
      if (probs === null) {
        u = weight === null ? 1 : weight[y];
        su = u === 0 ? 0 : u * (m - z[start + y]);
        urest = y === k ? 0 : u;
      } else {
        su = finiteOr(su, suc);
        u = finiteOr(uu, uuc);
      }
      loss = rowLoss(eps, size, su, u, finiteOr(sw, swc), wSum, Math.log1p(hi), 0);
      if (dl !== null) {
        const inv = 1 / (1 + hi);
        const wk = weight === null ? 1 : weight[k];
        const A = keep * u + share * wSum;
        const aRest = keep * urest + share * (wSum - wk);
        for (let i = 0; i < size; i++) {
          const wi = weight === null ? 1 : weight[i];
          const ui = probs === null ? (i === y ? u : 0) : wi * probs[start + i];
          const a = keep * ui + share * wi;
          // at the max, A·p_k − a_k = (A − a_k − a_k·s)/(1 + s): no cancellation of p_k ≈ 1
          const g = i === k ? (aRest - a * hi) * inv : A * e[i] * inv - a;
          dl[start + i] = g === 0 && i === k && hi === 0 && a > 0 ? underflowed(z, start, size, k) : g * scale;
        }
      }
    }
    if (losses !== null) losses[r] = loss;
    if (loss - loss === 0) {
      const t = total + loss;
      comp += sumError(total, loss, t);
      total = t;
    } else special += loss;
  }
  return total + comp + special;
}

/**
 * The gradient −a_k·s/(1 + s) at the max when s rounded to 0: −0 if another logit is finite (s
 * is then a positive number below 2⁻¹⁰⁷⁴, so the exact gradient is a tiny negative one), else +0
 * (s = 0 exactly: every other logit is −∞ and the gradient is 0).
 */
function underflowed(z: Float32Array, start: number, size: number, k: number): number {
  for (let i = 0; i < size; i++) if (i !== k && z[start + i] !== -Infinity) return -0;
  return 0;
}

/** hi + lo, or hi alone where the compensation is not finite (an infinite term). */
function finiteOr(hi: number, lo: number): number {
  const t = hi + lo;
  return t - t === 0 ? t : hi;
}
