/**
 * Hardmax: the one-hot vector of each row's first maximum (ONNX `Hardmax`), the zero-temperature limit of softmax.
 *
 * ![hardmax of (0, x): its second entry is the step H(x) with H(0) = 0](../../../docs/plots/hardmax.svg)
 *
 * **Formula**
 *
 * ```text
 * hardmax(x)_i = 1 if i = k, else 0, k = the first index of max x (onehot(argmax x))
 * derivative: 0 (piecewise constant), so the backward pass writes +0
 * ```
 *
 * **Ties** go to the first index, as ONNX `Hardmax` specifies and `torch.argmax` and
 * `numpy.argmax` return (hardmax([1, 1]) is [1, 0]; −0 and +0 tie).
 *
 * **Parameters** (array forms): `rowSize`, elements per row, default x.length; a positive integer dividing x.length;
 * `innerSize`, the elements after the axis, default 1: rows along the middle axis of a C-contiguous
 * [outer, rowSize, innerSize] tensor (ONNX's `axis`), bit for bit the transpose route's results.
 *
 * **Special values**: a NaN counts as the maximum: the row's first NaN gets the 1 (the index
 * `torch.argmax` and `numpy.argmax` return for a row with a NaN), so the output holds no NaN; a
 * +∞ is an ordinary maximum; a row of only −∞ gives the one-hot of its first entry (argmax of
 * equal values); an empty row gives [].
 *
 * **Derivative**: zero wherever it exists (the output is piecewise constant in x), as PyTorch's
 * autograd gives for a one-hot built from argmax. The backward forms are offered so that code
 * written for softmax's `(dx, dy, y)` runs unchanged; they write +0 whatever dy holds (NaN
 * included: the Jacobian is exactly 0, not dy·0), like maxout's unrouted entries.
 *
 * Forms: `hardmax(x)` (one row, float64), `hardmaxF32(out, x, rowSize?, innerSize?)`,
 * `hardmaxBackward(dy, y)` and `hardmaxBackwardF32(dx, dy, y, rowSize?, innerSize?)` (from the
 * output y, like softmax's). Import from `rectified/hardmax` or `rectified`.
 *
 * @module hardmax
 * @category Normalising
 */
import { innerSizeOf, rowSizeAlong } from '../../internal/axis.js';
import { assertNumbers, checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { hardmaxKernel } from '../../internal/softmax-kernels.js';

/**
 * Hardmax of one row: 1 at the first maximum, 0 elsewhere (ONNX `Hardmax`; `F.one_hot(x.argmax(-1))` in PyTorch).
 *
 * @param x - one row (any length; empty gives [])
 * @returns a new array of 0s with a 1 at the first maximum, or at the first NaN if the row holds one
 * @throws {TypeError} if x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * hardmax([0, 3, 1]) //=> [0, 1, 0]
 * hardmax([2, 2]) //=> [1, 0]
 * hardmax([1, NaN, Infinity]) //=> [0, 1, 0]
 * @category Normalising
 */
export function hardmax(x: ArrayLike<number>): number[] {
  assertNumbers('x', x);
  const out = new Array<number>(x.length).fill(0);
  if (x.length === 0) return out;
  let k = 0;
  let m = x[0];
  for (let i = 1; i < x.length; i++) {
    const v = x[i];
    // once m is NaN neither test passes again: the first NaN stays
    if (v > m || (v !== v && m === m)) {
      m = v;
      k = i;
    }
  }
  out[k] = 1;
  return out;
}

/**
 * Vector-Jacobian product of {@link hardmax}: zero (the Jacobian is 0 wherever it exists), +0
 * for every entry whatever dy holds.
 *
 * @param dy - incoming gradient w.r.t. hardmax's output
 * @param y - hardmax's output, same length as dy
 * @returns a new array of +0s, of y's length
 * @throws {TypeError} if dy or y is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @throws {RangeError} if the lengths differ
 * @example
 * hardmaxBackward([1, -2], [0, 1]) //=> [0, 0]
 * @category Normalising
 */
export function hardmaxBackward(dy: ArrayLike<number>, y: ArrayLike<number>): number[] {
  assertNumbers('dy', dy);
  assertNumbers('y', y);
  if (dy.length !== y.length) {
    throw new RangeError(`dy and y must have the same length, got dy.length = ${dy.length} and y.length = ${y.length}`);
  }
  return new Array<number>(y.length).fill(0);
}

/**
 * Row-wise {@link hardmax} into `out`; returns `out`: per row, 1 at the first maximum (or first
 * NaN), 0 elsewhere; exact. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param rowSize - elements per row (default x.length / innerSize: one block; a positive integer dividing x.length)
 * @param innerSize - elements after the axis (default 1, the last axis): rows run along the middle axis of [outer, rowSize, innerSize]
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide x.length
 * @example
 * hardmaxF32(new Float32Array(4), Float32Array.of(0, 5, 7, 7), 2) //=> Float32Array [0, 1, 1, 0]
 * // shape [1, 2, 2] along axis 1: the rows are (0, 7) and (5, 7)
 * hardmaxF32(new Float32Array(4), Float32Array.of(0, 5, 7, 7), 2, 2) //=> Float32Array [0, 0, 1, 1]
 * @category Normalising
 */
export function hardmaxF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, innerSize?: number): Float32Array {
  checkUnary(out, x);
  const size = rowSizeAlong(rowSize, innerSize, x.length);
  const inner = innerSizeOf(innerSize, size, x.length);
  hardmaxKernel(out, copyIfPartialOverlap(out, x), size, inner);
  return out;
}

/**
 * Backward pass of {@link hardmaxF32}: writes +0 into dx (the Jacobian is 0 wherever it exists;
 * see the module comment), after the same checks as softmaxBackwardF32. Returns `dx`; `dx` may be `dy` or `y`.
 *
 * @param dx - destination gradient w.r.t. x, same length as y
 * @param dy - incoming gradient w.r.t. hardmax's output
 * @param y - hardmax's output (hardmaxF32(x) with the same rowSize and innerSize)
 * @param rowSize - elements per row (default y.length / innerSize)
 * @param innerSize - elements after the axis (default 1), as for {@link hardmaxF32}
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide y.length
 * @example
 * hardmaxBackwardF32(new Float32Array(2), Float32Array.of(1, -2), Float32Array.of(0, 1)) //=> Float32Array [0, 0]
 * @category Normalising
 */
export function hardmaxBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  rowSize?: number,
  innerSize?: number,
): Float32Array {
  checkBackward(dx, dy, y, 'y');
  innerSizeOf(innerSize, rowSizeAlong(rowSize, innerSize, y.length), y.length);
  return dx.fill(0);
}
