/**
 * Hard sigmoid: the piecewise-linear sigmoid clamp(alpha·x + beta, 0, 1), cheap on mobile hardware.
 *
 * ![hardSigmoid and hardSigmoid′, −4 ≤ x ≤ 4](../../../docs/plots/hard-sigmoid.svg)
 *
 * **Formula**
 *
 * ```text
 * hardSigmoid(x) = clamp(alpha·x + beta, 0, 1)        (default: relu6(x + 3)/6)
 * hardSigmoid′(x) = alpha for 0 < alpha·x + beta < 1, 0 elsewhere
 * ```
 *
 * **Parameters**: `alpha = 1/6` (finite, > 0; the double 1/6 means exactly one sixth), `beta = 0.5` (finite). The default is PyTorch's, JAX's and Keras 3's relu6(x + 3)/6; Keras 2, TF.js and ONNX (`HardSigmoid`) use alpha = 0.2.
 *
 * **Special values**: NaN → NaN; +0 (never −0) wherever alpha·x + beta ≤ 0, including −∞; 1 at +∞; hardSigmoid(±0) = beta clamped.
 *
 * **Derivative at the kinks**: 0 (PyTorch: hardSigmoid′(±3) = 0).
 *
 * Five forms: `hardSigmoid(x, alpha = 1/6, beta = 0.5)`, `hardSigmoidDerivative(x, alpha = 1/6, beta = 0.5)`, `hardSigmoidF32(out, x, alpha = 1/6, beta = 0.5)`, `hardSigmoidDerivativeF32(out, x, alpha = 1/6, beta = 0.5)` and `hardSigmoidBackwardF32(dx, dy, x, alpha = 1/6, beta = 0.5)` (out-first; `out` may be `x`). Import from `rectified/hardSigmoid` (or its alias `rectified/hard-sigmoid`) or `rectified`.
 *
 * @module hardSigmoid
 * @category Sigmoid
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { clampBetween } from '../../internal/clamp.js';
import { productError, sumError } from '../../internal/dd.js';
import { assertInput, finiteParam, positiveParam } from '../../internal/params.js';

const SIXTH = 1 / 6;

/**
 * d·(alpha·x + beta − k), with d = 6 when alpha is the double 1/6 (taken as exactly 1/6, so that
 * the default is (x + 3)/6 with its kinks at exactly ±3) and d = 1 otherwise, rounded once from
 * a sum carried exactly (Dekker's product and Knuth's sum): its sign is exact, so the kinks are
 * where the mathematics puts them, and no cancellation near a kink costs digits. Where |alpha·x|
 * exceeds 4(|beta| + 1) the value is only needed for its sign (it lies outside [0, 1] by far),
 * and alpha·x itself is returned (also for ±Infinity and NaN).
 */
function gate(x: number, alpha: number, beta: number, k: number): number {
  if (alpha === SIXTH) {
    if (!(Math.abs(x) <= 24 * (Math.abs(beta) + 1))) return x;
    const b = 6 * beta;
    const eb = productError(6, beta, b);
    const s = x + b;
    return s - 6 * k + (sumError(x, b, s) + eb);
  }
  const p = alpha * x;
  if (!(Math.abs(p) <= 4 * (Math.abs(beta) + 1))) return p;
  const ep = productError(alpha, x, p);
  const s = p + beta;
  return s - k + (sumError(p, beta, s) + ep);
}

/** alpha·x + beta, accurately rounded (see gate). */
function affine(x: number, alpha: number, beta: number): number {
  const g = gate(x, alpha, beta, 0);
  return alpha === SIXTH ? g / 6 : g;
}

/** hardSigmoid′ as alpha·(0/1), NaN for NaN: inside iff gate(…, 0) > 0 and gate(…, 1) < 0. */
function slope(x: number, alpha: number, beta: number): number {
  return x === x ? alpha * (+(gate(x, alpha, beta, 0) > 0) - +(gate(x, alpha, beta, 1) >= 0)) : x;
}

