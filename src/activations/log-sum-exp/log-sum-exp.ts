/**
 * LogSumExp: log Σ e^{x_i} over each row, the smooth maximum (and the normaliser of softmax); its gradient is softmax.
 *
 * ![logSumExp of (0, x), which is softplus(x)](../../../docs/plots/log-sum-exp.svg)
 *
 * **Formula**
 *
 * ```text
 * logSumExp(x) = log Σ_i e^{x_i}, computed as m + log1p(Σ_{i≠k} e^{x_i − m}), m = x_k = max x
 * ∂ logSumExp/∂x_i = softmax(x)_i, so dx = dy·softmax(x) per row
 * ```
 *
 * max x ≤ logSumExp(x) ≤ max x + log n. logSumExp([0, x]) = softplus(x).
 *
 * **Parameters** (array forms): `rowSize`, elements per row, default x.length; a positive integer dividing x.length;
 * `innerSize`, the elements after the axis, default 1: rows along the middle axis of a C-contiguous
 * [outer, rowSize, innerSize] tensor (PyTorch's `dim`, Keras's `axis`), the results (and the
 * backward pass's dy) laid out [outer, innerSize]; bit for bit the transpose route's results.
 *
 * **Special values**: NaN if the row holds a NaN; +∞ if it holds a +∞ (the limit, as
 * `torch.logsumexp` gives); −∞ for an empty row or a row of only −∞ (log 0, as PyTorch and
 * JAX); −∞ entries contribute nothing; logSumExp([x]) = x, except that −0 gives +0.
 *
 * **Accuracy**: within a few ulp of the exact value, except where m + log1p(s) cancels — a
 * negative max with logSumExp near 0, possible only for −log n < m < 0: there the error is a few
 * ulp of |m| (absolute). The gradient (softmax) is NaN for rows of only −∞ or with a +∞.
 *
 * Forms: `logSumExp(x)` (one row, float64), `logSumExpF32(out, x, rowSize?, innerSize?)` (one result per
 * row), `logSumExpBackward(dy, x)` and `logSumExpBackwardF32(dx, dy, x, rowSize?, innerSize?)` (one dy per
 * row, the forward input x). Import from `rectified/logSumExp` (or its alias `rectified/log-sum-exp`) or `rectified`.
 *
 * @module logSumExp
 * @category Normalising
 */
