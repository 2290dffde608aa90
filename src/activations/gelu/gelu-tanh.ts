/**
 * GELU, tanh approximation (Hendrycks & Gimpel 2016): the form of GPT-2 and the default of JAX's `gelu` and Keras's `ops.gelu`; pick it when a checkpoint was trained with it. The exact form is {@link gelu!gelu | gelu} (`rectified/gelu`).
 *
 * ![geluTanh and geluTanh′, −4 ≤ x ≤ 4](../../../docs/plots/gelu-tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * geluTanh(x) = ½x(1 + tanh u) = x·σ(2u),  u = √(2/π)(x + 0.044715x³)
 * geluTanh′(x) = σ(2u) + x·σ(2u)(1 − σ(2u))·2u′,  2u′ = 2√(2/π)(1 + 3·0.044715x²)
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; geluTanh(±0) = ±0; geluTanh(−∞) = −0; geluTanh(+∞) = +∞; computed as x·σ(2u), so the negative tail keeps its digits where ½x(1 + tanh u) cancels to −0. geluTanh′(±0) = 0.5.
 *
 * **Derivative at the kink**: none (smooth); geluTanh′ crosses 0 at x ≈ −0.7525 (the minimum, ≈ −0.170).
 *
 * Five forms: `geluTanh(x)`, `geluTanhDerivative(x)`, `geluTanhF32(out, x)`, `geluTanhDerivativeF32(out, x)` and `geluTanhBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/geluTanh` (or its alias `rectified/gelu-tanh`) or `rectified`.
 *
 * @module geluTanh
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { expDD, productError, sumError } from '../../internal/dd.js';
import { EXP_SUBNORMAL, expTimes } from '../../internal/exp.js';
import { geluTanh32, geluTanhInRange32, geluTanhSlope32, geluTanhSlopeInRange32 } from '../../internal/gelu-tanh32.js';
import { assertInput } from '../../internal/params.js';
import { nearGeluTanhSlopeRoot } from '../../internal/root-series.js';
import { GELU_TANH_SLOPE_ROOT64, nearGeluTanhSlopeRoot64, rootSeries64 } from '../../internal/root-series64.js';

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
function geluTanhExact(x: number, derivative: boolean): number {
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

/**
 * The derivative for −30 ≤ x < −0.6 from e = e^{2u}: e·(1 + A + e)/(1 + e)², A = x·2u′ =
 * C·x·(1 + 3Kx²). 1 + A cancels (A ≈ −1.6 at x = −1.5, where the product form lost ~7 ulp), so
 * A, 1 + A + e and (1 + e)² are carried in double-double and only e, the product and the
 * quotient round.
 */
function geluTanhSlopeLeft(x: number, e: number): number {
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
  const bLo = sumError(1, a, b) + aLo;
  const n = b + e;
  const g = n + (sumError(b, e, n) + bLo);
  const t = 1 + e;
  const tt = t * t;
  const ttLo = productError(t, t, tt) + 2 * t * sumError(1, e, t);
  const m = e * g;
  const r = m / tt;
  return r + r * (productError(e, g, m) / m - ttLo / tt);
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
 * GELU, tanh approximation: ½x(1 + tanh(√(2/π)(x + 0.044715x³))), computed as x·σ(2u).
 *
 * PyTorch's `gelu(approximate='tanh')`, JAX's default `gelu`, Keras `ops.gelu`'s default and
 * TF.js's `gelu_new`. The left tail is exact (the exponent is carried in double-double),
 * where ½x(1 + tanh u) cancels to −0 from x ≈ −9.
 *
 * @param x - input
 * @returns the activation; NaN for NaN; ±0 for ±0; −0 below about −21.4 and at −Infinity; x above 30
 *   (where σ(2u) = 1 in float64) and +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * geluTanh(1) //=> 0.8411919906082768
 * @category Smooth gates
 */
export function geluTanh(x: number): number {
  assertInput(x);
  return geluTanhExact(x, false);
}

/**
 * Derivative of {@link geluTanh}: σ(2u) + x·σ(2u)·σ(−2u)·2√(2/π)(1 + 0.134145x²). It crosses 0
 * at x ≈ −0.75246, where the closed form cancels: within 0.75 of that zero a series about it
 * (internal/root-series64.ts) keeps full relative accuracy, the zero's neighbours included.
 *
 * @param x - input
 * @returns the derivative; NaN for NaN; 0.5 for ±0; −0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * geluTanhDerivative(0) //=> 0.5
 * @category Smooth gates
 */
export function geluTanhDerivative(x: number): number {
  assertInput(x);
  if (nearGeluTanhSlopeRoot64(x)) return rootSeries64(GELU_TANH_SLOPE_ROOT64, x);
  return geluTanhExact(x, true);
}

/**
 * Elementwise {@link geluTanh} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluTanhF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [0, 0.8411920070648193]
 * @category Smooth gates
 */
export function geluTanhF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // two elements per iteration: see internal/fast-exp32.ts
    for (; i < n - 1; i += 2) {
      // one range test per pair, as in sigmoid
      const a = src[i],
        b = src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 16)) break;
      out[i] = geluTanhInRange32(a);
      out[i + 1] = geluTanhInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = geluTanh32(src[i]);
  }
  if (i < n) out[i] = geluTanh32(src[i]);
  return out;
}

/**
 * Elementwise {@link geluTanhDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluTanhDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Smooth gates
 */
export function geluTanhDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // a pair near the root leaves the inner loop for the root series (see silu)
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 16) | +nearGeluTanhSlopeRoot(a) | +nearGeluTanhSlopeRoot(b)) break;
      out[i] = geluTanhSlopeInRange32(a);
      out[i + 1] = geluTanhSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = geluTanhSlope32(src[i]);
  }
  if (i < n) out[i] = geluTanhSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link geluTanh}: dx[i] = dy[i]·geluTanh′(x[i]); returns `dx`. `dx`
 * may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluTanhBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(0)) //=> Float32Array [1]
 * @category Smooth gates
 */
export function geluTanhBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // a pair near the root leaves the inner loop for the root series (see silu)
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 16) | +nearGeluTanhSlopeRoot(a) | +nearGeluTanhSlopeRoot(b)) break;
      dx[i] = g[i] * geluTanhSlopeInRange32(a);
      dx[i + 1] = g[i + 1] * geluTanhSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * geluTanhSlope32(src[i]);
  }
  if (i < n) dx[i] = g[i] * geluTanhSlope32(src[i]);
  return dx;
}
