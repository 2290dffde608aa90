/**
 * Mish: a self-gated smooth activation, x·tanh(softplus(x)), used in YOLOv4-style detectors.
 *
 * ![mish and mish′, −4 ≤ x ≤ 4](../../../docs/plots/mish.svg)
 *
 * **Formula**
 *
 * ```text
 * mish(x) = x·tanh(ln(1 + eˣ)) = x·n/(n + 2), n = eˣ(eˣ + 2)
 * mish′(x) = tanh(sp(x)) + x·σ(x)·(1 − tanh²(sp(x))), sp = softplus
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; mish(±0) = ±0; mish(−∞) = −0 (PyTorch: NaN); mish(+∞) = +∞.
 *
 * **Derivative at the kink**: none (smooth); minimum mish(−1.1924…) ≈ −0.309.
 *
 * Five forms: `mish(x)`, `mishDerivative(x)`, `mishF32(out, x)`, `mishDerivativeF32(out, x)` and `mishBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/mish` or `rectified`.
 *
 * @module mish
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { EXP_SUBNORMAL, expTimes } from '../../internal/exp.js';
import { fastExpInRange32, fastExpLowClamp32 } from '../../internal/fast-exp32.js';
import { clampInfinities, clampNegInfinity } from '../../internal/float32.js';
import { assertInput } from '../../internal/params.js';
import { MISH_SLOPE_ROOT, nearMishSlopeRoot, rootSeries } from '../../internal/root-series.js';
import { MISH_SLOPE_ROOT64, nearMishSlopeRoot64, rootSeries64 } from '../../internal/root-series64.js';

// With e = eˣ and n = e(e + 2) = (1 + e)² − 1, tanh(softplus x) = n/(n + 2): one exponential,
// no log, no tanh. For x ≥ 0 the same ratio is written in t = e^{−x} ≤ 1,
// (1 + 2t)/(1 + 2t + 2t²), so nothing overflows however large x is.

/** x·tanh(softplus(x)), unchecked; −0 at −Infinity (the limit; −∞·0 would be NaN). */
function mishValue(x: number): number {
  if (x >= 0) {
    const t = Math.exp(-x);
    const p = 1 + 2 * t;
    return (x * p) / (p + 2 * t * t);
  }
  if (x < EXP_SUBNORMAL) return x === -Infinity ? -0 : expTimes(x, x); // n/(n + 2) = eˣ to the last bit
  const e = Math.exp(x);
  const n = e * (e + 2);
  return (x * n) / (n + 2);
}

/**
 * mish′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x). In the same variables,
 * sech²(sp)·σ(x) = 4e(1 + e)/(n + 2)² (x < 0) = 4t²(1 + t)/(1 + 2t + 2t²)² (x ≥ 0). For x < 0
 * the common factor e is pulled out, so the far left tail underflows to −0 (the true sign)
 * rather than to 0 + (−0) = +0; for x ≥ 0 the factor x is applied last, so that 4x cannot
 * overflow against t = 0.
 */
function mishSlope(x: number): number {
  if (x >= 0) {
    if (x === Infinity) return 1;
    const t = Math.exp(-x);
    const p = 1 + 2 * t;
    const d = p + 2 * t * t;
    return p / d + (x * (4 * t * t * (1 + t))) / (d * d);
  }
  if (x < EXP_SUBNORMAL) return x === -Infinity ? -0 : expTimes(1 + x, x); // = eˣ(1 + x) to the last bit
  // = e·N/(n + 2)² with N = (e + 2)(n + 2) + 4x(1 + e) = 4(1 + x) + e(6 + 4x + e(4 + e)) and
  // (n + 2)² = 4(1 + M(2 + M)), M = e(e + 2)/2: no cancellation of large terms in N (the factored
  // form cancelled by ~3× near x = −2) and only small terms next to 1 in the denominator.
  const e = Math.exp(x);
  const h = e * (e + 2) * 0.5;
  const num = 4 * (1 + x) + e * (6 + 4 * x + e * (4 + e));
  return (e * num * 0.25) / (1 + h * (2 + h));
}

