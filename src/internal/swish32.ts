// swish(x, β) = x·σ(βx) and its derivative silu′(βx): the float64 cores of src/activations/swish
// (unchecked) and the float32 element kernels built on them, shared with swiglu's kernels.
import { expDD, productDD, productError, sumError } from './dd.js';
import { EXP_SUBNORMAL, expProductDD, expTimes } from './exp.js';
import { fastExp32 } from './fast-exp32.js';
import { logistic } from './logistic.js';

/** The zero r of silu′(y) = σ(y)·g(y)/(1 + eʸ), g(y) = 1 + y + eʸ, as r_hi + r_lo; and eʳ = −(1 + r). */
const ROOT_HI = -1.2784645427610737;
const ROOT_LO = -1.0946994183093437e-16;
const EXP_ROOT = 0.2784645427610738;
const EXP_ROOT_LO = -1.5523606315812836e-18; // eʳ − EXP_ROOT
const ROOT_RADIUS = 0.25;

/**
 * The exact error of y = beta·x where σ(y) is sensitive to it (y < 0: σ's condition number is
 * about |y|, and g(y) cancels near the root); 0 for beta = 1, where y = x is exact.
 */
export function betaError(beta: number, x: number, y: number): number {
  return beta !== 1 && y < 0 && y > -1500 ? productError(beta, x, y) : 0;
}

/** x·σ(y + yLo), y = beta·x; the signed-zero limit where y = −∞; x·e^{y} via expTimes where e^{y} is subnormal. */
export function swishValue(x: number, y: number, yLo: number): number {
  if (y < EXP_SUBNORMAL) return y === -Infinity ? (x > 0 ? 0 : -0) : expTimes(x * (1 + yLo), y);
  if (y < 0) {
    const e = expDD(y, yLo);
    return x * (e / (1 + e));
  }
  return x * logistic(y);
}

/**
 * silu′(y + yLo) = σ(y)(1 + y·σ(−y)). For y < 0 it is e·g/(1 + e)² with e = eʸ and
 * g = 1 + y + e, which cancels only near the root r; there, with d = y − r (as a double-double
 * difference), g = d + eʳ·expm1(d) exactly (since 1 + r + eʳ = 0), a sum of two terms of one sign.
 * For y ≥ 0 it is r(1 + y·e·r) with e = e^{−y}, r = 1/(1 + e): all terms positive.
 */
export function swishSlope(y: number, yLo: number): number {
  if (y - y !== 0) return y === Infinity ? 1 : y === -Infinity ? -0 : y;
  if (y < EXP_SUBNORMAL) return expTimes((1 + y) * (1 + yLo), y); // e·(1 + y), 1 + e = 1
  if (y < 0) {
    // e·g/(1 + e)² with the rounding errors of 1 + e, its square, g and e·g carried to first
    // order (sumError / productError), so that only e, the quotient and the correction round.
    const e = expDD(y, yLo);
    const t = 1 + e;
    const tt = t * t;
    const ttLo = productError(t, t, tt) + 2 * t * sumError(1, e, t);
    const d = y - ROOT_HI - ROOT_LO + yLo;
    let g: number;
    let gLo: number;
    if (d > -ROOT_RADIUS && d < ROOT_RADIUS) {
      g = d + EXP_ROOT * Math.expm1(d);
      gLo = 0;
    } else {
      const a = 1 + y;
      g = a + e;
      gLo = sumError(a, e, g) + sumError(1, y, a) + yLo;
    }
    const n = e * g;
    const q = n / tt;
    return q + q * ((productError(e, g, n) + e * gLo) / n - ttLo / tt);
  }
  const e = Math.exp(-y);
  const r = 1 / (1 + e);
  return r * (1 + y * e * r);
}

/** The low part of the last slopeRight result (scratch, so no pair is allocated). */
let slopeLo = 0;

/**
 * silu′(y) for 0 ≤ y < ∞ as a double-double (high part returned, low part in slopeLo): r + y·e·r²
 * with r = 1/(1 + e) carried to first order (the roundings of 1 + e and of the quotient); the
 * small term y·e·r² (at most a fifth of the sum) and e^{−y} (to which the sum is insensitive)
 * keep their plain roundings.
 */
function slopeRight(y: number): number {
  const e = Math.exp(-y);
  const t = 1 + e;
  const r = 1 / t;
  const rt = r * t;
  const s = y * e * r * r;
  const hi = r + s;
  slopeLo = sumError(r, s, hi) + (1 - rt - productError(r, t, rt) - r * sumError(1, e, t)) / t;
  return hi;
}

