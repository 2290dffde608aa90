/**
 * ReLU6: a ReLU capped at 6, min(max(x, 0), 6), robust under low-precision arithmetic (MobileNet).
 *
 * ![relu6 and relu6′, −4 ≤ x ≤ 8](../../../docs/plots/relu6.svg)
 *
 * **Formula**
 *
 * ```text
 * relu6(x) = min(max(x, 0), 6)
 * relu6′(x) = 1 for 0 < x < 6, 0 for x ≤ 0 and x ≥ 6
 * ```
 *
 * **Parameters**: none.
 *
 * **Special values**: NaN → NaN; relu6(±0) = +0 (as relu; PyTorch: −0 for −0); relu6(−∞) = +0; relu6(+∞) = 6.
 *
 * **Derivative at the kinks**: relu6′(0) = relu6′(6) = 0 (PyTorch, JAX; TF.js returns 1 at 6).
 *
 * Five forms: `relu6(x)`, `relu6Derivative(x)`, `relu6F32(out, x)`, `relu6DerivativeF32(out, x)` and `relu6BackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/relu6` or `rectified`.
 *
 * From the forward output y instead of x: `relu6DerivativeFromOutput(y)` and `relu6BackwardFromOutputF32(dx, dy, y)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module relu6
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { clampBetween } from '../../internal/clamp.js';
import { assertInput } from '../../internal/params.js';

/** relu6′ for the kernels, branch-free: +(x > 0) − +(x ≥ 6) is 1 on (0, 6) and 0 elsewhere. */
function relu6Slope32(x: number): number {
  return x === x ? +(x > 0) - +(x >= 6) : x;
}

/**
 * ReLU6 (Krizhevsky 2010; MobileNet): relu6(x) = min(max(x, 0), 6). Exact.
 *
 * Signed zero: relu6(−0) is +0, as {@link relu} (PyTorch returns −0).
 *
 * @param x - input
 * @returns min(max(x, 0), 6); NaN for NaN; +0 for every x ≤ 0 including −0 and −Infinity; 6 for x ≥ 6 and +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * relu6(-2) //=> 0
 * relu6(2.5) //=> 2.5
 * relu6(10) //=> 6
 * @category Rectifiers
 */
export function relu6(x: number): number {
  assertInput(x);
  return x > 0 ? (x < 6 ? x : 6) : x === x ? 0 : x;
}

/**
 * Derivative of {@link relu6}: 1 for 0 < x < 6, 0 for x ≤ 0 and x ≥ 6 — 0 at both kinks, as
 * PyTorch and JAX (TF.js returns 1 at x = 6).
 *
 * @param x - input
 * @returns 1 or 0; NaN for NaN; 0 at ±Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * relu6Derivative(3) //=> 1
 * relu6Derivative(6) //=> 0
 * relu6Derivative(0) //=> 0
 * @category Rectifiers
 */
export function relu6Derivative(x: number): number {
  assertInput(x);
  return x > 0 && x < 6 ? 1 : x === x ? 0 : x;
}

/**
 * Elementwise {@link relu6} into `out`; returns `out`. `out` may be `x`. Exact.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * relu6F32(new Float32Array(3), Float32Array.of(-1, 2, 9)) //=> Float32Array [0, 2, 6]
 * @category Rectifiers
 */
export function relu6F32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = clampBetween(src[i], 0, 6, -1);
  return out;
}

/**
 * Elementwise {@link relu6Derivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * relu6DerivativeF32(new Float32Array(3), Float32Array.of(0, 2, 6)) //=> Float32Array [0, 1, 0]
 * @category Rectifiers
 */
export function relu6DerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = relu6Slope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link relu6}: dx[i] = dy[i]·relu6′(x[i]) (an IEEE product: dy·0 is −0
 * for a negative dy and NaN for an infinite one); returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * relu6BackwardF32(new Float32Array(3), Float32Array.of(4, 4, 4), Float32Array.of(-1, 2, 7)) //=> Float32Array [0, 4, 0]
 * @category Rectifiers
 */
export function relu6BackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * relu6Slope32(src[i]);
  return dx;
}

export { relu6BackwardFromOutputF32, relu6DerivativeFromOutput } from './from-output.js';