/**
 * Hard sigmoid: clamp(alpha·x + beta, 0, 1). The default (alpha = 1/6, beta = 0.5) is
 * relu6(x + 3)/6, PyTorch's `F.hardsigmoid`, JAX's `hard_sigmoid` and Keras 3's; Keras 2, TF.js
 * and ONNX's `HardSigmoid` use alpha = 0.2 (pass it: `hardSigmoid(x, 0.2)`).
 *
 * The double 1/6 is taken as exactly one sixth, so the default's kinks are at exactly ±3;
 * alpha·x + beta is rounded once (no cancellation near the kinks).
 *
 * @param x - input
 * @param alpha - slope (default 1/6; finite and > 0)
 * @param beta - offset (default 0.5; finite; −0 is taken as +0)
 * @returns clamp(alpha·x + beta, 0, 1); NaN for NaN; +0 (never −0) where alpha·x + beta ≤ 0 and at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x, alpha or beta is not a number
 * @throws {RangeError} if alpha is not finite and > 0, or beta is not finite
 * @example
 * hardSigmoid(1.5) //=> 0.75
 * hardSigmoid(-3) //=> 0
 * hardSigmoid(1, 0.2) //=> 0.7
 * @category Sigmoid
 */
export function hardSigmoid(x: number, alpha = 1 / 6, beta = 0.5): number {
  assertInput(x);
  alpha = positiveParam('alpha', alpha);
  beta = finiteParam('beta', beta);
  const t = affine(x, alpha, beta);
  return t > 0 ? (t < 1 ? t : 1) : t === t ? 0 : t;
}

/**
 * Derivative of {@link hardSigmoid}: alpha where 0 < alpha·x + beta < 1 (exactly), 0 elsewhere —
 * 0 at the kinks, as PyTorch (hardSigmoid′(±3) = 0 for the default).
 *
 * @param x - input
 * @param alpha - slope (default 1/6; finite and > 0)
 * @param beta - offset (default 0.5; finite; −0 is taken as +0)
 * @returns alpha or 0; NaN for NaN; 0 at ±Infinity
 * @throws {TypeError} if x, alpha or beta is not a number
 * @throws {RangeError} if alpha is not finite and > 0, or beta is not finite
 * @example
 * hardSigmoidDerivative(0) //=> 0.16666666666666666
 * hardSigmoidDerivative(3) //=> 0
 * hardSigmoidDerivative(0, 0.2) //=> 0.2
 * @category Sigmoid
 */
export function hardSigmoidDerivative(x: number, alpha = 1 / 6, beta = 0.5): number {
  assertInput(x);
  alpha = positiveParam('alpha', alpha);
  beta = finiteParam('beta', beta);
  return slope(x, alpha, beta);
}

/**
 * Elementwise {@link hardSigmoid} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - slope (default 1/6; finite and > 0)
 * @param beta - offset (default 0.5; finite; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, alpha is not finite and > 0, or beta is not finite
 * @example
 * hardSigmoidF32(new Float32Array(3), Float32Array.of(-4, 1.5, 4)) //=> Float32Array [0, 0.75, 1]
 * @category Sigmoid
 */
export function hardSigmoidF32(out: Float32Array, x: Readonly<Float32Array>, alpha = 1 / 6, beta = 0.5): Float32Array {
  checkUnary(out, x);
  alpha = positiveParam('alpha', alpha);
  beta = finiteParam('beta', beta);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = clampBetween(affine(src[i], alpha, beta), 0, 1, -1);
  return out;
}

/**
 * Elementwise {@link hardSigmoidDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - slope (default 1/6; finite and > 0)
 * @param beta - offset (default 0.5; finite; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, alpha is not finite and > 0, or beta is not finite
 * @example
 * hardSigmoidDerivativeF32(new Float32Array(3), Float32Array.of(-3, 0, 3), 0.25) //=> Float32Array [0, 0.25, 0]
 * @category Sigmoid
 */
export function hardSigmoidDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, alpha = 1 / 6, beta = 0.5): Float32Array {
  checkUnary(out, x);
  alpha = positiveParam('alpha', alpha);
  beta = finiteParam('beta', beta);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = slope(src[i], alpha, beta);
  return out;
}

/**
 * Fused backward pass of {@link hardSigmoid}: dx[i] = dy[i]·hardSigmoid′(x[i]) (an IEEE
 * product); returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param alpha - slope (default 1/6; finite and > 0)
 * @param beta - offset (default 0.5; finite; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, alpha is not finite and > 0, or beta is not finite
 * @example
 * hardSigmoidBackwardF32(new Float32Array(2), Float32Array.of(6, 6), Float32Array.of(0, 5)) //=> Float32Array [1, 0]
 * @category Sigmoid
 */
export function hardSigmoidBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  alpha = 1 / 6,
  beta = 0.5,
): Float32Array {
  checkBackward(dx, dy, x);
  alpha = positiveParam('alpha', alpha);
  beta = finiteParam('beta', beta);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * slope(src[i], alpha, beta);
  return dx;
}
