/**
 * Concatenated ReLU: both phases of the input, [relu(x), relu(−x)], so no information is discarded (TensorFlow `tf.nn.crelu`).
 *
 * ![crelu and crelu′, −4 ≤ x ≤ 4](../../../docs/plots/crelu.svg)
 *
 * **Formula**
 *
 * ```text
 * crelu(x) = [max(x, 0), max(−x, 0)]
 * crelu′(x) = [H(x), −H(−x)], H the Heaviside step with H(0) = 0
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; a positive integer dividing x.length.
 *
 * **Special values**: NaN → [NaN, NaN]; ±0 → [+0, +0]; crelu(±∞) = [+∞, +0] or [+0, +∞].
 *
 * **Derivative at the kink**: crelu′(0) = [0, 0] (the relu′(0) = 0 convention on both halves).
 *
 * Five forms: `crelu(x)` and `creluDerivative(x)` return a pair; `creluF32(out, x, rowSize?)` and `creluDerivativeF32(out, x, rowSize?)` write 2·x.length values (each row's positive half, then its negative half); `creluBackwardF32(dx, dy, x, rowSize?)` folds the 2n incoming gradients back to n. Import from `rectified/crelu` or `rectified`.
 *
 * @module crelu
 * @category Rectifiers
 */
import { assertDivides, assertFloat32Array, assertSameLength, readable, readableCopyOnOverlap } from '../../internal/check.js';
import { assertInput } from '../../internal/params.js';
import { negativePart, positivePart } from '../../internal/rectify.js';

/**
 * Concatenated ReLU (Shang et al. 2016): crelu(x) = [relu(x), relu(−x)], which keeps the
 * negative phase that a plain ReLU discards (TensorFlow's `tf.nn.crelu`; no PyTorch/JAX op).
 *
 * @param x - input
 * @returns a new pair [max(x, 0), max(−x, 0)]; [NaN, NaN] for NaN; [+0, +0] for ±0
 * @throws {TypeError} if x is not a number
 * @example
 * crelu(-2) //=> [0, 2]
 * @category Rectifiers
 */
export function crelu(x: number): [number, number] {
  assertInput(x);
  return [x > 0 ? x : x === x ? 0 : x, x < 0 ? -x : x === x ? 0 : x];
}

/**
 * Derivative of {@link crelu}: the pair [relu′(x), d relu(−x)/dx] = [H(x), −H(−x)], where H is
 * the Heaviside step with H(0) = 0 (the relu′(0) = 0 convention of {@link relu!reluDerivative}).
 *
 * @param x - input
 * @returns a new pair: [1, 0] for x > 0, [0, −1] for x < 0, [0, 0] at ±0, [NaN, NaN] for NaN
 * @throws {TypeError} if x is not a number
 * @example
 * creluDerivative(-2) //=> [0, -1]
 * @category Rectifiers
 */
export function creluDerivative(x: number): [number, number] {
  assertInput(x);
  return [x > 0 ? 1 : x <= 0 ? 0 : x, x < 0 ? -1 : x >= 0 ? 0 : x];
}

/** Validates the array sizes of a CReLU kernel (`wide` has 2·x.length elements); returns the row size. */
function checkCrelu(wideName: string, wide: unknown, x: unknown, rowSize: number | undefined): number {
  assertFloat32Array(wideName, wide);
  assertFloat32Array('x', x);
  if (wide.length !== 2 * x.length) {
    throw new RangeError(`${wideName}.length must be 2 * x.length = ${2 * x.length}, got ${wide.length}`);
  }
  if (rowSize === undefined) return x.length;
  assertDivides('rowSize', rowSize, x.length);
  return rowSize;
}

/**
 * Elementwise {@link crelu} into `out` of length 2·x.length; returns `out`.
 *
 * x is read as rows of `rowSize` elements; row r of the output is relu(row r) followed by
 * relu(−row r), i.e. TensorFlow's concat on the last axis. With the default rowSize = x.length
 * the output is [relu(x), relu(−x)]. `out` may overlap `x` (x is then copied first).
 *
 * @param out - destination of length 2·x.length
 * @param x - input
 * @param rowSize - elements per row (default x.length; a positive integer dividing x.length)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if out.length !== 2·x.length or rowSize does not divide x.length
 * @example
 * creluF32(new Float32Array(8), Float32Array.of(-1, 2, 3, -4), 2) //=> Float32Array [0, 2, 1, 0, 3, 0, 0, 4]
 * @category Rectifiers
 */
