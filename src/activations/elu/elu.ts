/**
 * ELU, the exponential linear unit: negative outputs push mean activations toward zero (less bias shift) with a smooth saturation at −alpha.
 *
 * ![elu and elu′, −4 ≤ x ≤ 4](../../../docs/plots/elu.svg)
 *
 * **Formula**
 *
 * ```text
 * elu(x) = x for x > 0, alpha·(eˣ − 1) for x ≤ 0 (computed with expm1)
 * elu′(x) = 1 for x > 0, alpha·eˣ for x ≤ 0
 * ```
 *
 * **Parameters**: `alpha`: the negative saturation value, finite and ≥ 0, default 1.
 *
 * **Special values**: NaN → NaN; elu(±0) = ±0; elu(−∞) = −alpha; elu(+∞) = +∞; elu(−1e−20) = −1e−20 (exp(x) − 1 gives 0).
 *
 * **Derivative at the kink**: elu′(0) = alpha (PyTorch); f′ is continuous at 0 only for alpha = 1.
 *
 * Five forms: `elu(x, alpha = 1)`, `eluDerivative(x, alpha = 1)`, `eluF32(out, x, alpha = 1)`, `eluDerivativeF32(out, x, alpha = 1)` and `eluBackwardF32(dx, dy, x, alpha = 1)` (out-first; `out` may be `x`). Import from `rectified/elu` or `rectified`.
 *
 * From the forward output y instead of x: `eluDerivativeFromOutput(y, alpha = 1)` and `eluBackwardFromOutputF32(dx, dy, y, alpha = 1)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module elu
 * @category Exponential linear
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { expTimes } from '../../internal/exp.js';
import { fastExpInRange32, fastExpLowClamp32, fastExpMinusOneInRange32, fastExpMinusOneLowClamp32 } from '../../internal/fast-exp32.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';

// Float32Array kernels (without Math.max/min, which are slow for their NaN and −0 rules):
// x·[x > 0] + alpha·expm1(m) with m = min(x, 0) = (x − |x|)/2 is x for x > 0 and alpha·expm1(x)
// for x ≤ 0 (−0 stays −0: −0·0 + alpha·(−0)), and the derivative is alpha·eᵐ plus (1 − alpha)
// where x > 0, with the table exponentials. ±Infinity and NaN, for which x − x is not 0, take
// a special path (a well-predicted branch) instead of clamps around each term. The derivative's blend alpha·1 + (1 − alpha)
// is exactly 1 for x > 0 only while 1 − alpha is exact: for alpha ≤ 1/2 it rounds, but the sum
// is then within 2⁻⁵⁴ of 1 and rounds to 1; for 1/2 ≤ alpha ≤ 2⁵³ it is exact (Sterbenz, and
// alpha − 1 is a multiple of ulp(alpha) ≤ 1 below alpha). From 2⁵³ + 2 on it cancels to 0 or 2
// (alpha = 2⁶⁰ gave slope 0), so a larger alpha takes the exact loop. (For alpha ≤ 2⁵³ the
// exponentials' clamp at −400 leaves alpha·e^{−400} ≤ 2e−158, which rounds to 0 in float32 even
// times a gradient of 3e38.)
// The loops test each pair once, |a| + |b| < 400 (false for NaN and ±Infinity), and then need
// neither the special path nor the exponentials' clamp; a failing pair takes the forms above
// outside the inner loop.
const FAST_ALPHA_MAX = 2 ** 53;

/** elu and elu′ at ±Infinity (alpha·expm1(−∞) = −alpha; alpha·e^{−∞} = +0) and NaN. */
function eluSpecial(x: number, alpha: number, derivative: boolean): number {
  if (x > 0) return derivative ? 1 : x;
  return x < 0 ? (derivative ? 0 : -alpha) : x;
}

function elu32(x: number, alpha: number): number {
  if (x - x !== 0) return eluSpecial(x, alpha, false);
  return x * +(x > 0) + alpha * fastExpMinusOneLowClamp32((x - Math.abs(x)) * 0.5);
}

function eluSlope32(x: number, alpha: number, oneMinusAlpha: number): number {
  if (x - x !== 0) return eluSpecial(x, alpha, true);
  return alpha * fastExpLowClamp32((x - Math.abs(x)) * 0.5) + +(x > 0) * oneMinusAlpha;
}

/**
 * Exponential linear unit (Clevert et al. 2015): x for x > 0, alpha·(eˣ − 1) for x ≤ 0.
 *
 * Computed with `expm1`, so tiny negative inputs keep all their digits: elu(−1e−20) is −1e−20,
 * where PyTorch's and ONNX's `exp(x) − 1` gives 0.
 *
 * @param x - input
 * @param alpha - elu(x) → −alpha as x → −∞ (default 1; finite and ≥ 0, the paper's constraint; −0 is taken as +0)
 * @returns elu(x); NaN for NaN; −alpha at −Infinity; +0 for +0 and −0 for −0 (alpha > 0)
 * @throws {TypeError} if x or alpha is not a number
 * @throws {RangeError} if alpha is negative or not finite
 * @example
 * elu(-1) //=> -0.6321205588285577
 * elu(-1e-20) //=> -1e-20
 * @category Exponential linear
 */
