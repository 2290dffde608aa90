/**
 * Shifted ReLU: max(−a, x), the ReLU moved down to −a — the piecewise-linear unit that ELU smooths.
 *
 * ![shiftedRelu and shiftedRelu′, −4 ≤ x ≤ 4](../../../docs/plots/shifted-relu.svg)
 *
 * **Formula**
 *
 * ```text
 * shiftedRelu(x, a) = max(−a, x) = relu(x + a) − a
 * shiftedRelu′(x, a) = 1 for x > −a, 0 for x ≤ −a
 * ```
 *
 * **Parameters**: `a = 1`: the depth of the floor, finite and ≥ 0; a = 0 is relu.
 *
 * **Special values**: NaN → NaN; shiftedRelu(±0) = ±0 for a > 0 (+0 for −0 when a = 0, as relu); shiftedRelu(−∞) = −a (+0 for a = 0); shiftedRelu(+∞) = +∞.
 *
 * **Derivative at the kink**: shiftedRelu′(−a) = 0 (relu's convention).
 *
 * Five forms: `shiftedRelu(x, a = 1)`, `shiftedReluDerivative(x, a = 1)`, `shiftedReluF32(out, x, a = 1)`, `shiftedReluDerivativeF32(out, x, a = 1)` and `shiftedReluBackwardF32(dx, dy, x, a = 1)` (out-first; `out` may be `x`). Import from `rectified/shiftedRelu` (or its alias `rectified/shifted-relu`) or `rectified`.
 *
 * @module shiftedRelu
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { clampBelow } from '../../internal/clamp.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';

/** 1 for x > floor, 0 otherwise, NaN for NaN; branch-free. */
function shiftedReluSlope32(x: number, floor: number): number {
  return x === x ? +(x > floor) : x;
}

/**
 * Shifted rectified linear unit: max(−a, x). This is the "SReLU" of the ELU paper (Clevert,
 * Unterthiner and Hochreiter 2015), the baseline that ELU smooths: both saturate at −a (−alpha)
 * for large negative x. It is NOT the S-shaped ReLU (Jin et al. 2016), also called SReLU, whose
 * four learned parameters bend both ends. Exact.
 *
 * @param x - input
 * @param a - the floor is −a (default 1; finite and ≥ 0; −0 is taken as +0)
 * @returns max(−a, x); NaN for NaN; −a at −Infinity; ±0 for ±0 when a > 0; +0 for every x ≤ 0 when a = 0
 * @throws {TypeError} if x or a is not a number
 * @throws {RangeError} if a is negative or not finite
 * @example
 * shiftedRelu(-3) //=> -1
 * shiftedRelu(-0.5) //=> -0.5
 * shiftedRelu(-3, 0) //=> 0
 * @category Rectifiers
 */
export function shiftedRelu(x: number, a = 1): number {
  assertInput(x);
  a = nonNegativeParam('a', a);
  const floor = 0 - a; // −a, with +0 (not −0) for a = 0
  return x > floor ? x : x === x ? floor : x;
}

/**
 * Derivative of {@link shiftedRelu}: 1 for x > −a, 0 for x ≤ −a (0 at the kink, as relu′(0)).
 *
 * @param x - input
 * @param a - the floor is −a (default 1; finite and ≥ 0; −0 is taken as +0)
 * @returns 1 or 0; NaN for NaN
 * @throws {TypeError} if x or a is not a number
 * @throws {RangeError} if a is negative or not finite
 * @example
 * shiftedReluDerivative(-0.5) //=> 1
 * shiftedReluDerivative(-1) //=> 0
 * @category Rectifiers
 */
export function shiftedReluDerivative(x: number, a = 1): number {
  assertInput(x);
  a = nonNegativeParam('a', a);
  return x > -a ? 1 : x === x ? 0 : x;
}

/**
 * Elementwise {@link shiftedRelu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param a - the floor is −a (default 1; finite and ≥ 0; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or a is negative or not finite
 * @example
 * shiftedReluF32(new Float32Array(3), Float32Array.of(-3, -0.5, 2)) //=> Float32Array [-1, -0.5, 2]
 * @category Rectifiers
 */
export function shiftedReluF32(out: Float32Array, x: Readonly<Float32Array>, a = 1): Float32Array {
  checkUnary(out, x);
  a = nonNegativeParam('a', a);
  const floor = 0 - a;
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = clampBelow(src[i], floor);
  return out;
}

/**
 * Elementwise {@link shiftedReluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param a - the floor is −a (default 1; finite and ≥ 0; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or a is negative or not finite
 * @example
 * shiftedReluDerivativeF32(new Float32Array(3), Float32Array.of(-3, -1, 2)) //=> Float32Array [0, 0, 1]
 * @category Rectifiers
 */
export function shiftedReluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, a = 1): Float32Array {
  checkUnary(out, x);
  a = nonNegativeParam('a', a);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = shiftedReluSlope32(src[i], -a);
  return out;
}

/**
 * Fused backward pass of {@link shiftedRelu}: dx[i] = dy[i]·shiftedRelu′(x[i]) (an IEEE
 * product); returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param a - the floor is −a (default 1; finite and ≥ 0; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or a is negative or not finite
 * @example
 * shiftedReluBackwardF32(new Float32Array(2), Float32Array.of(5, 5), Float32Array.of(-2, 0)) //=> Float32Array [0, 5]
 * @category Rectifiers
 */
export function shiftedReluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, a = 1): Float32Array {
  checkBackward(dx, dy, x);
  a = nonNegativeParam('a', a);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * shiftedReluSlope32(src[i], -a);
  return dx;
}
