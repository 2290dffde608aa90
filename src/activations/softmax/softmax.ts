/**
 * Softmax: exponentials normalised to sum to 1 over each row, the probability vector of a row of logits.
 *
 * ![softmax of (0, x): its second entry is σ(x)](../../../docs/plots/softmax.svg)
 *
 * **Formula**
 *
 * ```text
 * softmax(x)_i = e^{x_i} / Σ_j e^{x_j}, computed as e^{x_i − m} / (1 + Σ_{j≠k} e^{x_j − m}), m = x_k = max x
 * JVP/VJP (the Jacobian is symmetric): dx = y ⊙ (dy − Σ_j dy_j·y_j), y = softmax(x)
 * ```
 *
 * **Parameters** (array forms): `rowSize`, elements per row, default x.length; a positive integer dividing x.length;
 * `innerSize`, the elements after the axis, default 1: x is read as a C-contiguous [outer, rowSize,
 * innerSize] tensor and each row runs along its middle axis (PyTorch's `dim`, Keras's `axis`), so
 * softmax over the channels of NCHW is rowSize = C, innerSize = H·W, with no transpose. rowSize·innerSize
 * must divide x.length (give rowSize explicitly with an innerSize > 1). The results equal transposing
 * the axis to the end, running the kernel with innerSize = 1 and transposing back, bit for bit (a
 * NaN's payload aside, which JavaScript engines do not fix).
 *
 * **Special values**: a row with a NaN is all NaN; −∞ entries get +0 (they contribute nothing);
 * a row of only −∞ is all NaN (0/0, as in PyTorch: no limit exists); a row with a +∞ entry is
 * all NaN (∞ − ∞, as in PyTorch and JAX); softmax of one entry is [1]; outputs are never −0.
 *
 * **Derivative**: softmax maps a row to a row, so its derivative is the n×n Jacobian
 * J = diag(y) − y·yᵀ, not an elementwise f′; the useful form is the product with a vector,
 * which is the backward pass (and, J being symmetric, also the forward-mode JVP).
 *
 * Forms: `softmax(x)` (one row, float64), `softmaxF32(out, x, rowSize?, innerSize?)`,
 * `softmaxBackward(dy, y)` and `softmaxBackwardF32(dx, dy, y, rowSize?, innerSize?)` (from the output y,
 * like PyTorch's `_softmax_backward_data`). Import from `rectified/softmax` or `rectified`.
 *
 * @module softmax
 * @category Normalising
 */
