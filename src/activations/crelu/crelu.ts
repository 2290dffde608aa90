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
import { assertDivides, assertFloat32Array, assertSameLength, copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
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
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize is not a number
 * @throws {RangeError} if out.length !== 2·x.length or rowSize does not divide x.length
 * @example
 * creluF32(new Float32Array(8), Float32Array.of(-1, 2, 3, -4), 2) //=> Float32Array [0, 2, 1, 0, 3, 0, 0, 4]
 * @category Rectifiers
 */
export function creluF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array {
  const size = checkCrelu('out', out, x, rowSize);
  const src = copyIfOverlap(out, x);
  // Four elements per iteration (see internal/rectify.ts), with no clamp: relu(x) = (x + |x|)/2
  // and relu(−x) = relu(x) − x, both exact, are right for every finite x and ±0, and the running
  // sum of the relu(−x) values (≥ 0, so at worst +Infinity) turns NaN exactly when an element is
  // NaN or ±Infinity (∞ − ∞); such a row is then redone with the clamping forms. Even
  // well-predicted clamps cost here (docs/performance.md).
  for (let start = 0, n = src.length; start < n; start += size) {
    const end = start + size;
    let i = start;
    let p = 2 * start;
    let q = p + size;
    let s = 0;
    for (; i < end - 3; i += 4, p += 4, q += 4) {
      const a = src[i],
        b = src[i + 1],
        c = src[i + 2],
        d = src[i + 3];
      const pa = (a + Math.abs(a)) * 0.5,
        pb = (b + Math.abs(b)) * 0.5;
      const pc = (c + Math.abs(c)) * 0.5,
        pd = (d + Math.abs(d)) * 0.5;
      out[p] = pa;
      out[p + 1] = pb;
      out[p + 2] = pc;
      out[p + 3] = pd;
      const na = pa - a,
        nb = pb - b,
        nc = pc - c,
        nd = pd - d;
      out[q] = na;
      out[q + 1] = nb;
      out[q + 2] = nc;
      out[q + 3] = nd;
      s = s + na + nb + nc + nd;
    }
    if (s !== s) {
      // a NaN or ±Infinity: redo the row
      i = start;
      p = 2 * start;
      q = p + size;
    }
    for (; i < end; i++, p++, q++) {
      const v = src[i];
      out[p] = positivePart(v);
      out[q] = negativePart(v);
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
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize is not a number
 * @throws {RangeError} if out.length !== 2·x.length or rowSize does not divide x.length
 * @example
 * creluDerivativeF32(new Float32Array(4), Float32Array.of(-1, 2)) //=> Float32Array [0, 1, -1, 0]
 * @category Rectifiers
 */
export function creluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array {
  const size = checkCrelu('out', out, x, rowSize);
  const src = copyIfOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += size) {
    // As in creluF32: four elements without the NaN tests, a row with a NaN (the sum of x turns
    // NaN; also for +Infinity beside −Infinity, harmlessly) is redone with them.
    const end = start + size;
    let i = start;
    let p = 2 * start;
    let q = p + size;
    let s = 0;
    for (; i < end - 3; i += 4, p += 4, q += 4) {
      const a = src[i],
        b = src[i + 1],
        c = src[i + 2],
        d = src[i + 3];
      out[p] = +(a > 0);
      out[p + 1] = +(b > 0);
      out[p + 2] = +(c > 0);
      out[p + 3] = +(d > 0);
      out[q] = 0 - +(a < 0);
      out[q + 1] = 0 - +(b < 0);
      out[q + 2] = 0 - +(c < 0);
      out[q + 3] = 0 - +(d < 0);
      s = s + a + b + c + d;
    }
    if (s !== s) {
      i = start;
      p = 2 * start;
      q = p + size;
    }
    for (; i < end; i++, p++, q++) {
      const v = src[i];
      out[p] = v === v ? +(v > 0) : v;
      out[q] = v === v ? 0 - +(v < 0) : v;
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
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or rowSize is not a number
 * @throws {RangeError} if dx.length !== x.length, dy.length !== 2·x.length or rowSize does not divide x.length
 * @example
 * creluBackwardF32(new Float32Array(2), Float32Array.of(1, 2, 3, 4), Float32Array.of(-1, 2)) //=> Float32Array [-3, 2]
 * @category Rectifiers
 */
export function creluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, rowSize?: number): Float32Array {
  assertFloat32Array('dx', dx);
  const size = checkCrelu('dy', dy, x, rowSize);
  assertSameLength('dx', dx, 'x', x);
  const g = copyIfOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let start = 0, n = src.length; start < n; start += size) {
    // As in creluF32, four elements without the NaN tests; dx may be x, so a NaN is caught
    // before the four are written (one test of their sum), and the row ends on the tested loop.
    const end = start + size;
    let i = start;
    let p = 2 * start;
    let q = p + size;
    for (; i < end - 3; i += 4, p += 4, q += 4) {
      const a = src[i],
        b = src[i + 1],
        c = src[i + 2],
        d = src[i + 3];
      const s = a + b + c + d;
      if (s !== s) break;
      dx[i] = g[p] * +(a > 0) - g[q] * +(a < 0);
      dx[i + 1] = g[p + 1] * +(b > 0) - g[q + 1] * +(b < 0);
      dx[i + 2] = g[p + 2] * +(c > 0) - g[q + 2] * +(c < 0);
      dx[i + 3] = g[p + 3] * +(d > 0) - g[q + 3] * +(d < 0);
    }
    for (; i < end; i++, p++, q++) {
      const v = src[i];
      dx[i] = v === v ? g[p] * +(v > 0) - g[q] * +(v < 0) : v;
    }
  }
  return dx;
}
