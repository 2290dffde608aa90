// geluTanh's float64 core (the scalars of src/activations/gelu/gelu-tanh.ts, unchecked) and
// a·geluTanh′(x) rounded once for gegluTanh's ∂/∂b.
import { expDD, productDD, productError, sumError } from './dd.js';
import { EXP_SUBNORMAL, expProductDD, expTimes } from './exp.js';
import { GELU_TANH_SLOPE_ROOT64, nearGeluTanhSlopeRoot64, rootSeries64 } from './root-series64.js';

// geluTanh(x) = ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³) (Hendrycks & Gimpel).
// The σ form has no cancellation; σ(2u) needs only e = e^{−|2u|} ≤ 1.
const C = 1.5957691216057308; // 2√(2/π), correctly rounded
const C_LO = -9.96930880911092e-17; // 2√(2/π) − C
const K = 0.044715;
const K_LO = 2.1960211427085595e-18; // 0.044715 − K (the decimal constant is not a binary fraction)

/** e^{−|2u|} in plain double arithmetic: exact enough where σ(2u) is insensitive to it (x ≥ −0.6). */
function gate(x: number): number {
  return Math.exp(-Math.abs(C * x * (1 + K * x * x)));
}

/** The low part of the last {@link twoUExact} result (scratch, so no pair is allocated). */
let twoULo = 0;
/** The low part of the last slopeRight result (likewise). */
let slopeLo = 0;

/**
 * 2u = C·x·(1 + K·x²) in double-double (high part returned, low part in twoULo). In the left
 * tail σ(2u) ≈ e^{2u} has a relative error |2u| times the absolute error of 2u, and 2u reaches
 * −745 (at x ≈ −21.4), so the three roundings of the plain form would cost up to ~1000 ulp.
 */
function twoUExact(x: number): number {
  const q = x * x;
  const qLo = productError(x, x, q);
  const kq = K * q;
  const kqLo = productError(K, q, kq) + K * qLo + K_LO * q;
  const s = 1 + kq;
  const sLo = sumError(1, kq, s) + kqLo;
  const w = x * s;
  const wLo = productError(x, s, w) + x * sLo;
  const t = C * w;
  twoULo = productError(C, w, t) + C * wLo + C_LO * w;
  return t;
}

/**
 * The float64 scalar value (or derivative) with 2u exact. Only x in [−30, −0.6) needs it: for
 * x ≥ −0.6 (|2u| < 1, or x > 0 where σ(2u) ≥ ½) the plain form is exact enough. Where e^{2u} is
 * subnormal, σ(2u) = e^{2u} and σ(−2u) = 1 to the last bit, and the factor in front (x, or the
 * derivative's bracket ≈ −2000) is applied before the exponential rounds into the subnormals.
 */
export function geluTanhExact(x: number, derivative: boolean): number {
  if (!(x < -0.6 && x >= -30)) return derivative ? geluTanhSlope(x, gate(x)) : geluTanhValue(x, gate(x));
  const t = twoUExact(x);
  const lo = twoULo;
  if (t < EXP_SUBNORMAL) {
    const factor = derivative ? 1 + x * C * (1 + 3 * K * x * x) : x;
    return expTimes(factor * (1 + lo), t);
  }
  const e = expDD(t, lo);
  return derivative ? geluTanhSlopeLeft(x, e) : geluTanhValue(x, e);
}

/** x·σ(2u) from e = e^{−|2u|}; the limits x (for x > 30) and −0 (for x < −30) directly. */
function geluTanhValue(x: number, e: number): number {
  if (!(x >= -30 && x <= 30)) return x > 30 ? x : x < -30 ? -0 : x;
  return x >= 0 ? x / (1 + e) : (x * e) / (1 + e);
}

/** The low part of the last onePlusA result (scratch). */
let onePlusALo = 0;

/**
 * 1 + A, A = x·2u′ = C·x·(1 + 3Kx²), in double-double (high part returned, low part in
 * onePlusALo): it cancels for x < −0.6 (A ≈ −1.6 at x = −1.5, where the product form lost ~7 ulp).
 */
function onePlusA(x: number): number {
  const q = x * x;
  const k3 = 3 * K;
  const k3Lo = productError(3, K, k3) + 3 * K_LO;
  const kq = k3 * q;
  const kqLo = productError(k3, q, kq) + k3 * productError(x, x, q) + k3Lo * q;
  const p = 1 + kq;
  const pLo = sumError(1, kq, p) + kqLo;
  const cx = C * x;
  const cxLo = productError(C, x, cx) + C_LO * x;
  const a = cx * p;
  const aLo = productError(cx, p, a) + cx * pLo + cxLo * p;
  const b = 1 + a;
  onePlusALo = sumError(1, a, b) + aLo;
  return b;
}

