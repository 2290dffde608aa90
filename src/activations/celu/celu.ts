/**
 * CELU, the continuously differentiable exponential linear unit: elu with the exponent scaled by 1/alpha, so that its slope is 1 on both sides of 0 for every alpha.
 *
 * ![celu and celu′, −4 ≤ x ≤ 4](../../../docs/plots/celu.svg)
 *
 * **Formula**
 *
 * ```text
 * celu(x) = max(0, x) + min(0, alpha·(e^{x/alpha} − 1)) (computed with expm1)
 * celu′(x) = 1 for x > 0, e^{x/alpha} for x ≤ 0
 * ```
 *
 * **Parameters**: `alpha`: the negative saturation value, finite and > 0, default 1 (celu(x, 1) = elu(x, 1); PyTorch raises for alpha = 0).
 *
 * **Special values**: NaN → NaN; celu(±0) = ±0; celu(−∞) = −alpha; celu(+∞) = +∞. celu′(±0) = 1; celu′(−∞) = 0.
 *
 * **Derivative at the kink**: celu′(0) = 1 (PyTorch; both one-sided slopes are 1).
 *
 * Five forms: `celu(x, alpha = 1)`, `celuDerivative(x, alpha = 1)`, `celuF32(out, x, alpha = 1)`, `celuDerivativeF32(out, x, alpha = 1)` and `celuBackwardF32(dx, dy, x, alpha = 1)` (out-first; `out` may be `x`). Import from `rectified/celu` or `rectified`.
 *
 * From the forward output y instead of x: `celuDerivativeFromOutput(y, alpha = 1)` and `celuBackwardFromOutputF32(dx, dy, y, alpha = 1)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module celu
 * @category Exponential linear
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { expDD, productError } from '../../internal/dd.js';
import { fastExp32, fastExpMinusOne32 } from '../../internal/fast-exp32.js';
import { clampNegInfinity } from '../../internal/float32.js';
import { assertInput, positiveParam } from '../../internal/params.js';
import { nonPositivePart } from '../../internal/rectify.js';

/**
 * alpha·expm1(x/alpha) for x ≤ 0. expm1's condition number |y|e^{y}/(1 − e^{y}) is below 1 for
 * y < 0, so the rounding of y = x/alpha costs at most half an ulp and needs no correction.
 * Where |y| < 2⁻⁵⁴ the result is x(1 + y/2 + …), i.e. x itself: returning x avoids the loss of
 * a subnormal y when alpha is huge.
 */
function celuNegative(x: number, alpha: number): number {
  const y = x / alpha;
  return y > -5.551115123125783e-17 ? x : alpha * Math.expm1(y);
}

/**
 * e^{x/alpha} for x ≤ 0. Here the condition number is |y|, so the rounding error of y = x/alpha
 * (up to 745·2⁻⁵³ relative in the tail) is carried: y·alpha = p + e exactly (Dekker), so
 * x − y·alpha = (x − p) − e, with x − p exact (Sterbenz), and e^{y + lo} = e^{y}(1 + lo).
 */
function celuSlope(x: number, alpha: number): number {
  const y = x / alpha;
  if (alpha === 1 || !(y < -1 && y > -746)) return Math.exp(y);
  const p = y * alpha;
  return expDD(y, (x - p - productError(y, alpha, p)) / alpha);
}

// Float32Array kernels, branch-free: x·[x > 0] + alpha·expm1(min(x, 0)/alpha) and
// e^{min(x, 0)/alpha} with the table exponentials (the rounding of 1/alpha and of the product is
// far below float32's 2⁻²⁴ for |y| ≤ 104). For alpha outside [2⁻⁶⁰, 2⁶⁰] (where x/alpha could be
// subnormal or e^{−400}·alpha would not round to 0) the kernels use the scalar forms.
const FAST_ALPHA_MIN = 2 ** -60;
const FAST_ALPHA_MAX = 2 ** 60;

function celu32(x: number, alpha: number, inverse: number): number {
  return clampNegInfinity(x) * +(x > 0) + alpha * fastExpMinusOne32(nonPositivePart(x) * inverse);
}

function celuSlope32(x: number, inverse: number): number {
  return fastExp32(nonPositivePart(x) * inverse);
}