// Float32Array kernels: the same n = e(e + 2) forms with the table exponential, no branch. The
// forward clamps x at 300 so that n = e(e + 2) stays finite; the derivative at 100 so that
// (n + 2)² stays finite too (mish′ is 1 to float64 precision long before). x itself is clamped
// to the float32 range so ±Infinity round to the limits instead of forming ∞·0.
function mish32(x: number): number {
  const e = fastExpLowClamp32(x > 300 ? 300 : x);
  const n = e * (e + 2);
  return (clampNegInfinity(x) * n) / (n + 2);
}

/** Within 1/32 of mish′'s zero (x ≈ −1.1924), where the closed form cancels, the root series. */
function mishSlope32(x: number): number {
  if (nearMishSlopeRoot(x)) return rootSeries(MISH_SLOPE_ROOT, x);
  const v = clampInfinities(x);
  const e = fastExpLowClamp32(v > 100 ? 100 : v);
  const m = e * (e + 2) + 2;
  return (e * ((e + 2) * m + 4 * v * (1 + e))) / (m * m);
}

// The same forms unclamped, for |x| < 100 (so eˣ and its powers stay finite) away from the
// root: the loops test a pair once for both (see internal/fast-exp32.ts).
function mishInRange32(x: number): number {
  const e = fastExpInRange32(x);
  const n = e * (e + 2);
  return (x * n) / (n + 2);
}

function mishSlopeInRange32(x: number): number {
  const e = fastExpInRange32(x);
  const m = e * (e + 2) + 2;
  return (e * ((e + 2) * m + 4 * x * (1 + e))) / (m * m);
}

/**
 * Mish (Misra 2019): mish(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ)).
 *
 * Evaluated from a single exponential as x·n/(n + 2) with n = eˣ(eˣ + 2), in the complementary
 * form for x ≥ 0, so it neither overflows (PyTorch's tanh(log1p(exp x)) relies on inf
 * arithmetic there) nor loses the left tail.
 *
 * @param x - input
 * @returns mish(x) ≥ −0.3088…; NaN for NaN; ±0 for ±0; −0 at −Infinity (PyTorch: NaN); +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * mish(1) //=> 0.8650983882673102
 * @category Smooth gates
 */
export function mish(x: number): number {
  assertInput(x);
  return mishValue(x);
}

/**
 * Derivative of {@link mish}: tanh(softplus x) + x·sech²(softplus x)·σ(x). It crosses 0 at
 * x ≈ −1.1924, where the closed form cancels: within 0.75 of that zero a series about it
 * (internal/root-series64.ts) keeps full relative accuracy, the zero's neighbours included.
 *
 * @param x - input
 * @returns mish′(x); NaN for NaN; 0.6 for ±0; −0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * mishDerivative(0) //=> 0.6
 * @category Smooth gates
 */
export function mishDerivative(x: number): number {
  assertInput(x);
  if (nearMishSlopeRoot64(x)) return rootSeries64(MISH_SLOPE_ROOT64, x);
  return mishSlope(x);
}

/**
 * Elementwise {@link mish} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * mishF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [0, 0.8650984168052673]
 * @category Smooth gates
 */
export function mishF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
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
      if (!(Math.abs(a) + Math.abs(b) < 300)) break;
      out[i] = mishInRange32(a);
      out[i + 1] = mishInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = mish32(src[i]);
  }
  if (i < n) out[i] = mish32(src[i]);
  return out;
}

/**
 * Elementwise {@link mishDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * mishDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.6000000238418579]
 * @category Smooth gates
 */
export function mishDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // a pair near the root leaves the inner loop for the root series (see silu)
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 100) | +nearMishSlopeRoot(a) | +nearMishSlopeRoot(b)) break;
      out[i] = mishSlopeInRange32(a);
      out[i + 1] = mishSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = mishSlope32(src[i]);
  }
  if (i < n) out[i] = mishSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link mish}: dx[i] = dy[i]·mish′(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * mishBackwardF32(new Float32Array(1), Float32Array.of(5), Float32Array.of(0)) //=> Float32Array [3]
 * @category Smooth gates
 */
export function mishBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
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
      if (+!(Math.abs(a) + Math.abs(b) < 100) | +nearMishSlopeRoot(a) | +nearMishSlopeRoot(b)) break;
      dx[i] = g[i] * mishSlopeInRange32(a);
      dx[i + 1] = g[i + 1] * mishSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * mishSlope32(src[i]);
  }
  if (i < n) dx[i] = g[i] * mishSlope32(src[i]);
  return dx;
}
