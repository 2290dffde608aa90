/**
 * Sparsemax (Martins & Astudillo 2016): the Euclidean projection of a row onto the probability simplex — like softmax a probability vector, but with exact zeros.
 *
 * ![sparsemax of (0, x): its second entry is clamp((x + 1)/2, 0, 1)](../../../docs/plots/sparsemax.svg)
 *
 * **Formula**
 *
 * ```text
 * sparsemax(x) = argmin_{p ∈ Δ} ‖p − x‖²,  i.e.  y_i = max(x_i − τ, 0) with τ such that Σ_i y_i = 1
 * τ = (Σ_{j≤K} x_(j) − 1)/K over the K largest entries, K = max{k : 1 + k·x_(k) > Σ_{j≤k} x_(j)}
 * VJP: dx_i = dy_i − (1/|S|)·Σ_{j∈S} dy_j on the support S = {i : y_i > 0}, 0 off it
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; a positive
 * integer dividing x.length. `innerSize` (array forms): elements after the row's axis, default 1
 * — a C-contiguous tensor [outer, rowSize, innerSize] is projected along its middle axis, as
 * Keras's `axis` and PyTorch's `dim` (sparsemax over the channels of NCHW: rowSize = C,
 * innerSize = H·W), with the same results as transposing that axis last.
 *
 * **Special values**: a row with a NaN or a +∞ entry is all NaN (τ would be ∞ − ∞, as softmax's
 * +∞ rows); −∞ entries get +0; a row of only −∞ is all NaN (no finite entry to project, as
 * softmax); sparsemax of one finite entry is [1]; outputs are never −0. Ties are not a special
 * case: the projection is unique, and tied entries get equal values (both in or both out of the
 * support). The float64 form needs the support's sum to stay finite (|x_i| below about
 * 1.7e308/rowSize); the float32 kernels always do.
 *
 * **Derivative**: a row-to-row map whose Jacobian is J = diag(s) − s·sᵀ/|S| (s the support's
 * indicator), symmetric, so the backward pass (from the output y) is also the JVP. At a point
 * where an entry sits exactly at τ (y_i = 0 with x_i = τ) the Jacobian jumps; the entry is then
 * off the support (its gradient 0), the one-sided choice of TensorFlow Addons and Keras.
 *
 * **Accuracy**: the threshold and each x_i − τ are formed in double-double, so every entry is
 * within a few ulp of the exact projection (float64) or within 1 float32 ulp (kernels), unless
 * an x_i lies within about 2⁻¹⁰⁰ of τ relative to the support's sum: there the support decision
 * may differ from the exact one, by an amount of that size.
 *
 * Forms: `sparsemax(x)` (one row, float64), `sparsemaxF32(out, x, rowSize?, innerSize?)`,
 * `sparsemaxBackward(dy, y)` and `sparsemaxBackwardF32(dx, dy, y, rowSize?, innerSize?)` (from
 * the output y). Keras 3: `keras.ops.sparsemax`; TensorFlow Addons: `tfa.activations.sparsemax`;
 * PyTorch and JAX ship none. Import from `rectified/sparsemax` or `rectified`.
 *
 * @module sparsemax
 * @category Normalising
 */
import { innerSizeOf, rowSizeAlong } from '../../internal/axis.js';
import { assertNumbers, checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { sparsemaxEntry, sparsemaxThreshold, supportGradient, supportMean } from '../../internal/sparsemax-row.js';

/**
 * Sparsemax of one row: the probability vector closest to x in Euclidean distance, max(x_i − τ, 0).
 *
 * @param x - one row (any length; empty gives [])
 * @returns a new array of probabilities summing to 1 with exact zeros below τ; all NaN if any
 *   entry is NaN or +Infinity or every entry is −Infinity; +0 for −Infinity entries
 * @throws {TypeError} if x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * sparsemax([0, 1]) //=> [0, 1]
 * sparsemax([0.5, 0.25, -1]) //=> [0.625, 0.375, 0]
 * sparsemax([1, 1, 1, 1]) //=> [0.25, 0.25, 0.25, 0.25]
 * @category Normalising
 */
export function sparsemax(x: ArrayLike<number>): number[] {
  assertNumbers('x', x);
  const n = x.length;
  const z = Float64Array.from(x);
  const tau = new Float64Array(2);
  const k = sparsemaxThreshold(z, n, new Float64Array(n), tau);
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) y[i] = k === 0 ? NaN : sparsemaxEntry(z[i], tau[0], tau[1]);
  return y;
}

