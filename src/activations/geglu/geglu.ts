/**
 * GEGLU, the gated linear unit with a GELU gate (Shazeer 2020): splits each row in halves a | b and lets gelu(b) gate a; the feed-forward unit of T5 v1.1 and Gemma. Exact (erfc) form; the tanh form is {@link gegluTanh!gegluTanh | gegluTanh} (`rectified/gegluTanh`).
 *
 * ![geglu(1, b) = gelu(b) and ∂geglu/∂b against b](../../../docs/plots/geglu.svg)
 *
 * **Formula**
 *
 * ```text
 * geglu(a, b) = a·gelu(b) = a·b·Φ(b)
 * ∂geglu/∂a = gelu(b), ∂geglu/∂b = a·gelu′(b) = a·(Φ(b) + b·φ(b))
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves), out row = a ⊗ g(b) (half as long)
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; an even positive integer dividing x.length. The gate is the SECOND half, as in {@link glu} (PyTorch `F.glu(x, dim=-1)`): Megatron-LM's `swiglu` and ONNX's `SwiGLU` gate the FIRST half instead, so swap the halves of each row to match that layout. PyTorch, JAX and Keras ship no GEGLU (PyTorch declined it, pytorch/pytorch#80168); from "GLU Variants Improve Transformer" (Shazeer 2020), GEGLU(x, W, V) = GELU(xW) ⊗ xV.
 *
 * **Layouts** (array forms: a last, optional `{ layout, innerSize }`, {@link GatedOptions}): `layout: 'interleaved'` reads the split axis as pairs (gate b, value a), the gate at the even entries, as GPT-OSS lays out its MLP (`x[..., ::2]` the gate, `x[..., 1::2]` the linear part); `innerSize` (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor instead of the last (PyTorch `F.glu(x, dim=1)` on NCHW: rowSize = C, innerSize = H·W), the output being [outer, rowSize/2, innerSize]. The derivative and backward forms write each partial where its input was. Each layout gives, bit for bit, the halves-last-axis result of the transposed pairs.
 *
 * **Special values** (g = gelu): NaN in a or b → NaN; a product of signed zeros keeps the IEEE sign (g(±0) = ±0, so geglu(2, −0) = −0 and geglu(−0, 1) = −0); geglu(a, +∞) = ±∞ (sign of a) for a ≠ 0, NaN for a = ±0; geglu(a, −∞) = ∓0 (a·(−0)) for finite a, NaN for a = ±∞ (∞·0, no limit); geglu(±∞, b) = ±∞·g(b) for finite b, NaN where g(b) is 0: at b = ±0, and where g(b) underflows in float64 (the scalars: b ≲ −38.6; the kernels, whose float64 intermediates underflow elsewhere, give ±∞ or NaN in that far tail, and likewise for ∂/∂b = ±∞·g′(b)).
 *
 * **Derivative at the kink**: none (smooth); ∂/∂b = a·g′(b) crosses 0 with g′ (b ≈ −0.7518), where gelu′'s root series keeps full relative accuracy (see {@link geluDerivative}).
 *
 * Five forms: `geglu(a, b)`, `gegluDerivative(a, b)` (returns [∂/∂a, ∂/∂b]), `gegluF32(out, x, rowSize?, options?)` (out has x.length/2 values), `gegluDerivativeF32(out, x, rowSize?, options?)` (out has x.length values: each row's ∂/∂a half then ∂/∂b half, laid out like x), `gegluBackwardF32(dx, dy, x, rowSize?, options?)` (dy has x.length/2 values, dx x.length). Import from `rectified/geglu` or `rectified`.
 *
 * @module geglu
 * @category Gated linear units
 */
import { copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
import { type GatedOptions, gatedBackward, gatedDerivative, gatedForward, valueOffset } from '../../internal/gated.js';
import { geluSlopeTimes } from '../../internal/gelu-slope64.js';
import { gelu32, geluSlope32 } from '../../internal/gelu32.js';
import { assertInput } from '../../internal/params.js';
import { nearGeluSlopeRoot64 } from '../../internal/root-series64.js';
import { gelu, geluDerivative } from '../gelu/gelu.js';

export type { GatedLayout, GatedOptions } from '../../internal/gated.js';

// The kernels call gelu's float32 element kernels (accurate to 2⁻³² relative, so a ⊗ gelu(b) in
// float64 rounds once to within 1 float32 ulp) where their tail table reaches: |b| < 15.999999.
// Beyond, gelu(b) itself underflows in float32 but a·gelu(b) need not (with |a| up to 3.4e38 it
// stays representable down to b ≈ −19.4), so the far-left gates and the limits at ±Infinity
// (a = ±Infinity with b = −Infinity gives NaN, as in the scalars) take the float64 gelu and
// gelu′: a well-predicted branch, taken only in that tail. Right of 16, Φ(b) = 1 exactly.

/** gelu(b) for the kernels. */
function gate32(b: number): number {
  return b > -15.999999 && b < Infinity ? gelu32(b) : gelu(b);
}

/** gelu′(b) for the kernels. */
function slope32(b: number): number {
  return b > -15.999999 && b < Infinity ? geluSlope32(b) : geluDerivative(b);
}

/**
 * GEGLU of one pair: a·gelu(b), gelu(b) = b·Φ(b) the exact (erfc) GELU, with a from the first
 * half of a row and the gate b from the second.
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns a·gelu(b); NaN if a or b is NaN; signed zeros by the IEEE product rule (g(±0) = ±0);
 *   ±Infinity (sign of a) at b = +Infinity for a ≠ 0; a·(−0) at b = −Infinity for finite a; NaN
 *   for a = ±Infinity where gelu(b) is 0 (b = ±0, b = −Infinity, b below about −38.6)
 * @throws {TypeError} if a or b is not a number
 * @example
 * geglu(2, 1) //=> 1.682689492137086
 * geglu(1, -10) //=> -7.619853024160525e-23
 * @category Gated linear units
 */
export function geglu(a: number, b: number): number {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return a * gelu(b);
}

/**
 * Partial derivatives of {@link geglu}: [∂/∂a, ∂/∂b] = [gelu(b), a·gelu′(b)], gelu′(b) =
 * Φ(b) + b·φ(b). ∂/∂b multiplies gelu′(b), carried in double-double, by a with one rounding, so
 * it is within 4 ulp of the exact product for every a (and may differ from a·geluDerivative(b)).
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns [gelu(b), a·gelu′(b)]; NaN entries where a or b is NaN (∂/∂a is NaN only for NaN b);
 *   [+Infinity, a] at b = +Infinity and [−0, a·(−0)] at b = −Infinity; [±0, a/2] at b = ±0
 * @throws {TypeError} if a or b is not a number
 * @example
 * gegluDerivative(2, 0) //=> [0, 1]
 * @category Gated linear units
 */
export function gegluDerivative(a: number, b: number): [number, number] {
  assertInput(a, 'a');
  assertInput(b, 'b');
  // the root series (≤ 0.7 ulp) and the far tails (limits, NaN, |b| ≥ 37.4) take one more rounding
  const slope = nearGeluSlopeRoot64(b) || !(Math.abs(b) < 37.4) ? a * geluDerivative(b) : geluSlopeTimes(a, b);
  return [gelu(b), slope];
}

/**
 * Row-wise {@link geglu} into `out`: x is read as rows of `rowSize` elements, each split into a
 * (first half) and b (second half); out row r = a ⊗ gelu(b), rowSize/2 elements. Returns `out`.
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
 * gegluF32(new Float32Array(2), Float32Array.of(2, 4, 1, -Infinity)) //=> Float32Array [1.6826895475387573, -0]
 * @category Gated linear units
 */
export function gegluF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedForward(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfOverlap(out, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) out[o] = src[ia] * gate32(src[ib]);
  }
  return out;
}

/**
 * Row-wise partial derivatives of {@link geglu} into `out` of length x.length, laid out like x:
 * in each row, ∂/∂a = gelu(b) where a was, and ∂/∂b = a·gelu′(b) where b was. Returns `out`.
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
 * gegluDerivativeF32(new Float32Array(2), Float32Array.of(2, 0)) //=> Float32Array [0, 1]
 * @category Gated linear units
 */
export function gegluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedDerivative(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfPartialOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++) {
      const a = src[ia];
      const b = src[ib];
      out[ia] = gate32(b);
      out[ib] = a * slope32(b);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link gegluF32}: for each output element j with inputs a and b,
 * dx[a] = dy[j]·gelu(b) and dx[b] = dy[j]·a·gelu′(b) (each an IEEE product of dy and the float64
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
 * gegluBackwardF32(new Float32Array(2), Float32Array.of(4), Float32Array.of(2, 0)) //=> Float32Array [0, 4]
 * @category Gated linear units
 */
export function gegluBackwardF32(
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
      dx[ia] = g[o] * gate32(b);
      dx[ib] = g[o] * (a * slope32(b));
    }
  }
  return dx;
}