/**
 * The derivative for −30 ≤ x < −0.6 from e = e^{2u}: e·(1 + A + e)/(1 + e)², with 1 + A,
 * 1 + A + e and (1 + e)² carried in double-double, so that only e, the product and the quotient
 * round.
 */
function geluTanhSlopeLeft(x: number, e: number): number {
  const b = onePlusA(x);
  const n = b + e;
  const g = n + (sumError(b, e, n) + onePlusALo);
  const t = 1 + e;
  const tt = t * t;
  const ttLo = productError(t, t, tt) + 2 * t * sumError(1, e, t);
  const m = e * g;
  const r = m / tt;
  return r + r * (productError(e, g, m) / m - ttLo / tt);
}

/**
 * m·geluTanhSlopeLeft rounded once, from 2u = t + tLo: e = e^{t} and its low part e·tLo, the
 * product e·g and the quotient's remainder are carried too, so that only Math.exp's error
 * (< 1 ulp) remains before the product with m.
 */
function slopeLeftTimes(m: number, x: number, t: number, tLo: number): number {
  const e = Math.exp(t);
  const eLo = e * tLo;
  const b = onePlusA(x);
  const g = b + e;
  const gLo = sumError(b, e, g) + onePlusALo + eLo;
  const s = 1 + e;
  const sLo = sumError(1, e, s) + eLo;
  const ss = s * s;
  const ssLo = productError(s, s, ss) + 2 * s * sLo;
  const n = e * g;
  const nLo = productError(e, g, n) + e * gLo + eLo * g;
  const r = n / ss;
  const rs = r * ss;
  return productDD(m, r, (n - rs - productError(r, ss, rs) + nLo - r * ssLo) / ss);
}

/**
 * σ(2u)·(1 + x·σ(−2u)·2u′), 2u′ = C(1 + 3Kx²): the product form keeps the sign of the far left
 * tail (−0) and needs no 1 − σ.
 */
function geluTanhSlope(x: number, e: number): number {
  if (!(x >= -30 && x <= 30)) return x > 30 ? 1 : x < -30 ? -0 : x;
  const r = 1 / (1 + e);
  const s = x >= 0 ? r : e * r;
  const sMinus = x >= 0 ? e * r : r;
  return s * (1 + x * sMinus * C * (1 + 3 * K * x * x));
}

/**
 * geluTanhSlope as a double-double for finite x ≥ −0.6 (high part returned, low part in
 * slopeLo): σ(2u) + σ(2u)σ(−2u)·A with σ(2u)σ(−2u) = e·r², r = 1/(1 + e), A = x·2u′ =
 * C·x·(1 + 3Kx²). The larger σ(±2u) (r) is carried to first order (the roundings of 1 + e and
 * of the quotient), the smaller one e·r with its product error; the second term (at most a
 * quarter of the sum) and e (to which the sum is insensitive there) keep their plain roundings.
 */
function slopeRight(x: number, e: number): number {
  const t = 1 + e;
  const r = 1 / t;
  const rt = r * t;
  const rLo = (1 - rt - productError(r, t, rt) - r * sumError(1, e, t)) / t;
  let s = r;
  let sLo = rLo;
  if (x < 0) {
    s = e * r;
    sLo = productError(e, r, s) + e * rLo;
  }
  const w = e * r * r * (C * x * (1 + 3 * K * x * x));
  const hi = s + w;
  slopeLo = sumError(s, w, hi) + sLo;
  return hi;
}

/**
 * m·geluTanh′(x) rounded once (gegluTanh's ∂/∂b): the derivative as a double-double times m
 * (productDD), so that its relative error is not doubled by a product at the top of a binade.
 * The root series (≤ 0.7 ulp) and the limits take the plain product.
 */
export function geluTanhSlopeTimes(m: number, x: number): number {
  if (nearGeluTanhSlopeRoot64(x)) return m * rootSeries64(GELU_TANH_SLOPE_ROOT64, x);
  if (!(x >= -30 && x <= 30)) return m * geluTanhExact(x, true);
  if (x >= -0.6) return productDD(m, slopeRight(x, gate(x)), slopeLo);
  const t = twoUExact(x);
  if (t < EXP_SUBNORMAL) {
    // geluTanh′ = e^{2u}(1 + A) to the last bit there (1 + e = 1), normal down to 2u ≈ −716
    if (t < -796) return m * geluTanhExact(x, true);
    const b = onePlusA(x);
    return expProductDD(m, b, onePlusALo, t, twoULo);
  }
  return slopeLeftTimes(m, x, t, twoULo);
}
