/**
 * Maxout (Goodfellow et al. 2013): the max over each group of `pieces` consecutive values, a learnable convex piecewise-linear unit when the pieces are affine maps of one input.
 *
 * ![maxout of the pieces −1, x/2 and x, and its derivative, against x](../../../docs/plots/maxout.svg)
 *
 * **Formula**
 *
 * ```text
 * maxout(z_1, …, z_k) = max_i z_i
 * ∂maxout/∂z_i = 1 if i is the routed index (the FIRST i attaining the max), else 0
 * arrays: x read as groups of `pieces` consecutive values; out[g] = max of x[g·pieces … g·pieces + pieces − 1]
 * ```
 *
 * **Parameters**: `pieces` (array forms, required): values per group, a positive integer dividing x.length (TF Addons `Maxout(num_units)` groups consecutive channels the same way; PyTorch, JAX and Keras ship no maxout).
 *
 * **Special values**: a NaN anywhere in a group makes its max NaN (as `torch.max`); +0 is larger
 * than −0, so max(−0, +0) = max(+0, −0) = +0 (as `Math.max`); a group of only −∞ has max −∞;
 * +∞ in a group gives +∞. The max is one of the inputs, so every result is exact (no rounding).
 *
 * **Derivative at the kink**: ties send the whole gradient to one index, the first one attaining
 * the max (PyTorch's `max(dim)` and max-pooling route to one index too; JAX's `jnp.max` gradient
 * instead splits it equally among the tied entries). A group with a NaN routes to its first NaN
 * (so the one-hot derivative holds no NaN); ±0 ties route to the +0 entry; an all −∞ group routes
 * to its first entry. pieces = 1 is the identity (derivative all ones).
 *
 * Five forms (the scalars take one group): `maxout(values)`, `maxoutDerivative(values)` (the
 * one-hot gradient, one entry per value), `maxoutF32(out, x, pieces)` (out has x.length/pieces
 * values), `maxoutDerivativeF32(out, x, pieces)` (out has x.length values: each group's one-hot
 * mask) and `maxoutBackwardF32(dx, dy, x, pieces)` (dy has x.length/pieces values, dx x.length).
 * Import from `rectified/maxout` or `rectified`.
 *
 * @module maxout
 * @category Piecewise learnable
 */
import {
  assertDivides,
  assertFloat32Array,
  assertLength,
  assertNumbers,
  copyIfOverlap,
  copyIfPartialOverlap,
} from '../../internal/check.js';

// The routing rule: a later value v replaces the max m only if v > m, or v is a NaN (the first
// NaN wins and ends the scan), or v = +0 against m = −0 (1/v > 1/m for equal zeros). Equal values
// never replace m, so the first index attaining the max is kept.

/** The routed index in values[start, end), end > start: one group of the scalar forms or kernels. */
function routed(values: ArrayLike<number>, start: number, end: number): number {
  let k = start;
  let m = values[start];
  if (m !== m) return k;
  for (let i = start + 1; i < end; i++) {
    const v = values[i];
    if (v > m || (v === m && v === 0 && 1 / v > 1 / m)) {
      m = v;
      k = i;
    } else if (v !== v) return i;
  }
  return k;
}

/** Checks a scalar group: an array-like of numbers with at least one entry. */
function checkGroup(values: unknown): asserts values is ArrayLike<number> {
  assertNumbers('values', values);
  if (values.length === 0)
    throw new RangeError('values must hold at least one number (the max of an empty group is undefined), got length 0');
}

/** Checks x and pieces (required, a positive integer dividing x.length). */
function checkPieces(x: unknown, pieces: number): asserts x is Float32Array {
  assertFloat32Array('x', x);
  assertDivides('pieces', pieces, x.length);
}

/**
 * Maxout of one group: the largest of `values` (exact). NaN if any value is NaN; +0 wins over −0
 * whatever the order (as `Math.max`).
 *
 * @param values - the group's pieces (at least one number)
 * @returns max of values; NaN if one is NaN; +0 for a group of zeros holding a +0; −Infinity for a
 *   group of only −Infinity
 * @throws {TypeError} if values is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @throws {RangeError} if values is empty
 * @example
 * maxout([1, 3, 2]) //=> 3
 * maxout([-0, 0]) //=> 0
 * maxout([1, NaN, 2]) //=> NaN
 * @category Piecewise learnable
 */
export function maxout(values: ArrayLike<number>): number {
  checkGroup(values);
  return values[routed(values, 0, values.length)];
}

/**
 * Gradient of {@link maxout} w.r.t. each value: one-hot at the routed index, the FIRST index
 * attaining the max (as PyTorch's `max(dim)`; JAX's `jnp.max` would split the gradient equally
 * among ties). A group with a NaN routes to its first NaN; a ±0 tie routes to the +0 entry.
 *
 * @param values - the group's pieces (at least one number)
 * @returns a new array of values.length entries: 1 at the routed index, 0 elsewhere (never NaN)
 * @throws {TypeError} if values is not an array-like of numbers (an object with an integer length in [0, 2³² − 1], any other length such as −1 or NaN being this TypeError, and number elements)
 * @throws {RangeError} if values is empty
 * @example
 * maxoutDerivative([1, 3, 2]) //=> [0, 1, 0]
 * maxoutDerivative([2, 2]) //=> [1, 0]
 * maxoutDerivative([-0, 0]) //=> [0, 1]
 * @category Piecewise learnable
 */
