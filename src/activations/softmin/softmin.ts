/**
 * Softmin: softmax of −x over each row, the probability vector that favours the smallest entries (PyTorch `nn.Softmin`).
 *
 * ![softmin of (0, x): its second entry is σ(−x)](../../../docs/plots/softmin.svg)
 *
 * **Formula**
 *
 * ```text
 * softmin(x)_i = e^{−x_i} / Σ_j e^{−x_j} = softmax(−x)_i, computed as e^{m − x_i} / (1 + Σ_{j≠k} e^{m − x_j}), m = x_k = min x
 * VJP from the output y = softmin(x): dx = y ⊙ (Σ_j dy_j·y_j − dy)
 * ```
 *
 * Negation is exact, so the forward forms are softmax's on −x bit for bit, and the backward
 * passes are the negatives of softmax's (an exact zero difference being +0 in both).
 *
 * **Parameters** (array forms): `rowSize`, elements per row, default x.length; a positive integer dividing x.length;
 * `innerSize`, the elements after the axis, default 1: rows along the middle axis of a C-contiguous
 * [outer, rowSize, innerSize] tensor (PyTorch's `dim`, Keras's `axis`), as for softmax.
 *
 * **Special values**: a row with a NaN is all NaN; +∞ entries get +0; a row of only +∞ is all
 * NaN (no limit exists, as softmax of only −∞); a row with a −∞ entry is all NaN (as PyTorch's
 * `F.softmin`: ∞ − ∞); softmin of one entry is [1].
 *
 * **Derivative**: a row-to-row map with the Jacobian −(diag(y) − y·yᵀ) (symmetric), so its
 * derivative is offered as the backward pass (which is also the JVP).
 *
 * Forms: `softmin(x)` (one row, float64), `softminF32(out, x, rowSize?, innerSize?)`,
 * `softminBackward(dy, y)` and `softminBackwardF32(dx, dy, y, rowSize?, innerSize?)` (from the
 * output y, like softmax's). Import from `rectified/softmin` or `rectified`.
 *
 * @module softmin
 * @category Normalising
 */
import { innerSizeOf, rowSizeAlong } from '../../internal/axis.js';
import { assertNumbers, checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { softmaxBackwardKernel, softmaxKernel } from '../../internal/softmax-kernels.js';
import { softmax64, softmaxBackward64 } from '../../internal/softmax-row.js';

/**
 * Softmin of one row: e^{−x_i}/Σ_j e^{−x_j} (PyTorch `F.softmin` on the last axis), computed as
 * softmax of −x: the row minimum is subtracted first, so nothing overflows, and each entry is
 * within a few ulp of the exact value.
 *
 * @param x - one row (any length; empty gives [])
 * @returns a new array of probabilities summing to 1; all NaN if any entry is NaN or −Infinity,
 *   or if every entry is +Infinity; +0 for +Infinity entries
 * @throws {TypeError} if x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * softmin([0, 1]) //=> [0.7310585786300049, 0.2689414213699951]
 * softmin([-1000, -1000, Infinity]) //=> [0.5, 0.5, 0]
 * @category Normalising
 */
export function softmin(x: ArrayLike<number>): number[] {
  assertNumbers('x', x);
  return softmax64(Array.from(x, (v) => -v));
}

/**
 * Vector-Jacobian product of {@link softmin} from its output y = softmin(x):
 * dx = y ⊙ (Σ_j dy_j·y_j − dy), the negative of softmaxBackward(dy, y) (an exact zero difference
 * gives +0, as x − x does), with its double-double dot product: within a few ulp unless
 * dy_i − Σ dy·y cancels to below about 2⁻¹⁰⁰ of Σ|dy·y|.
 *
 * @param dy - incoming gradient w.r.t. softmin's output
 * @param y - softmin's output, same length as dy
 * @returns a new array dx; NaN/±∞ in dy or y propagate as in the formula
 * @throws {TypeError} if dy or y is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @throws {RangeError} if the lengths differ
 * @example
 * softminBackward([1, 0], [0.25, 0.75]) //=> [-0.1875, 0.1875]
 * @category Normalising
 */
export function softminBackward(dy: ArrayLike<number>, y: ArrayLike<number>): number[] {
  assertNumbers('dy', dy);
  assertNumbers('y', y);
  if (dy.length !== y.length) {
    throw new RangeError(`dy and y must have the same length, got dy.length = ${dy.length} and y.length = ${y.length}`);
  }
  return softmaxBackward64(dy, y, -1);
}

/**
 * Row-wise {@link softmin} into `out`; returns `out`: softmaxF32 of −x (one pass for each row's
 * minimum and sum, a second for e^{m − x_i}/Σ), computed in float64 and rounded once, so each
 * entry is within 1 float32 ulp of the exact value. Special rows as for {@link softmin}. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param rowSize - elements per row (default x.length / innerSize: one block; a positive integer dividing x.length)
 * @param innerSize - elements after the axis (default 1, the last axis): rows run along the middle axis of [outer, rowSize, innerSize]
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide x.length
 * @example
 * softminF32(new Float32Array(4), Float32Array.of(0, 0, -1, Infinity), 2) //=> Float32Array [0.5, 0.5, 1, 0]
 * // shape [1, 2, 2] along axis 1: the rows are (0, −1) and (0, +∞)
 * softminF32(new Float32Array(4), Float32Array.of(0, 0, -1, Infinity), 2, 2) //=> Float32Array [0.2689414322376251, 1, 0.7310585975646973, 0]
 * @category Normalising
 */
export function softminF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, innerSize?: number): Float32Array {
  checkUnary(out, x);
  const size = rowSizeAlong(rowSize, innerSize, x.length);
  const inner = innerSizeOf(innerSize, size, x.length);
  softmaxKernel(out, copyIfPartialOverlap(out, x), size, inner, -1);
  return out;
}

/**
 * Fused backward pass of {@link softminF32} from its output y: per row,
 * dx_i = y_i·(Σ_j dy_j·y_j − dy_i), the negative of softmaxBackwardF32's, with the same exact
 * products and compensated sum: within 1 float32 ulp of the exact value. Returns `dx`; `dx` may be `dy` or `y`.
 *
 * @param dx - destination gradient w.r.t. x, same length as y
 * @param dy - incoming gradient w.r.t. softmin's output
 * @param y - softmin's output (softminF32(x) with the same rowSize and innerSize)
 * @param rowSize - elements per row (default y.length / innerSize)
 * @param innerSize - elements after the axis (default 1), as for {@link softminF32}
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide y.length
 * @example
 * softminBackwardF32(new Float32Array(2), Float32Array.of(1, 0), Float32Array.of(0.25, 0.75)) //=> Float32Array [-0.1875, 0.1875]
 * @category Normalising
 */
export function softminBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  rowSize?: number,
  innerSize?: number,
): Float32Array {
  checkBackward(dx, dy, y, 'y');
  const size = rowSizeAlong(rowSize, innerSize, y.length);
  const inner = innerSizeOf(innerSize, size, y.length);
  softmaxBackwardKernel(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, y), size, inner, -1);
  return dx;
}