export function creluF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array {
  const size = checkCrelu('out', out, x, rowSize);
  const src = readableCopyOnOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += size) {
    const pos = 2 * start;
    const neg = pos + size;
    let j = 0;
    for (; j < size - 3; j += 4) { // four elements per iteration: see internal/rectify.ts
      const a = src[start + j], b = src[start + j + 1], c = src[start + j + 2], d = src[start + j + 3];
      out[pos + j] = positivePart(a);
      out[pos + j + 1] = positivePart(b);
      out[pos + j + 2] = positivePart(c);
      out[pos + j + 3] = positivePart(d);
      out[neg + j] = negativePart(a);
      out[neg + j + 1] = negativePart(b);
      out[neg + j + 2] = negativePart(c);
      out[neg + j + 3] = negativePart(d);
    }
    for (; j < size; j++) {
      const v = src[start + j];
      out[pos + j] = positivePart(v);
      out[neg + j] = negativePart(v);
    }
  }
  return out;
}

/**
 * Elementwise {@link creluDerivative} into `out` of length 2·x.length, laid out like
 * {@link creluF32}: per row, H(x) then −H(−x). Returns `out`.
 *
 * @param out - destination of length 2·x.length
 * @param x - input
 * @param rowSize - elements per row (default x.length)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if out.length !== 2·x.length or rowSize does not divide x.length
 * @example
 * creluDerivativeF32(new Float32Array(4), Float32Array.of(-1, 2)) //=> Float32Array [0, 1, -1, 0]
 * @category Rectifiers
 */
export function creluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array {
  const size = checkCrelu('out', out, x, rowSize);
  const src = readableCopyOnOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += size) {
    const pos = 2 * start;
    const neg = pos + size;
    for (let j = 0; j < size; j++) {
      const v = src[start + j];
      out[pos + j] = v === v ? +(v > 0) : v;
      out[neg + j] = v === v ? 0 - +(v < 0) : v;
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link creluF32}: `dy` (length 2·x.length, laid out as creluF32's
 * output) is folded back onto x: dx[i] = dy_pos[i]·H(x[i]) − dy_neg[i]·H(−x[i]), with H(0) = 0.
 * As for {@link relu!reluBackwardF32}, these are IEEE products: an inactive half contributes
 * dy·0 (NaN for a NaN or infinite dy). Returns `dx`.
 *
 * `dx` may be `x`; any other overlap is computed through a copy.
 *
 * @param dx - destination gradient w.r.t. x, length x.length
 * @param dy - incoming gradient w.r.t. crelu's output, length 2·x.length
 * @param x - the forward input
 * @param rowSize - elements per row (default x.length)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if dx.length !== x.length, dy.length !== 2·x.length or rowSize does not divide x.length
 * @example
 * creluBackwardF32(new Float32Array(2), Float32Array.of(1, 2, 3, 4), Float32Array.of(-1, 2)) //=> Float32Array [-3, 2]
 * @category Rectifiers
 */
export function creluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
): Float32Array {
  assertFloat32Array('dx', dx);
  const size = checkCrelu('dy', dy, x, rowSize);
  assertSameLength('dx', dx, 'x', x);
  const g = readableCopyOnOverlap(dx, dy);
  const src = readable(dx, x);
  for (let start = 0, n = src.length; start < n; start += size) {
    const pos = 2 * start;
    const neg = pos + size;
    let j = 0;
    for (; j < size - 3; j += 4) { // four elements per iteration: see internal/rectify.ts
      const a = src[start + j], b = src[start + j + 1], c = src[start + j + 2], d = src[start + j + 3];
      dx[start + j] = a === a ? g[pos + j] * +(a > 0) - g[neg + j] * +(a < 0) : a;
      dx[start + j + 1] = b === b ? g[pos + j + 1] * +(b > 0) - g[neg + j + 1] * +(b < 0) : b;
      dx[start + j + 2] = c === c ? g[pos + j + 2] * +(c > 0) - g[neg + j + 2] * +(c < 0) : c;
      dx[start + j + 3] = d === d ? g[pos + j + 3] * +(d > 0) - g[neg + j + 3] * +(d < 0) : d;
    }
    for (; j < size; j++) {
      const v = src[start + j];
      dx[start + j] = v === v ? g[pos + j] * +(v > 0) - g[neg + j] * +(v < 0) : v;
    }
  }
  return dx;
}