export function maxoutDerivative(values: ArrayLike<number>): number[] {
  checkGroup(values);
  const d = new Array<number>(values.length).fill(0);
  d[routed(values, 0, values.length)] = 1;
  return d;
}

/**
 * Group-wise {@link maxout} into `out`: out[g] = max of x[g·pieces … g·pieces + pieces − 1],
 * exact (a copy of the routed input). Returns `out`. `out` (x.length/pieces values) may share
 * memory with x in any way: x is then read from a copy.
 *
 * @param out - destination of length x.length/pieces
 * @param x - input, groups of `pieces` consecutive values
 * @param pieces - values per group (required; a positive integer dividing x.length)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or pieces is not a number
 * @throws {RangeError} if pieces is not a positive integer dividing x.length or out.length ≠ x.length/pieces
 * @example
 * maxoutF32(new Float32Array(2), Float32Array.of(1, 3, -2, -Infinity), 2) //=> Float32Array [3, -2]
 * @category Piecewise learnable
 */
export function maxoutF32(out: Float32Array, x: Readonly<Float32Array>, pieces: number): Float32Array {
  assertFloat32Array('out', out);
  checkPieces(x, pieces);
  assertLength('out', out, x.length / pieces, 'x.length / pieces');
  const src = copyIfOverlap(out, x);
  // Math.max has maxout's semantics (NaN wins, +0 beats −0) and V8 compiles it without the
  // data-dependent branches of the routed search, which mispredict on random data; a NaN group
  // copies its first NaN (Math.max's NaN is the canonical one, not the input's bits).
  for (let start = 0, g = 0, n = src.length; start < n; start += pieces, g++) {
    const end = start + pieces;
    let m = src[start];
    for (let i = start + 1; i < end; i++) m = Math.max(m, src[i]);
    out[g] = m === m ? m : src[routed(src, start, end)];
  }
  return out;
}

/**
 * Group-wise {@link maxoutDerivative} into `out` of length x.length, laid out like x: each
 * group's one-hot mask (1 at its routed index — the first max, or the first NaN — 0 elsewhere).
 * Returns `out`. `out` may be `x`.
 *
 * @param out - destination of length x.length
 * @param x - input, groups of `pieces` consecutive values
 * @param pieces - values per group (required; a positive integer dividing x.length)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or pieces is not a number
 * @throws {RangeError} if pieces is not a positive integer dividing x.length or out.length ≠ x.length
 * @example
 * maxoutDerivativeF32(new Float32Array(4), Float32Array.of(1, 3, 2, 2), 2) //=> Float32Array [0, 1, 1, 0]
 * @category Piecewise learnable
 */
export function maxoutDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, pieces: number): Float32Array {
  assertFloat32Array('out', out);
  checkPieces(x, pieces);
  assertLength('out', out, x.length, 'x.length');
  const src = copyIfPartialOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += pieces) {
    const end = start + pieces;
    const k = routed(src, start, end);
    for (let i = start; i < end; i++) out[i] = 0;
    out[k] = 1;
  }
  return out;
}

/**
 * Fused backward pass of {@link maxoutF32}: dx[routed index of group g] = dy[g] (copied
 * exactly), every other dx of the group is +0 (also where dy[g] is negative, infinite or NaN).
 * Returns `dx`. `dx` may be `x`; dy (x.length/pieces values) is copied if it shares memory with dx.
 *
 * @param dx - destination gradient w.r.t. x, length x.length
 * @param dy - incoming gradient, length x.length/pieces
 * @param x - the forward input
 * @param pieces - values per group (required; a positive integer dividing x.length)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or pieces is not a number
 * @throws {RangeError} if pieces is not a positive integer dividing x.length, dx.length ≠ x.length or dy.length ≠ x.length/pieces
 * @example
 * maxoutBackwardF32(new Float32Array(4), Float32Array.of(5, -1), Float32Array.of(1, 3, 2, 2), 2) //=> Float32Array [0, 5, -1, 0]
 * @category Piecewise learnable
 */
export function maxoutBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, pieces: number): Float32Array {
  assertFloat32Array('dx', dx);
  assertFloat32Array('dy', dy);
  checkPieces(x, pieces);
  assertLength('dx', dx, x.length, 'x.length');
  assertLength('dy', dy, x.length / pieces, 'x.length / pieces');
  const g = copyIfOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let start = 0, r = 0, n = src.length; start < n; start += pieces, r++) {
    const end = start + pieces;
    const k = routed(src, start, end);
    const gy = g[r];
    for (let i = start; i < end; i++) dx[i] = 0;
    dx[k] = gy;
  }
  return dx;
}