/**
 * Vector-Jacobian product of {@link sparsemax} from its output y: dx_i = dy_i − mean of dy over
 * the support {j : y_j > 0}, and +0 off the support (the Jacobian's zeros, whatever dy holds
 * there). The mean is a compensated sum divided in double-double, so dy_i − mean keeps its digits.
 *
 * @param dy - incoming gradient w.r.t. sparsemax's output
 * @param y - sparsemax's output, same length as dy
 * @returns a new array dx; all NaN if y has a NaN; NaN/±∞ in dy on the support propagate through the mean
 * @throws {TypeError} if dy or y is not an array-like of numbers
 * @throws {RangeError} if the lengths differ
 * @example
 * sparsemaxBackward([1, 0, 5], [0.625, 0.375, 0]) //=> [0.5, -0.5, 0]
 * @category Normalising
 */
export function sparsemaxBackward(dy: ArrayLike<number>, y: ArrayLike<number>): number[] {
  assertNumbers('dy', dy);
  assertNumbers('y', y);
  if (dy.length !== y.length) {
    throw new RangeError(`dy and y must have the same length, got dy.length = ${dy.length} and y.length = ${y.length}`);
  }
  const mean = new Float64Array(2);
  supportMean(dy, y, 0, 1, y.length, mean);
  const dx = new Array<number>(y.length);
  for (let i = 0; i < y.length; i++) dx[i] = supportGradient(dy[i], y[i], mean[0], mean[1]);
  return dx;
}

/**
 * Row-wise {@link sparsemax} into `out`; returns `out`. Rows of `rowSize` elements along the
 * middle axis of [outer, rowSize, innerSize] (innerSize = 1: consecutive rows). Each row's
 * threshold comes from sorting only its entries above max − 1 (the only ones that can be in the
 * support); computed in float64 with double-double τ and rounded once: within 1 float32 ulp.
 * `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input rows
 * @param rowSize - elements per row (default x.length / innerSize: one block; a positive integer dividing x.length)
 * @param innerSize - elements after the row's axis (default 1; rowSize·innerSize divides x.length)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, or rowSize or rowSize·innerSize does not divide x.length
 * @example
 * sparsemaxF32(new Float32Array(4), Float32Array.of(0, 1, 0.5, 0.25), 2) //=> Float32Array [0, 1, 0.625, 0.375]
 * sparsemaxF32(new Float32Array(4), Float32Array.of(0, 0.5, 1, 0.25), 2, 2) //=> Float32Array [0, 0.625, 1, 0.375]
 * @category Normalising
 */
export function sparsemaxF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, innerSize?: number): Float32Array {
  checkUnary(out, x);
  const size = rowSizeAlong(rowSize, innerSize, x.length);
  const inner = innerSizeOf(innerSize, size, x.length);
  const src = copyIfPartialOverlap(out, x);
  const z = new Float64Array(size);
  const scratch = new Float64Array(size);
  const tau = new Float64Array(2);
  const block = size * inner;
  for (let base = 0, n = src.length; base < n; base += block) {
    for (let c = 0; c < inner; c++) {
      const start = base + c;
      for (let j = 0, i = start; j < size; j++, i += inner) z[j] = src[i];
      const k = sparsemaxThreshold(z, size, scratch, tau);
      const hi = tau[0];
      const lo = tau[1];
      if (k === 0) for (let j = 0, i = start; j < size; j++, i += inner) out[i] = NaN;
      else for (let j = 0, i = start; j < size; j++, i += inner) out[i] = sparsemaxEntry(z[j], hi, lo);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link sparsemaxF32} from its output y: per row, dx_i = dy_i − mean of
 * dy over the support (y_j > 0), +0 off it; within 1 float32 ulp of the exact value. Rows as in
 * {@link sparsemaxF32}. Returns `dx`; `dx` may be `dy` or `y`.
 *
 * @param dx - destination gradient w.r.t. x, same length as y
 * @param dy - incoming gradient w.r.t. sparsemax's output
 * @param y - sparsemax's output (sparsemaxF32(x) with the same rowSize and innerSize)
 * @param rowSize - elements per row (default y.length / innerSize)
 * @param innerSize - elements after the row's axis (default 1)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, or rowSize or rowSize·innerSize does not divide y.length
 * @example
 * sparsemaxBackwardF32(new Float32Array(3), Float32Array.of(1, 0, 5), Float32Array.of(0.625, 0.375, 0)) //=> Float32Array [0.5, -0.5, 0]
 * @category Normalising
 */
export function sparsemaxBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  rowSize?: number,
  innerSize?: number,
): Float32Array {
  checkBackward(dx, dy, y, 'y');
  const size = rowSizeAlong(rowSize, innerSize, y.length);
  const inner = innerSizeOf(innerSize, size, y.length);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, y);
  const mean = new Float64Array(2);
  const block = size * inner;
  for (let base = 0, n = src.length; base < n; base += block) {
    for (let c = 0; c < inner; c++) {
      const start = base + c;
      supportMean(g, src, start, inner, size, mean);
      const hi = mean[0];
      const lo = mean[1];
      for (let j = 0, i = start; j < size; j++, i += inner) dx[i] = supportGradient(g[i], src[i], hi, lo);
    }
  }
  return dx;
}