/**
 * m·silu′(y + yLo) for EXP_SUBNORMAL ≤ y < 0, rounded once: swishSlope's e·g/(1 + e)² with e = eʸ
 * and its low part e·yLo, the root form's d = y − r and the constant eʳ in double-double, the
 * product e·g and the quotient's remainder carried, so that only Math.exp's error (< 1 ulp) and,
 * near the root, expm1's in the smaller term of g remain before the product with m.
 */
function slopeLeftTimes(m: number, y: number, yLo: number, mLo: number): number {
  const e = Math.exp(y);
  const eLo = e * yLo;
  const t = 1 + e;
  const tLo = sumError(1, e, t) + eLo;
  const tt = t * t;
  const ttLo = productError(t, t, tt) + 2 * t * tLo;
  const dh = y - ROOT_HI; // exact within the root form's radius (Sterbenz)
  let g: number;
  let gLo: number;
  if (dh > -ROOT_RADIUS && dh < ROOT_RADIUS) {
    const dl = yLo - ROOT_LO;
    const d = dh + dl;
    const em = Math.expm1(d);
    const c = EXP_ROOT * em;
    g = d + c;
    gLo = sumError(d, c, g) + productError(EXP_ROOT, em, c) + EXP_ROOT_LO * em + sumError(dh, dl, d) * (1 + EXP_ROOT * (1 + em));
  } else {
    const a = 1 + y;
    g = a + e;
    gLo = sumError(a, e, g) + sumError(1, y, a) + yLo + eLo;
  }
  const n = e * g;
  const nLo = productError(e, g, n) + e * gLo + eLo * g;
  const q = n / tt;
  const qt = q * tt;
  return productDD(m, q, (n - qt - productError(q, tt, qt) + nLo - q * ttLo) / tt, mLo);
}

/**
 * (m + mLo)·silu′(y + yLo) rounded once (swiglu's ∂/∂b with mLo = 0; swigluOss's, whose factor
 * l + 1 carries its rounding error mLo). Where eʸ is subnormal, silu′ = eʸ(1 + y) to the last
 * bit (1 + e = 1) and is still normal down to y ≈ −714.5; below −796 (where the product
 * underflows) and at the limits (silu′ = 1 at +∞, m being the rounded m + mLo), the plain product.
 */
export function swishSlopeTimes(m: number, y: number, yLo: number, mLo = 0): number {
  if (y >= 0 && y < Infinity) return productDD(m, slopeRight(y), slopeLo, mLo);
  if (y < 0 && y >= EXP_SUBNORMAL) return slopeLeftTimes(m, y, yLo, mLo);
  if (y < EXP_SUBNORMAL && y >= -796) {
    const a = 1 + y;
    return expProductDD(m, a, sumError(1, y, a) + yLo, y, yLo, mLo);
  }
  return m * swishSlope(y, yLo);
}

// Float32Array kernels: x/(1 + e^{−βx}) and (1 + e + y·e)/(1 + e)² with e = e^{−y}, y = βx,
// from the table exponential (argument clamped to ±400: the quotients then round to the float32
// limits). ±Infinity and NaN inputs (a well-predicted branch) take the scalar path, which knows
// the limits for every sign of beta; y is clamped to ±500 so that y·e cannot overflow. Within
// 1/32 of the root of silu′, where the closed form cancels, the scalar root form (with the
// rounding error of βx) is used.
export function swish32(x: number, beta: number): number {
  if (x - x !== 0) return swishValue(x, beta * x, 0);
  return x / (1 + fastExp32(-beta * x));
}

export function swishSlope32(x: number, beta: number): number {
  const p = beta * x;
  const y = p < -500 ? -500 : p > 500 ? 500 : p;
  const d = y - ROOT_HI;
  if (Math.abs(d) < 1 / 32) return swishSlope(y, betaError(beta, x, y)); // one compare: see internal/root-series.ts
  const e = fastExp32(-y);
  const t = 1 + e;
  return (t + y * e) / (t * t);
}

/** True where swishSlope32 takes the root form (βx within 1/32 of the root; NaN: false). */
export function nearSwishSlopeRoot32(x: number, beta: number): boolean {
  return Math.abs(beta * x - -1.2784645427610737) < 0.03125;
}

/** swishSlope32's closed form alone, for loops that have tested x with nearSwishSlopeRoot32. */
export function swishSlopeFar32(x: number, beta: number): number {
  const p = beta * x;
  const y = p < -500 ? -500 : p > 500 ? 500 : p;
  const e = fastExp32(-y);
  const t = 1 + e;
  return (t + y * e) / (t * t);
}
