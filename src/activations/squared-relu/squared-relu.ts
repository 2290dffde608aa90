/**
 * Squared ReLU: relu(x)², the feed-forward activation of Primer (So et al. 2021, "Primer:
 * Searching for Efficient Transformers for Language Modeling"), also used in nanoGPT speedruns and
 * as the square in StarReLU. No framework ships it as a function (PyTorch code writes
 * `F.relu(x) ** 2`).
 *
 * ![squaredRelu and squaredRelu′, −4 ≤ x ≤ 4](../../../docs/plots/squared-relu.svg)
 *
 * **Formula**
 *
 * ```text
 * squaredRelu(x) = max(x, 0)²
 * squaredRelu′(x) = 2·max(x, 0)
 * ```
 *
 * **Parameters**: none.
 *
 * **Special values**: NaN → NaN; squaredRelu(±0) = +0; squaredRelu(−∞) = +0; squaredRelu(+∞) = +∞;
 * squaredRelu′(0) = 0 (both one-sided derivatives are 0: there is no kink to choose at).
 *
 * Five forms: `squaredRelu(x)`, `squaredReluDerivative(x)`, `squaredReluF32(out, x)`, `squaredReluDerivativeF32(out, x)` and `squaredReluBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/squaredRelu` or `rectified`.
 *
 * @module squaredRelu
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput } from '../../internal/params.js';
import { positivePart } from '../../internal/rectify.js';

/**
 * Squared ReLU (So et al. 2021, Primer): max(x, 0)², correctly rounded (one rounding of x·x);
 * +∞ once x² exceeds the largest double.
 *
 * @param x - input
 * @returns max(x, 0)²; NaN for NaN; +0 for every x ≤ 0 including −0 and −Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * squaredRelu(3) //=> 9
 * squaredRelu(-2) //=> 0
 * squaredRelu(0.1) //=> 0.010000000000000002
 * @category Rectifiers
 */
export function squaredRelu(x: number): number {
  assertInput(x);
  return x > 0 ? x * x : x === x ? 0 : x;
}

/**
 * Derivative of {@link squaredRelu}: 2·max(x, 0), exact (0 at x = 0, where both sides agree).
 *
 * @param x - input
 * @returns 2·max(x, 0); NaN for NaN; +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * squaredReluDerivative(1.5) //=> 3
 * squaredReluDerivative(-1) //=> 0
 * @category Rectifiers
 */
export function squaredReluDerivative(x: number): number {
  assertInput(x);
  return x > 0 ? 2 * x : x === x ? 0 : x;
}

/**
 * Elementwise {@link squaredRelu} into `out`; returns `out`. `out` may be `x`. Correctly
 * rounded: the square of a float32 is exact in float64 (48 bits), and storing it rounds once.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * squaredReluF32(new Float32Array(3), Float32Array.of(-1, 0.5, 3)) //=> Float32Array [0, 0.25, 9]
 * @category Rectifiers
 */
export function squaredReluF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) {
    const r = positivePart(src[i]);
    out[i] = r * r;
  }
  return out;
}

/**
 * Elementwise {@link squaredReluDerivative} into `out`; returns `out`. `out` may be `x`. Exact.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * squaredReluDerivativeF32(new Float32Array(3), Float32Array.of(-1, 0, 1.5)) //=> Float32Array [0, 0, 3]
 * @category Rectifiers
 */
export function squaredReluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = 2 * positivePart(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link squaredRelu}: dx[i] = dy[i]·2·max(x[i], 0), correctly rounded
 * (the float64 product of two float32 values and 2 is exact) and an IEEE product: dy·0 is −0 for
 * a negative dy and NaN for an infinite one. Returns `dx`; `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * squaredReluBackwardF32(new Float32Array(2), Float32Array.of(1, 0.5), Float32Array.of(-1, 3)) //=> Float32Array [0, 3]
 * @category Rectifiers
 */
export function squaredReluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * (2 * positivePart(src[i]));
  return dx;
}
