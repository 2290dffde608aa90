/**
 * Heaviside step: 0 for x < 0, 1 for x > 0 — the derivative of ReLU, and the perceptron's activation.
 *
 * ![heaviside and heaviside′, −4 ≤ x ≤ 4](../../../docs/plots/heaviside.svg)
 *
 * **Formula**
 *
 * ```text
 * heaviside(x) = 0 for x < 0, valueAtZero at x = ±0, 1 for x > 0
 * heaviside′(x) = 0 for every x (the Dirac δ at 0 is not a number)
 * ```
 *
 * **Parameters**: `valueAtZero = 0.5` (finite): the value at ±0. numpy's and PyTorch's `heaviside(x, values)` take it as a required argument; 0.5 is stdlib-js's `'half-maximum'` convention; TF.js's `step(x)` returns 0 for all x ≤ 0 (valueAtZero = 0).
 *
 * **Special values**: NaN → NaN; heaviside(±0) = valueAtZero; heaviside(−∞) = 0; heaviside(+∞) = 1.
 *
 * **Derivative**: 0 everywhere, also at 0, where the distributional derivative δ(x) has no value; NaN for NaN. The backward pass is dy·0 (IEEE: −0 for a negative dy, NaN for an infinite one).
 *
 * Five forms: `heaviside(x, valueAtZero = 0.5)`, `heavisideDerivative(x, valueAtZero = 0.5)`, `heavisideF32(out, x, valueAtZero = 0.5)`, `heavisideDerivativeF32(out, x, valueAtZero = 0.5)` and `heavisideBackwardF32(dx, dy, x, valueAtZero = 0.5)` (out-first; `out` may be `x`). Import from `rectified/heaviside` or `rectified`.
 *
 * @module heaviside
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, finiteParam } from '../../internal/params.js';

/** 1 for x > 0, valueAtZero at ±0, 0 below, NaN for NaN; branch-free (as relu′). */
function step32(x: number, valueAtZero: number): number {
  return x === x ? +(x > 0) + +(x === 0) * valueAtZero : x;
}

/** heaviside′: 0, or NaN for NaN. */
function zeroSlope(x: number): number {
  return x === x ? 0 : x;
}

/**
 * Heaviside step function: 0 for x < 0, 1 for x > 0, valueAtZero at x = ±0. It is relu′
 * (with relu′(0) = valueAtZero), and the logistic sigmoid is its smooth approximation, just as
 * softplus smooths relu.
 *
 * @param x - input
 * @param valueAtZero - the value at ±0 (default 0.5, the half-maximum convention; finite; −0 is taken as +0)
 * @returns 0, valueAtZero or 1; NaN for NaN; 0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x or valueAtZero is not a number
 * @throws {RangeError} if valueAtZero is not finite
 * @example
 * heaviside(-2) //=> 0
 * heaviside(0) //=> 0.5
 * heaviside(0, 0) //=> 0
 * heaviside(3) //=> 1
 * @category Rectifiers
 */
export function heaviside(x: number, valueAtZero = 0.5): number {
  assertInput(x);
  valueAtZero = finiteParam('valueAtZero', valueAtZero);
  return x > 0 ? 1 : x < 0 ? 0 : x === 0 ? valueAtZero : x;
}

/**
 * Derivative of {@link heaviside}: 0 for every number x, also at 0, where the distributional
 * derivative (the Dirac δ) is not representable; NaN for NaN.
 *
 * @param x - input
 * @param valueAtZero - default 0.5; finite (the derivative does not depend on it; −0 is taken as +0)
 * @returns +0; NaN for NaN
 * @throws {TypeError} if x or valueAtZero is not a number
 * @throws {RangeError} if valueAtZero is not finite
 * @example
 * heavisideDerivative(0) //=> 0
 * @category Rectifiers
 */
export function heavisideDerivative(x: number, valueAtZero = 0.5): number {
  assertInput(x);
  valueAtZero = finiteParam('valueAtZero', valueAtZero);
  return zeroSlope(x);
}

/**
 * Elementwise {@link heaviside} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param valueAtZero - default 0.5; finite; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or valueAtZero is not finite
 * @example
 * heavisideF32(new Float32Array(3), Float32Array.of(-1, 0, 2)) //=> Float32Array [0, 0.5, 1]
 * @category Rectifiers
 */
export function heavisideF32(out: Float32Array, x: Readonly<Float32Array>, valueAtZero = 0.5): Float32Array {
  checkUnary(out, x);
  valueAtZero = finiteParam('valueAtZero', valueAtZero);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = step32(src[i], valueAtZero);
  return out;
}

/**
 * Elementwise {@link heavisideDerivative} into `out`: 0, or NaN for NaN; returns `out`. `out`
 * may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param valueAtZero - default 0.5; finite; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or valueAtZero is not finite
 * @example
 * heavisideDerivativeF32(new Float32Array(2), Float32Array.of(0, NaN)) //=> Float32Array [0, NaN]
 * @category Rectifiers
 */
export function heavisideDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, valueAtZero = 0.5): Float32Array {
  checkUnary(out, x);
  valueAtZero = finiteParam('valueAtZero', valueAtZero);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = zeroSlope(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link heaviside}: dx[i] = dy[i]·0 (the IEEE product: −0 for a
 * negative dy, NaN for an infinite or NaN dy or a NaN x); returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param valueAtZero - default 0.5; finite; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or valueAtZero is not finite
 * @example
 * heavisideBackwardF32(new Float32Array(2), Float32Array.of(3, -3), Float32Array.of(0, 1)) //=> Float32Array [0, -0]
 * @category Rectifiers
 */
export function heavisideBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  valueAtZero = 0.5,
): Float32Array {
  checkBackward(dx, dy, x);
  valueAtZero = finiteParam('valueAtZero', valueAtZero);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * zeroSlope(src[i]);
  return dx;
}