function fastAlpha(alpha: number): boolean {
  return alpha >= FAST_ALPHA_MIN && alpha <= FAST_ALPHA_MAX;
}

/**
 * Continuously differentiable exponential linear unit (Barron 2017): x for x > 0,
 * alpha·(e^{x/alpha} − 1) for x ≤ 0.
 *
 * Computed with `expm1`, so tiny negative inputs keep all their digits (celu(−1e−20) is −1e−20).
 *
 * @param x - input
 * @param alpha - celu(x) → −alpha as x → −∞ (default 1; finite and > 0)
 * @returns celu(x); NaN for NaN; +0 for +0 and −0 for −0; −alpha at −Infinity; +Infinity at +Infinity
 * @throws {TypeError} if x or alpha is not a number
 * @throws {RangeError} if alpha is not finite and > 0
 * @example
 * celu(-1) //=> -0.6321205588285577
 * celu(-1, 2) //=> -0.7869386805747332
 * @category Exponential linear
 */
export function celu(x: number, alpha = 1): number {
  assertInput(x);
  alpha = positiveParam('alpha', alpha);
  return x > 0 ? x : celuNegative(x, alpha);
}

/**
 * Derivative of {@link celu}: 1 for x > 0, e^{x/alpha} for x ≤ 0, so celu′(0) = 1 (PyTorch's
 * convention; the derivative is continuous for every alpha).
 *
 * @param x - input
 * @param alpha - default 1; finite and > 0
 * @returns 1 or e^{x/alpha} in [0, 1]; NaN for NaN; 1 for ±0; +0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x or alpha is not a number
 * @throws {RangeError} if alpha is not finite and > 0
 * @example
 * celuDerivative(0) //=> 1
 * celuDerivative(-1, 2) //=> 0.6065306597126334
 * @category Exponential linear
 */
export function celuDerivative(x: number, alpha = 1): number {
  assertInput(x);
  alpha = positiveParam('alpha', alpha);
  return x > 0 ? 1 : celuSlope(x, alpha);
}

/**
 * Elementwise {@link celu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - default 1; finite and > 0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is not finite and > 0
 * @example
 * celuF32(new Float32Array(2), Float32Array.of(-1, 1)) //=> Float32Array [-0.6321205496788025, 1]
 * @category Exponential linear
 */
export function celuF32(out: Float32Array, x: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkUnary(out, x);
  alpha = positiveParam('alpha', alpha);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (fastAlpha(alpha)) {
    const inverse = 1 / alpha;
    for (let i = 0; i < n; i++) out[i] = celu32(src[i], alpha, inverse);
  } else {
    for (let i = 0; i < n; i++) out[i] = src[i] > 0 ? src[i] : celuNegative(src[i], alpha);
  }
  return out;
}

/**
 * Elementwise {@link celuDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - default 1; finite and > 0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is not finite and > 0
 * @example
 * celuDerivativeF32(new Float32Array(2), Float32Array.of(0, -2), 2) //=> Float32Array [1, 0.3678794503211975]
 * @category Exponential linear
 */
export function celuDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkUnary(out, x);
  alpha = positiveParam('alpha', alpha);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (fastAlpha(alpha)) {
    const inverse = 1 / alpha;
    for (let i = 0; i < n; i++) out[i] = celuSlope32(src[i], inverse);
  } else {
    for (let i = 0; i < n; i++) out[i] = src[i] > 0 ? 1 : celuSlope(src[i], alpha);
  }
  return out;
}

/**
 * Fused backward pass of {@link celu}: dx[i] = dy[i]·celu′(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param alpha - default 1; finite and > 0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is not finite and > 0
 * @example
 * celuBackwardF32(new Float32Array(1), Float32Array.of(3), Float32Array.of(0)) //=> Float32Array [3]
 * @category Exponential linear
 */
export function celuBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkBackward(dx, dy, x);
  alpha = positiveParam('alpha', alpha);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (fastAlpha(alpha)) {
    const inverse = 1 / alpha;
    for (let i = 0; i < n; i++) dx[i] = g[i] * celuSlope32(src[i], inverse);
  } else {
    for (let i = 0; i < n; i++) dx[i] = g[i] * (src[i] > 0 ? 1 : celuSlope(src[i], alpha));
  }
  return dx;
}

export { celuBackwardFromOutputF32, celuDerivativeFromOutput } from './from-output.js';
