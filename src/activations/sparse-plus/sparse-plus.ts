/**
 * Sparse plus: a softplus-like rectifier made of a parabola and two lines — exactly 0 for x ≤ −1 (sparse) and exactly x for x ≥ 1.
 *
 * ![sparsePlus and sparsePlus′, −4 ≤ x ≤ 4](../../../docs/plots/sparse-plus.svg)
 *
 * **Formula**
 *
 * ```text
 * sparsePlus(x) = 0 for x ≤ −1, (x + 1)²/4 for −1 < x < 1, x for x ≥ 1
 * sparsePlus′(x) = sparseSigmoid(x) = ½·clip(x + 1, 0, 2): 0 for x ≤ −1, (x + 1)/2 for −1 < x < 1, 1 for x ≥ 1
 * ```
 *
 * **Parameters**: None (JAX `jax.nn.sparse_plus`, Keras 3 `sparse_plus`; PyTorch has none).
 *
 * **Special values**: NaN → NaN; sparsePlus(±0) = 0.25; sparsePlus(−∞) = +0 (every x ≤ −1 gives +0); sparsePlus(+∞) = +∞.
 *
 * **Derivative at the kinks**: none needed: sparsePlus is continuously differentiable (f′(−1) = 0, f′(1) = 1 from both sides); only f″ jumps at ±1.
 *
 * Five forms: `sparsePlus(x)`, `sparsePlusDerivative(x)`, `sparsePlusF32(out, x)`, `sparsePlusDerivativeF32(out, x)` and `sparsePlusBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/sparsePlus` (or its alias `rectified/sparse-plus`) or `rectified`.
 *
 * @module sparsePlus
 * @category Softplus
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput } from '../../internal/params.js';

// Accuracy: t = x + 1 is exact for −2 ≤ x ≤ −½ (Sterbenz), elsewhere one rounding; t·t adds one
// more and ·0.25 none (t² ≥ 2⁻¹⁰⁶ never reaches the subnormals): relative error ≤ 3u, so ≤ 3 ulp
// in float64 (1.5 for the exact t near −1), and far inside 1 float32 ulp for the kernels, which
// compute in float64 and round once.

/** sparsePlus, unchecked (also the kernels' path for ±∞ and NaN). */
function sparsePlusValue(x: number): number {
  if (x >= 1) return x;
  if (x > -1) {
    const t = x + 1;
    return t * t * 0.25;
  }
  return x === x ? 0 : x;
}

/** sparsePlus′, unchecked. */
function sparsePlusSlope(x: number): number {
  return x >= 1 ? 1 : x > -1 ? (x + 1) * 0.5 : x === x ? 0 : x;
}

// Float32Array kernels, branch-free for finite x (a well-predicted test sends ±∞ and NaN to the
// scalar path, where 0·∞ cannot form): with s = +(x > −1), h = +(x ≥ 1) and m = s − h (1 only
// on the parabola), t = (x + 1)·m is x + 1 there and ±0 elsewhere, so
// f = t²/4 + h·x (x ≤ −1: 0 + (±0) = +0; x ≥ 1: 0 + x) and f′ = t/2 + h (x ≤ −1: ±0 + 0 = +0).
function sparsePlus32(x: number): number {
  if (!(x - x === 0)) return sparsePlusValue(x);
  const h = +(x >= 1);
  const t = (x + 1) * (+(x > -1) - h);
  return t * t * 0.25 + h * x;
}

function sparsePlusSlope32(x: number): number {
  if (!(x - x === 0)) return sparsePlusSlope(x);
  const h = +(x >= 1);
  return (x + 1) * (+(x > -1) - h) * 0.5 + h;
}

/**
 * Sparse plus (JAX `sparse_plus`): 0 for x ≤ −1, (x + 1)²/4 for −1 < x < 1, x for x ≥ 1.
 *
 * A piecewise-quadratic stand-in for softplus that is exactly zero on x ≤ −1, so its outputs
 * and gradients are sparse. Within 3 ulp (two roundings: x + 1, then the square; x + 1 is exact
 * for −2 ≤ x ≤ −½).
 *
 * @param x - input
 * @returns the activation; NaN for NaN; 0.25 for ±0; +0 for x ≤ −1 and −Infinity; +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * sparsePlus(0) //=> 0.25
 * sparsePlus(-0.5) //=> 0.0625
 * sparsePlus(3) //=> 3
 * @category Softplus
 */
export function sparsePlus(x: number): number {
  assertInput(x);
  return sparsePlusValue(x);
}

/**
 * Derivative of {@link sparsePlus}: 0 for x ≤ −1, (x + 1)/2 for −1 < x < 1, 1 for x ≥ 1, i.e.
 * ½·clip(x + 1, 0, 2), which is JAX's and Keras's `sparse_sigmoid` (exported here only under
 * this name). Continuous, so the value at ±1 needs no convention.
 *
 * @param x - input
 * @returns the slope in [0, 1]; NaN for NaN; 0.5 for ±0; +0 for x ≤ −1 and −Infinity; 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * sparsePlusDerivative(0) //=> 0.5
 * sparsePlusDerivative(0.5) //=> 0.75
 * sparsePlusDerivative(-2) //=> 0
 * @category Softplus
 */
export function sparsePlusDerivative(x: number): number {
  assertInput(x);
  return sparsePlusSlope(x);
}

/**
 * Elementwise {@link sparsePlus} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sparsePlusF32(new Float32Array(4), Float32Array.of(-2, 0, 0.5, 3)) //=> Float32Array [0, 0.25, 0.5625, 3]
 * @category Softplus
 */
export function sparsePlusF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = sparsePlus32(src[i]);
  return out;
}

/**
 * Elementwise {@link sparsePlusDerivative} (JAX's `sparse_sigmoid`) into `out`; returns `out`.
 * `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sparsePlusDerivativeF32(new Float32Array(4), Float32Array.of(-2, 0, 0.5, 3)) //=> Float32Array [0, 0.5, 0.75, 1]
 * @category Softplus
 */
export function sparsePlusDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = sparsePlusSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link sparsePlus}: dx[i] = dy[i]·sparsePlus′(x[i]); returns `dx`.
 * `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sparsePlusBackwardF32(new Float32Array(3), Float32Array.of(4, 4, 4), Float32Array.of(-2, 0, 3)) //=> Float32Array [0, 2, 4]
 * @category Softplus
 */
export function sparsePlusBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * sparsePlusSlope32(src[i]);
  return dx;
}