export function elu(x: number, alpha = 1): number {
  assertInput(x);
  alpha = nonNegativeParam('alpha', alpha);
  return x > 0 ? x : alpha * Math.expm1(x);
}

/**
 * Derivative of {@link elu}: 1 for x > 0, alpha·eˣ for x ≤ 0, so elu′(0) = alpha (PyTorch's
 * and JAX's convention; TF.js returns 1 at 0). Continuous at 0 only for alpha = 1.
 *
 * @param x - input
 * @param alpha - default 1; finite and ≥ 0; −0 is taken as +0
 * @returns 1 or alpha·eˣ; NaN for NaN; +0 at −Infinity
 * @throws {TypeError} if x or alpha is not a number
 * @throws {RangeError} if alpha is negative or not finite
 * @example
 * eluDerivative(0, 2) //=> 2
 * @category Exponential linear
 */
export function eluDerivative(x: number, alpha = 1): number {
  assertInput(x);
  alpha = nonNegativeParam('alpha', alpha);
  return x > 0 ? 1 : expTimes(alpha, x);
}

/**
 * Elementwise {@link elu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - default 1; finite and ≥ 0; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is negative or not finite
 * @example
 * eluF32(new Float32Array(2), Float32Array.of(-1, 2)) //=> Float32Array [-0.6321205496788025, 2]
 * @category Exponential linear
 */
export function eluF32(out: Float32Array, x: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkUnary(out, x);
  alpha = nonNegativeParam('alpha', alpha);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // two elements per iteration: see internal/fast-exp32.ts
    for (; i < n - 1; i += 2) {
      // one range test per pair, as in sigmoid
      const a = src[i],
        b = src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 400)) break;
      out[i] = a * +(a > 0) + alpha * fastExpMinusOneInRange32((a - Math.abs(a)) * 0.5);
      out[i + 1] = b * +(b > 0) + alpha * fastExpMinusOneInRange32((b - Math.abs(b)) * 0.5);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = elu32(src[i], alpha);
  }
  if (i < n) out[i] = elu32(src[i], alpha);
  return out;
}

/**
 * Elementwise {@link eluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - default 1; finite and ≥ 0; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is negative or not finite
 * @example
 * eluDerivativeF32(new Float32Array(2), Float32Array.of(0, 2)) //=> Float32Array [1, 1]
 * @category Exponential linear
 */
export function eluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkUnary(out, x);
  alpha = nonNegativeParam('alpha', alpha);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (alpha > FAST_ALPHA_MAX) {
    for (let i = 0; i < n; i++) out[i] = src[i] > 0 ? 1 : expTimes(alpha, src[i]);
    return out;
  }
  let i = 0;
  const oneMinusAlpha = 1 - alpha;
  while (i < n - 1) {
    // as in eluF32
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 400)) break;
      out[i] = alpha * fastExpInRange32((a - Math.abs(a)) * 0.5) + +(a > 0) * oneMinusAlpha;
      out[i + 1] = alpha * fastExpInRange32((b - Math.abs(b)) * 0.5) + +(b > 0) * oneMinusAlpha;
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = eluSlope32(src[i], alpha, oneMinusAlpha);
  }
  if (i < n) out[i] = eluSlope32(src[i], alpha, oneMinusAlpha);
  return out;
}

/**
 * Fused backward pass of {@link elu}: dx[i] = dy[i]·elu′(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param alpha - default 1; finite and ≥ 0; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is negative or not finite
 * @example
 * eluBackwardF32(new Float32Array(2), Float32Array.of(3, 3), Float32Array.of(0, 2), 0.5) //=> Float32Array [1.5, 3]
 * @category Exponential linear
 */
export function eluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkBackward(dx, dy, x);
  alpha = nonNegativeParam('alpha', alpha);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (alpha > FAST_ALPHA_MAX) {
    for (let i = 0; i < n; i++) dx[i] = g[i] * (src[i] > 0 ? 1 : expTimes(alpha, src[i]));
    return dx;
  }
  let i = 0;
  const oneMinusAlpha = 1 - alpha;
  while (i < n - 1) {
    // as in eluF32
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 400)) break;
      dx[i] = g[i] * (alpha * fastExpInRange32((a - Math.abs(a)) * 0.5) + +(a > 0) * oneMinusAlpha);
      dx[i + 1] = g[i + 1] * (alpha * fastExpInRange32((b - Math.abs(b)) * 0.5) + +(b > 0) * oneMinusAlpha);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * eluSlope32(src[i], alpha, oneMinusAlpha);
  }
  if (i < n) dx[i] = g[i] * eluSlope32(src[i], alpha, oneMinusAlpha);
  return dx;
}

export { eluBackwardFromOutputF32, eluDerivativeFromOutput } from './from-output.js';
