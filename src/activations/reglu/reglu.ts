/**
 * ReGLU, the gated linear unit with a relu gate (Shazeer 2020): splits each row in halves a | b and lets relu(b) gate a.
 *
 * ![reglu(1, b) = relu(b) and ∂reglu/∂b against b](../../../docs/plots/reglu.svg)
 *
 * **Formula**
 *
 * ```text
 * reglu(a, b) = a·relu(b) = a·max(b, 0)
 * ∂reglu/∂a = relu(b), ∂reglu/∂b = a·relu′(b) (relu′ = 1 for b > 0, 0 for b ≤ 0)
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves), out row = a ⊗ relu(b) (half as long)
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; an even positive integer dividing x.length. The gate is the SECOND half, as in {@link glu} (PyTorch `F.glu(x, dim=-1)`): Megatron-LM's `swiglu` and ONNX's `SwiGLU` gate the FIRST half instead, so swap the halves of each row to match that layout. PyTorch, JAX and Keras ship no ReGLU; from "GLU Variants Improve Transformer" (Shazeer 2020), ReGLU(x, W, V) = max(0, xW) ⊗ xV.
 *
 * **Layouts** (array forms: a last, optional `{ layout, innerSize }`, {@link GatedOptions}): `layout: 'interleaved'` reads the split axis as pairs (gate b, value a), the gate at the even entries, as GPT-OSS lays out its MLP (`x[..., ::2]` the gate, `x[..., 1::2]` the linear part); `innerSize` (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor instead of the last (PyTorch `F.glu(x, dim=1)` on NCHW: rowSize = C, innerSize = H·W), the output being [outer, rowSize/2, innerSize]. The derivative and backward forms write each partial where its input was. Each layout gives, bit for bit, the halves-last-axis result of the transposed pairs.
 *
 * **Special values**: NaN in a or b → NaN; reglu(a, b) = ±0 (sign of a) for b ≤ 0, −0 and −∞ included (relu(−0) = +0 as in {@link relu}); reglu(±0, b) = ±0 for b > 0; reglu(a, +∞) = ±∞ (sign of a) for a ≠ 0, NaN for a = ±0; reglu(±∞, b) = ±∞ for b > 0 and NaN for b ≤ 0 (∞·0, no limit).
 *
 * **Derivative at the kink**: relu′(0) = 0 (PyTorch's and JAX's relu convention), so at b = ±0 the partials are [0, a·0 = ±0] (NaN for a = ±∞).
 *
 * Five forms (two-argument scalars): `reglu(a, b)`, `regluDerivative(a, b)` (returns [∂/∂a, ∂/∂b]), `regluF32(out, x, rowSize?, options?)` (out has x.length/2 values), `regluDerivativeF32(out, x, rowSize?, options?)` (out has x.length values: each row's ∂/∂a half then ∂/∂b half, laid out like x) and `regluBackwardF32(dx, dy, x, rowSize?, options?)` (dy has x.length/2 values, dx x.length). Import from `rectified/reglu` or `rectified`.
 *
 * @module reglu
 * @category Gated linear units
 */
import { copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
import { type GatedOptions, gatedBackward, gatedDerivative, gatedForward, valueOffset } from '../../internal/gated.js';
import { assertInput } from '../../internal/params.js';
import { pieceSlope, positivePart } from '../../internal/rectify.js';
import { relu, reluDerivative } from '../relu/relu.js';

export type { GatedLayout, GatedOptions } from '../../internal/gated.js';

// The kernels use the branch-free relu pieces of reluF32: positivePart(b) = max(b, 0) (+0 for
// b ≤ 0 and −0, −Infinity clamped so that it gives +0) and pieceSlope(b, 0) = +(b > 0) (NaN for
// NaN). Every result is one IEEE product (two for the backward ∂/∂b), as in the scalars.

/**
 * ReGLU of one pair: a·relu(b), with a from the first half of a row and the gate b from the second.
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns a·max(b, 0); NaN if a or b is NaN; ±0 (sign of a) for b ≤ 0; ±Infinity for a ≠ 0 at
 *   b = +Infinity; NaN for a = ±Infinity and b ≤ 0, and for a = ±0 and b = +Infinity
 * @throws {TypeError} if a or b is not a number
 * @example
 * reglu(3, 2) //=> 6
 * reglu(-3, -2) //=> -0
 * @category Gated linear units
 */
export function reglu(a: number, b: number): number {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return a * relu(b);
}

/**
 * Partial derivatives of {@link reglu}: [∂/∂a, ∂/∂b] = [relu(b), a·relu′(b)], relu′(b) = 1 for
 * b > 0 and 0 for b ≤ 0 (also at the kink b = ±0, as PyTorch and JAX).
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns [max(b, 0), a or ±0]; NaN entries where a or b is NaN (∂/∂a is NaN only for NaN b);
 *   ∂/∂b is NaN for a = ±Infinity and b ≤ 0 (∞·0)
 * @throws {TypeError} if a or b is not a number
 * @example
 * regluDerivative(3, 2) //=> [2, 3]
 * regluDerivative(3, 0) //=> [0, 0]
 * @category Gated linear units
 */
export function regluDerivative(a: number, b: number): [number, number] {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return [relu(b), a * reluDerivative(b)];
}

/**
 * Row-wise {@link reglu} into `out`: x is read as rows of `rowSize` elements, each split into a
 * (first half) and b (second half); out row r = a ⊗ relu(b), rowSize/2 elements. Returns `out`.
 * `out` may share memory with x (it is then read from a copy). Exact: each result is one IEEE
 * product of float32 values, rounded once.
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
 * regluF32(new Float32Array(2), Float32Array.of(2, 4, 3, -1)) //=> Float32Array [6, 0]
 * regluF32(new Float32Array(2), Float32Array.of(2, 3, 4, -1), 2) //=> Float32Array [6, 0]
 * @category Gated linear units
 */
export function regluF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedForward(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfOverlap(out, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) out[o] = src[ia] * positivePart(src[ib]);
  }
  return out;
}

/**
 * Row-wise partial derivatives of {@link reglu} into `out` of length x.length, laid out like x:
 * in each row, ∂/∂a = relu(b) where a was, and ∂/∂b = a·relu′(b) where b was. Returns `out`.
 * `out` may be `x`.
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
 * regluDerivativeF32(new Float32Array(4), Float32Array.of(3, -3, 2, -1)) //=> Float32Array [2, 0, 3, -0]
 * @category Gated linear units
 */
export function regluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedDerivative(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfPartialOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++) {
      const a = src[ia];
      const b = src[ib];
      out[ia] = positivePart(b);
      out[ib] = a * pieceSlope(b, 0);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link regluF32}: for each output element j with inputs a and b,
 * dx[a] = dy[j]·relu(b) and dx[b] = dy[j]·a·relu′(b) (IEEE products, as JAX: an inactive gate
 * passes back ±0, or NaN for a NaN or infinite dy or a). Returns `dx`. `dx` may be `x`; dy (half
 * as long) is copied if it shares memory with dx.
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
 * regluBackwardF32(new Float32Array(2), Float32Array.of(4), Float32Array.of(3, 2)) //=> Float32Array [8, 12]
 * @category Gated linear units
 */
export function regluBackwardF32(
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
      dx[ia] = g[o] * positivePart(b);
      dx[ib] = g[o] * (a * pieceSlope(b, 0));
    }
  }
  return dx;
}