import { innerSizeOf, rowSizeAlong } from '../../internal/axis.js';
import { assertNumbers, checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { softmaxBackwardKernel, softmaxKernel } from '../../internal/softmax-kernels.js';
import { softmax64, softmaxBackward64 } from '../../internal/softmax-row.js';

/**
 * Softmax of one row: e^{x_i}/Σ_j e^{x_j} (PyTorch `F.softmax`, JAX `softmax` on the last axis).
 *
 * The row max m is subtracted first (nothing overflows), each x_i − m carries its rounding
 * error into the exponential, and the sum is compensated: every entry is within a few ulp of
 * the exact value, also far in the tail (softmax([0, -700.3])[1] keeps all its digits).
 *
 * @param x - one row of logits (any length; empty gives [])
 * @returns a new array of probabilities summing to 1; all NaN if any entry is NaN or +Infinity,
 *   or if every entry is −Infinity; +0 for −Infinity entries
 * @throws {TypeError} if x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * softmax([0, 1]) //=> [0.2689414213699951, 0.7310585786300049]
 * softmax([1000, 1000, -Infinity]) //=> [0.5, 0.5, 0]
 * @category Normalising
 */
export function softmax(x: ArrayLike<number>): number[] {
  assertNumbers('x', x);
  return softmax64(x);
}

/**
 * Vector-Jacobian product of {@link softmax} from its output y = softmax(x): dx = y ⊙ (dy − Σ_j dy_j·y_j)
 * (J = diag(y) − y·yᵀ is symmetric, so this is also the JVP). The dot product is formed in
 * double-double (exact products, compensated sum), so dy_i − Σ dy·y keeps its digits: within a
 * few ulp unless that difference cancels to below about 2⁻¹⁰⁰ of Σ|dy·y|.
 *
 * @param dy - incoming gradient w.r.t. softmax's output
 * @param y - softmax's output, same length as dy
 * @returns a new array dx; NaN/±∞ in dy or y propagate as in the formula
 * @throws {TypeError} if dy or y is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @throws {RangeError} if the lengths differ
 * @example
 * softmaxBackward([1, 0], [0.25, 0.75]) //=> [0.1875, -0.1875]
 * @category Normalising
 */
export function softmaxBackward(dy: ArrayLike<number>, y: ArrayLike<number>): number[] {
  assertNumbers('dy', dy);
  assertNumbers('y', y);
  if (dy.length !== y.length) {
    throw new RangeError(`dy and y must have the same length, got dy.length = ${dy.length} and y.length = ${y.length}`);
  }
  return softmaxBackward64(dy, y, 1);
}

/**
 * Row-wise {@link softmax} into `out`; returns `out`. x is read as rows of `rowSize` elements
 * (default: one row). One pass finds each row's max and sum together (online softmax), a
 * second writes e^{x_i − m}/Σ; computed in float64 and rounded once, so each entry is within
 * 1 float32 ulp of the exact value. Special rows as for {@link softmax}. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input logits
 * @param rowSize - elements per row (default x.length / innerSize: one block; a positive integer dividing x.length)
 * @param innerSize - elements after the axis (default 1, the last axis): rows run along the middle axis of [outer, rowSize, innerSize]
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide x.length
 * @example
 * softmaxF32(new Float32Array(4), Float32Array.of(0, 0, 1, -Infinity), 2) //=> Float32Array [0.5, 0.5, 1, 0]
 * // shape [1, 2, 2] along axis 1: the rows are (0, 1) and (0, −∞)
 * softmaxF32(new Float32Array(4), Float32Array.of(0, 0, 1, -Infinity), 2, 2) //=> Float32Array [0.2689414322376251, 1, 0.7310585975646973, 0]
 * @category Normalising
 */
export function softmaxF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, innerSize?: number): Float32Array {
  checkUnary(out, x);
  const size = rowSizeAlong(rowSize, innerSize, x.length);
  const inner = innerSizeOf(innerSize, size, x.length);
  softmaxKernel(out, copyIfPartialOverlap(out, x), size, inner, 1);
  return out;
}

/**
 * Fused backward pass of {@link softmaxF32} from its output y: per row,
 * dx_i = y_i·(dy_i − Σ_j dy_j·y_j) (PyTorch's `softmax_backward` convention: the saved output,
 * not the input). The products are exact in float64 and their sum compensated, so each entry
 * is within 1 float32 ulp of the exact value. Returns `dx`; `dx` may be `dy` or `y`.
 *
 * @param dx - destination gradient w.r.t. x, same length as y
 * @param dy - incoming gradient w.r.t. softmax's output
 * @param y - softmax's output (softmaxF32(x) with the same rowSize and innerSize)
 * @param rowSize - elements per row (default y.length / innerSize)
 * @param innerSize - elements after the axis (default 1), as for {@link softmaxF32}
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide y.length
 * @example
 * softmaxBackwardF32(new Float32Array(2), Float32Array.of(1, 0), Float32Array.of(0.25, 0.75)) //=> Float32Array [0.1875, -0.1875]
 * @category Normalising
 */
export function softmaxBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  rowSize?: number,
  innerSize?: number,
): Float32Array {
  checkBackward(dx, dy, y, 'y');
  const size = rowSizeAlong(rowSize, innerSize, y.length);
  const inner = innerSizeOf(innerSize, size, y.length);
  softmaxBackwardKernel(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, y), size, inner, 1);
  return dx;
}
