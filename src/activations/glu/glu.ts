/**
 * Gated linear unit (GLU): splits each row in halves a | b and lets σ(b) gate a.
 *
 * ![glu(1, b) = σ(b) and ∂glu/∂b against b](../../../docs/plots/glu.svg)
 *
 * **Formula**
 *
 * ```text
 * glu(a, b) = a·σ(b), σ(b) = 1/(1 + e^{−b})
 * ∂glu/∂a = σ(b), ∂glu/∂b = a·σ(b)·σ(−b)
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves), out row = a ⊗ σ(b) (half as long)
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; an even positive integer dividing x.length (PyTorch `F.glu(x, dim=-1)` on rows of that size; JAX `glu(x, axis=-1)`).
 *
 * **Layouts** (array forms: a last, optional `{ layout, innerSize }`, {@link GatedOptions}): `layout: 'interleaved'` reads the split axis as pairs (gate b, value a), the gate at the even entries, as GPT-OSS lays out its MLP (`x[..., ::2]` the gate, `x[..., 1::2]` the linear part); `innerSize` (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor instead of the last (PyTorch `F.glu(x, dim=1)` on NCHW: rowSize = C, innerSize = H·W), the output being [outer, rowSize/2, innerSize]. The derivative and backward forms write each partial where its input was. Each layout gives, bit for bit, the halves-last-axis result of the transposed pairs.
 *
 * **Special values**: NaN in a or b → NaN; glu(±0, b) = ±0; glu(a, +∞) = a; glu(a, −∞) = ±0 (sign of a) for finite a, NaN for a = ±∞ (∞·0, no limit); glu(±∞, finite b) = ±∞.
 *
 * **Derivative at the kink**: none (smooth).
 *
 * Five forms (two-argument scalars): `glu(a, b)`, `gluDerivative(a, b)` (returns [∂/∂a, ∂/∂b]), `gluF32(out, x, rowSize?, options?)` (out has x.length/2 values), `gluDerivativeF32(out, x, rowSize?, options?)` (out has x.length values: each row's ∂/∂a half then ∂/∂b half, laid out like x) and `gluBackwardF32(dx, dy, x, rowSize?, options?)` (dy has x.length/2 values, dx x.length). Import from `rectified/glu` or `rectified`.
 *
 * @module glu
 * @category Gated linear units
 */
import { copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
import { type GatedOptions, gatedBackward, gatedDerivative, gatedForward, valueOffset } from '../../internal/gated.js';
import { logistic, logisticDerivative, logisticDerivativeTimes } from '../../internal/logistic.js';
import { assertInput } from '../../internal/params.js';

export type { GatedLayout, GatedOptions } from '../../internal/gated.js';

// The kernels use the same sign-split σ and σ′ (σ(b)σ(−b) = e^{−|b|}/(1 + e^{−|b|})²) as the
// scalars, in float64, and round once: a·σ(b) then has ≤ 3 float64 roundings, far inside 1 float32 ulp.

/**
 * Gated linear unit of one pair: a·σ(b) (PyTorch `F.glu`, JAX `glu`, with a from the first half
 * of the split axis and b from the second).
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns a·σ(b); NaN if a or b is NaN; ±0 for a = ±0; a at b = +Infinity; ±0 (sign of a) at
 *   b = −Infinity for finite a, NaN for a = ±Infinity there
 * @throws {TypeError} if a or b is not a number
 * @example
 * glu(2, 0) //=> 1
 * glu(3, Infinity) //=> 3
 * @category Gated linear units
 */
export function glu(a: number, b: number): number {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return a * logistic(b);
}

/**
 * Partial derivatives of {@link glu}: [∂/∂a, ∂/∂b] = [σ(b), a·σ(b)·σ(−b)], σ(b)σ(−b) computed as
 * e^{−|b|}/(1 + e^{−|b|})² (no 1 − σ cancellation) in double-double and multiplied by a with one
 * rounding, so ∂/∂b is within 4 ulp of the exact product for every a.
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns [σ(b), a·σ′(b)]; NaN entries where a or b is NaN (∂/∂a is NaN only for NaN b);
 *   [1, ±0] at b = +Infinity and [0, ±0] at b = −Infinity for finite a
 * @throws {TypeError} if a or b is not a number
 * @example
 * gluDerivative(2, 0) //=> [0.5, 0.5]
 * @category Gated linear units
 */
export function gluDerivative(a: number, b: number): [number, number] {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return [logistic(b), logisticDerivativeTimes(a, b)];
}

/**
 * Row-wise {@link glu} into `out`: x is read as rows of `rowSize` elements, each split into a
 * (first half) and b (second half); out row r = a ⊗ σ(b), rowSize/2 elements. Returns `out`.
 * `out` may share memory with x (it is then read from a copy).
 *
 * @param out - destination of length x.length/2
 * @param x - input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize is not a number, or options, its layout or its
 *   innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length or out.length ≠ x.length/2, layout is
 *   another string, or innerSize (or rowSize·innerSize) does not divide x.length
 * @example
 * gluF32(new Float32Array(2), Float32Array.of(2, 4, 0, Infinity)) //=> Float32Array [1, 4]
 * gluF32(new Float32Array(2), Float32Array.of(2, 0, 4, Infinity), 2) //=> Float32Array [1, 4]
 * gluF32(new Float32Array(2), Float32Array.of(0, 2, Infinity, 4), 2, { layout: 'interleaved' }) //=> Float32Array [1, 4]
 * gluF32(new Float32Array(2), Float32Array.of(2, 4, 0, Infinity), 2, { innerSize: 2 }) //=> Float32Array [1, 4]
 * @category Gated linear units
 */
export function gluF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedForward(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfOverlap(out, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) out[o] = src[ia] * logistic(src[ib]);
  }
  return out;
}

/**
 * Row-wise partial derivatives of {@link glu} into `out` of length x.length, laid out like x: in
 * each row, ∂/∂a = σ(b) where a was, and ∂/∂b = a·σ(b)σ(−b) where b was. Returns `out`. `out`
 * may be `x`.
 *
 * @param out - destination of length x.length
 * @param x - input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize is not a number, or options, its layout or its
 *   innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length or out.length ≠ x.length, layout is
 *   another string, or innerSize (or rowSize·innerSize) does not divide x.length
 * @example
 * gluDerivativeF32(new Float32Array(2), Float32Array.of(2, 0)) //=> Float32Array [0.5, 0.5]
 * @category Gated linear units
 */
export function gluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedDerivative(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfPartialOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++) {
      const a = src[ia];
      const b = src[ib];
      out[ia] = logistic(b);
      out[ib] = a * logisticDerivative(b);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link gluF32}: for each output element j with inputs a and b,
 * dx[a] = dy[j]·σ(b) and dx[b] = dy[j]·a·σ(b)σ(−b) (each an IEEE product of dy and the float64
 * partial, rounded once). Returns `dx`. `dx` may be `x`; dy (half as long) is copied if it shares
 * memory with dx.
 *
 * @param dx - destination gradient w.r.t. x, length x.length
 * @param dy - incoming gradient, length x.length/2
 * @param x - the forward input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or rowSize is not a number, or options, its layout or its
 *   innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, dx.length ≠ x.length or dy.length ≠ x.length/2, layout is
 *   another string, or innerSize (or rowSize·innerSize) does not divide x.length
 * @example
 * gluBackwardF32(new Float32Array(2), Float32Array.of(4), Float32Array.of(2, 0)) //=> Float32Array [2, 2]
 * @category Gated linear units
 */
export function gluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
  options?: GatedOptions,
): Float32Array {
  const run = gatedBackward(dx, dy, x, rowSize, options);
  const at = valueOffset(options, run);
  const g = copyIfOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) {
      const a = src[ia];
      const b = src[ib];
      dx[ia] = g[o] * logistic(b);
      dx[ib] = g[o] * (a * logisticDerivative(b));
    }
  }
  return dx;
}
