/**
 * Log-softmax: the logarithm of softmax over each row, x_i − logSumExp(x), the log-probabilities of a row of logits.
 *
 * ![logSoftmax of (0, x): its second entry is log σ(x)](../../../docs/plots/log-softmax.svg)
 *
 * **Formula**
 *
 * ```text
 * logSoftmax(x)_i = x_i − log Σ_j e^{x_j}, computed as (x_i − m) − log1p(Σ_{j≠k} e^{x_j − m}), m = x_k = max x
 * VJP: dx = dy − e^{y}·Σ_j dy_j, y = logSoftmax(x)
 * ```
 *
 * Both terms are ≤ 0, so nothing cancels, and log1p keeps the digits of a dominant entry:
 * logSoftmax([0, -50])[0] is −e^{−50} = −1.9287498479639178e−22, which log(1 + e^{−50}) rounds to 0.
 *
 * **Parameters** (array forms): `rowSize`, elements per row, default x.length; a positive integer dividing x.length;
 * `innerSize`, the elements after the axis, default 1: rows along the middle axis of a C-contiguous
 * [outer, rowSize, innerSize] tensor (PyTorch's `dim`, Keras's `axis`), as for softmax; bit for bit
 * the transpose route's results.
 *
 * **Special values**: a row with a NaN is all NaN; −∞ entries give −∞; a row of only −∞ is all
 * NaN (as in PyTorch; softmax is undefined there); a row with a +∞ entry is all NaN (∞ − ∞, as
 * in PyTorch and JAX); logSoftmax of one entry is [+0]; the max entry gives +0 when every other
 * entry is −∞ and −0 when the others' e^{x − m} sum underflows.
 *
 * **Derivative**: a row-to-row map, so its derivative is the Jacobian I − 1·softmax(x)ᵀ; the
 * backward pass is its product with a vector (the VJP), the form training needs.
 *
 * Forms: `logSoftmax(x)` (one row, float64), `logSoftmaxF32(out, x, rowSize?, innerSize?)`,
 * `logSoftmaxBackward(dy, y)` and `logSoftmaxBackwardF32(dx, dy, y, rowSize?, innerSize?)` (from the output
 * y, like PyTorch's `_log_softmax_backward_data`). Import from `rectified/logSoftmax` (or its alias `rectified/log-softmax`) or `rectified`.
 *
 * @module logSoftmax
 * @category Normalising
 */
import { innerSizeOf, rowSizeAlong } from '../../internal/axis.js';
import { assertNumbers, checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { sumError } from '../../internal/dd.js';
import { logSoftmaxBackwardKernel, logSoftmaxKernel } from '../../internal/log-softmax-kernels.js';
import { log1pDD, minusDD, rowStats64 } from '../../internal/softmax-row.js';

/**
 * Log-softmax of one row: x_i − log Σ_j e^{x_j} (PyTorch `F.log_softmax`, JAX `log_softmax`).
 *
 * Computed as (x_i − m) − log1p(s), s = Σ_{j≠k} e^{x_j − m} compensated, with the rounding
 * errors of x_i − m and of s carried along: within a few ulp of the exact value everywhere.
 *
 * @param x - one row of logits (any length; empty gives [])
 * @returns a new array of log-probabilities (≤ 0); all NaN if any entry is NaN or +Infinity, or
 *   if every entry is −Infinity; −Infinity for −Infinity entries
 * @throws {TypeError} if x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * logSoftmax([0, 0]) //=> [-0.6931471805599453, -0.6931471805599453]
 * logSoftmax([0, -50]) //=> [-1.9287498479639178e-22, -50]
 * @category Normalising
 */
export function logSoftmax(x: ArrayLike<number>): number[] {
  assertNumbers('x', x);
  const out = new Array<number>(x.length);
  const r = rowStats64(x);
  if (typeof r === 'number') return out.fill(NaN);
  const [L, lLo] = log1pDD(r.hi, r.lo);
  let others = false; // a finite entry besides the max: then the max's value is < 0, if only just
  for (let i = 0; i < x.length; i++) {
    const d = x[i] - r.m;
    const finite = d - d === 0;
    others ||= finite && i !== r.k;
    out[i] = d - L + ((finite ? sumError(x[i], -r.m, d) : 0) - lLo);
  }
  // −e^{d} underflowed (d < −745): the exact value is a negative number that rounds to −0.
  if (others && out[r.k] === 0) out[r.k] = -0;
  return out;
}

/**
 * Vector-Jacobian product of {@link logSoftmax} from its output y = logSoftmax(x):
 * dx_i = dy_i − e^{y_i}·Σ_j dy_j. Where e^{y_i} > ½ it is formed as (dy_i − Σ dy) − Σ dy·expm1(y_i),
 * so the cross-entropy gradient softmax − onehot keeps its digits for a confident entry
 * (1 − e^{y} would cancel). Within a few ulp of the exact value, or where dy_i and e^{y_i}·Σ dy
 * nearly cancel, a few ulp of the larger of the two (Math.exp's own rounding).
 *
 * @param dy - incoming gradient w.r.t. logSoftmax's output
 * @param y - logSoftmax's output (log-probabilities ≤ 0), same length as dy
 * @returns a new array dx; NaN in dy or y propagates; a −Infinity y_i gives dx_i = dy_i
 * @throws {TypeError} if dy or y is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @throws {RangeError} if the lengths differ
 * @example
 * // cross-entropy with target 0: softmax − onehot, 1 − p kept to the last digit
 * logSoftmaxBackward([-1, 0], logSoftmax([30, 0])) //=> [-9.357622968839299e-14, 9.35762296883931e-14]
 * @category Normalising
 */
export function logSoftmaxBackward(dy: ArrayLike<number>, y: ArrayLike<number>): number[] {
  assertNumbers('dy', dy);
  assertNumbers('y', y);
  if (dy.length !== y.length) {
    throw new RangeError(`dy and y must have the same length, got dy.length = ${dy.length} and y.length = ${y.length}`);
  }
  let s = 0;
  let c = 0;
  for (let i = 0; i < dy.length; i++) {
    const t = s + dy[i];
    c += sumError(s, dy[i], t);
    s = t;
  }
  let hi = s + c;
  let lo = c - (hi - s);
  if (!(hi - hi === 0)) [hi, lo] = [s, 0];
  const dx = new Array<number>(y.length);
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v > -Math.LN2) {
      dx[i] = minusDD(dy[i], hi, lo) - hi * Math.expm1(v);
    } else {
      const e = Math.exp(v);
      dx[i] = e === 0 && v !== -Infinity ? minusUnderflowed(dy[i], v, hi) : dy[i] - e * hi - e * lo;
    }
  }
  return dx;
}