import { innerSizeOf, rowSizeAlong } from '../../internal/axis.js';
import { assertFloat32Array, assertNumbers, assertSameLength, copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
import { logSumExpBackwardKernel, logSumExpKernel } from '../../internal/log-softmax-kernels.js';
import { assertInput } from '../../internal/params.js';
import { log1pDD, rowCount, rowStats64, softmax64 } from '../../internal/softmax-row.js';

/**
 * LogSumExp of one row: log Σ_i e^{x_i} (`torch.logsumexp`, JAX `logsumexp`), as
 * m + log1p(s) with s = Σ_{i≠k} e^{x_i − m} compensated; never overflows.
 *
 * @param x - one row (any length)
 * @returns log Σ e^{x_i}; NaN if an entry is NaN; +Infinity if an entry is +Infinity; −Infinity
 *   for [] or a row of only −Infinity; +0 for [-0]
 * @throws {TypeError} if x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * logSumExp([0, 0]) //=> 0.6931471805599453
 * logSumExp([1000, 1000]) //=> 1000.6931471805599
 * logSumExp([-Infinity, -Infinity]) //=> -Infinity
 * @category Normalising
 */
export function logSumExp(x: ArrayLike<number>): number {
  assertNumbers('x', x);
  const r = rowStats64(x);
  if (typeof r === 'number') return r;
  const [L, lLo] = log1pDD(r.hi, r.lo);
  return r.m + L + lLo;
}

/**
 * Gradient of {@link logSumExp} times dy: dy·softmax(x) (the gradient of logSumExp is
 * {@link softmax!softmax}).
 *
 * @param dy - incoming gradient w.r.t. the row's logSumExp
 * @param x - the forward input row
 * @returns a new array dy·softmax(x)_i; all NaN where softmax is (a NaN, a +Infinity or only −Infinity in x)
 * @throws {TypeError} if dy is not a number or x is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @example
 * logSumExpBackward(2, [0, 0]) //=> [1, 1]
 * @category Normalising
 */
export function logSumExpBackward(dy: number, x: ArrayLike<number>): number[] {
  assertInput(dy, 'dy');
  assertNumbers('x', x);
  const p = softmax64(x);
  for (let i = 0; i < p.length; i++) p[i] *= dy;
  return p;
}

/** Checks a reduction's arrays: `rows` (one entry per row) and x; returns [rowSize, innerSize]. */
function checkReduce(
  rowsName: string,
  rows: unknown,
  x: unknown,
  rowSize: number | undefined,
  innerSize: number | undefined,
): [number, number] {
  assertFloat32Array(rowsName, rows);
  assertFloat32Array('x', x);
  const size = rowSizeAlong(rowSize, innerSize, x.length);
  const inner = innerSizeOf(innerSize, size, x.length);
  const count = rowCount(x.length, size);
  if (rows.length !== count) {
    throw new RangeError(`${rowsName}.length must be x.length / rowSize = ${count}, got ${rows.length}`);
  }
  return [size, inner];
}

/**
 * Row-wise {@link logSumExp}: out[r] = logSumExp of row r of x (rows of `rowSize` elements,
 * default one row), in one pass per row (online max and sum); returns `out`. Within 1 float32
 * ulp of the exact value (the cancellation noted in the module comment needs a result below
 * about 1e−8 to matter). `out` may overlap `x` (x is then copied first).
 *
 * @param out - destination with x.length / rowSize entries (0 for an empty x), laid out [outer, innerSize]
 * @param x - input
 * @param rowSize - elements per row (default x.length / innerSize: one block; a positive integer dividing x.length)
 * @param innerSize - elements after the axis (default 1, the last axis): rows run along the middle axis of [outer, rowSize, innerSize]
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if rowSize or innerSize is not a positive integer, rowSize·innerSize does not divide x.length, or out.length !== x.length / rowSize
 * @example
 * logSumExpF32(new Float32Array(2), Float32Array.of(0, 0, 100, -Infinity), 2) //=> Float32Array [0.6931471824645996, 100]
 * // shape [1, 2, 2] along axis 1: the rows are (0, 100) and (0, −∞)
 * logSumExpF32(new Float32Array(2), Float32Array.of(0, 0, 100, -Infinity), 2, 2) //=> Float32Array [100, 0]
 * @category Normalising
 */
export function logSumExpF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, innerSize?: number): Float32Array {
  const [size, inner] = checkReduce('out', out, x, rowSize, innerSize);
  logSumExpKernel(out, copyIfOverlap(out, x), size, inner);
  return out;
}

/**
 * Fused backward pass of {@link logSumExpF32}: dx_i = dy_r·softmax(row r)_i, with one incoming
 * gradient per row; within 1 float32 ulp of the exact value. Rows whose softmax is NaN (a NaN,
 * a +∞, or only −∞) give NaN. Returns `dx`; `dx` may be `x`; other overlaps are copied first.
 *
 * @param dx - destination gradient w.r.t. x, same length as x
 * @param dy - incoming gradient, one entry per row (x.length / rowSize), laid out [outer, innerSize]
 * @param x - the forward input
 * @param rowSize - elements per row (default x.length / innerSize)
 * @param innerSize - elements after the axis (default 1), as for {@link logSumExpF32}
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or rowSize or innerSize is not a number
 * @throws {RangeError} if dx.length !== x.length, rowSize or innerSize is not a positive integer, rowSize·innerSize does not divide x.length, or dy.length !== x.length / rowSize
 * @example
 * logSumExpBackwardF32(new Float32Array(4), Float32Array.of(1, 3), Float32Array.of(0, 0, 5, -Infinity), 2) //=> Float32Array [0.5, 0.5, 3, 0]
 * @category Normalising
 */
export function logSumExpBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
  innerSize?: number,
): Float32Array {
  assertFloat32Array('dx', dx);
  const [size, inner] = checkReduce('dy', dy, x, rowSize, innerSize);
  assertSameLength('dx', dx, 'x', x);
  logSumExpBackwardKernel(dx, copyIfOverlap(dx, dy), copyIfPartialOverlap(dx, x), size, inner);
  return dx;
}