/** 1024·ln 2: e^{v + LN2_1024}·2⁻¹⁰²⁴ = e^v, with 2⁻¹⁰²⁴ exact (a subnormal power of two). */
const LN2_1024 = 709.782712893384;

/**
 * dy − e^v·s for a finite v where e^v underflows to 0 (v < −745): the product is formed as
 * e^{v + 1024 ln 2}·s·2⁻¹⁰²⁴ (it is not negligible when |s| is huge), and a zero result takes
 * the sign of −s, as the exact value (a tiny nonzero product subtracted from ±0) does. The
 * rounding of v + 1024 ln 2 costs up to ~2⁻⁴³ relative in the product, which shows only where
 * the product and dy cancel.
 */
function minusUnderflowed(dy: number, v: number, s: number): number {
  const r = dy - Math.exp(v + LN2_1024) * s * 2 ** -1024;
  return r === 0 && dy === 0 && s !== 0 ? (s > 0 ? -0 : 0) : r;
}

/**
 * Row-wise {@link logSoftmax} into `out`; returns `out`. x is read as rows of `rowSize`
 * elements (default: one row); one pass finds each row's max and Σ e^{x − m} together, a second
 * writes (x_i − m) − log1p(s). Within 1 float32 ulp of the exact value. Special rows as for
 * {@link logSoftmax}. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input logits
 * @param rowSize - elements per row (default x.length / innerSize: one block; a positive integer dividing x.length)
 * @param innerSize - elements after the axis (default 1, the last axis): rows run along the middle axis of [outer, rowSize, innerSize]
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide x.length
 * @example
 * logSoftmaxF32(new Float32Array(4), Float32Array.of(0, 0, 0, -Infinity), 2) //=> Float32Array [-0.6931471824645996, -0.6931471824645996, 0, -Infinity]
 * @category Normalising
 */
export function logSoftmaxF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, innerSize?: number): Float32Array {
  checkUnary(out, x);
  const size = rowSizeAlong(rowSize, innerSize, x.length);
  const inner = innerSizeOf(innerSize, size, x.length);
  logSoftmaxKernel(out, copyIfPartialOverlap(out, x), size, inner);
  return out;
}

/**
 * Fused backward pass of {@link logSoftmaxF32} from its output y: per row,
 * dx_i = dy_i − e^{y_i}·Σ_j dy_j, with Σ dy compensated and the expm1 form of
 * {@link logSoftmaxBackward} where e^{y_i} > ½; within 1 float32 ulp of the exact value unless
 * the two terms cancel to below 2⁻²⁸ of |dy_i| + |Σdy| (then within 2⁻⁵⁰ of that sum: the
 * exponential's float64 accuracy, which the cancellation exposes). Exact for y ≤ 0 (all logSoftmax outputs); the table
 * exponential clamps y above 400. Returns `dx`; `dx` may be `dy` or `y`.
 *
 * @param dx - destination gradient w.r.t. x, same length as y
 * @param dy - incoming gradient w.r.t. logSoftmax's output
 * @param y - logSoftmax's output (logSoftmaxF32(x) with the same rowSize and innerSize)
 * @param rowSize - elements per row (default y.length / innerSize)
 * @param innerSize - elements after the axis (default 1), as for {@link logSoftmaxF32}
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if the lengths differ, rowSize or innerSize is not a positive integer, or rowSize·innerSize does not divide y.length
 * @example
 * logSoftmaxBackwardF32(new Float32Array(2), Float32Array.of(-1, 0), Float32Array.of(-0.6931471824645996, -0.6931471824645996)) //=> Float32Array [-0.5, 0.5]
 * @category Normalising
 */
export function logSoftmaxBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  rowSize?: number,
  innerSize?: number,
): Float32Array {
  checkBackward(dx, dy, y, 'y');
  const size = rowSizeAlong(rowSize, innerSize, y.length);
  const inner = innerSizeOf(innerSize, size, y.length);
  logSoftmaxBackwardKernel(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, y), size, inner);
  return dx;
}
