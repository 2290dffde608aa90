/**
 * GEGLU with the tanh-approximated GELU gate: splits each row in halves a | b and lets geluTanh(b) gate a; the form of checkpoints trained with the tanh GELU (Gemma uses it). The exact form is {@link geglu!geglu | geglu} (`rectified/geglu`).
 *
 * ![gegluTanh(1, b) = geluTanh(b) and ∂gegluTanh/∂b against b](../../../docs/plots/geglu-tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * gegluTanh(a, b) = a·geluTanh(b) = a·½b(1 + tanh(√(2/π)(b + 0.044715b³)))
 * ∂gegluTanh/∂a = geluTanh(b), ∂gegluTanh/∂b = a·geluTanh′(b)
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves), out row = a ⊗ g(b) (half as long)
 * ```
 *
 * **Parameters**: `rowSize` (array forms): elements per row, default x.length; an even positive integer dividing x.length. The gate is the SECOND half, as in {@link glu} (PyTorch `F.glu(x, dim=-1)`): Megatron-LM's `swiglu` and ONNX's `SwiGLU` gate the FIRST half instead, so swap the halves of each row to match that layout. PyTorch, JAX and Keras ship no GEGLU (PyTorch declined it, pytorch/pytorch#80168); from "GLU Variants Improve Transformer" (Shazeer 2020), GEGLU(x, W, V) = GELU(xW) ⊗ xV.
 *
 * **Layouts** (array forms: a last, optional `{ layout, innerSize }`, {@link GatedOptions}): `layout: 'interleaved'` reads the split axis as pairs (gate b, value a), the gate at the even entries, as GPT-OSS lays out its MLP (`x[..., ::2]` the gate, `x[..., 1::2]` the linear part); `innerSize` (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor instead of the last (PyTorch `F.glu(x, dim=1)` on NCHW: rowSize = C, innerSize = H·W), the output being [outer, rowSize/2, innerSize]. The derivative and backward forms write each partial where its input was. Each layout gives, bit for bit, the halves-last-axis result of the transposed pairs.
 *
 * **Special values** (g = geluTanh): NaN in a or b → NaN; a product of signed zeros keeps the IEEE sign (g(±0) = ±0, so gegluTanh(2, −0) = −0 and gegluTanh(−0, 1) = −0); gegluTanh(a, +∞) = ±∞ (sign of a) for a ≠ 0, NaN for a = ±0; gegluTanh(a, −∞) = ∓0 (a·(−0)) for finite a, NaN for a = ±∞ (∞·0, no limit); gegluTanh(±∞, b) = ±∞·g(b) for finite b, NaN where g(b) is 0: at b = ±0, and where g(b) underflows in float64 (the scalars: b ≲ −21.4; the kernels, whose float64 intermediates underflow elsewhere, give ±∞ or NaN in that far tail, and likewise for ∂/∂b = ±∞·g′(b)).
 *
 * **Derivative at the kink**: none (smooth); ∂/∂b = a·g′(b) crosses 0 with g′ (b ≈ −0.7525), where geluTanh′'s root series keeps full relative accuracy (see {@link geluTanhDerivative}).
 *
 * Five forms: `gegluTanh(a, b)`, `gegluTanhDerivative(a, b)` (returns [∂/∂a, ∂/∂b]), `gegluTanhF32(out, x, rowSize?, options?)` (out has x.length/2 values), `gegluTanhDerivativeF32(out, x, rowSize?, options?)` (out has x.length values, laid out like x), `gegluTanhBackwardF32(dx, dy, x, rowSize?, options?)` (dy has x.length/2 values, dx x.length). Import from `rectified/gegluTanh` (or its alias `rectified/geglu-tanh`) or `rectified`.
 *
 * @module gegluTanh
 * @category Gated linear units
 */
import { copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
import {
  type GatedOptions,
  gatedBackward,
  gatedDerivative,
  gatedForward,
  gateLimit,
  gateSlopeLimit,
  valueOffset,
} from '../../internal/gated.js';
import { geluTanh32, geluTanhSlope32 } from '../../internal/gelu-tanh32.js';
import { geluTanhSlopeTimes } from '../../internal/gelu-tanh64.js';
import { assertInput } from '../../internal/params.js';
// biome-ignore lint/correctness/noUnusedImports: geluTanhDerivative is the target of the module comment's {@link}
import { geluTanh, geluTanhDerivative } from '../gelu/gelu-tanh.js';

export type { GatedLayout, GatedOptions } from '../../internal/gated.js';

// The kernels call geluTanh's float32 element kernels (float64 arithmetic with the table
// exponential, so a ⊗ geluTanh(b) rounds once to within 1 float32 ulp) for finite b, and take the
// limits at ±Infinity exactly (gateLimit), so that a = ±Infinity and b = −Infinity give NaN as in
// the scalars.

/** geluTanh(b) for the kernels. */
function gate32(b: number): number {
  return b - b === 0 ? geluTanh32(b) : gateLimit(b);
}

/** geluTanh′(b) for the kernels. */
function slope32(b: number): number {
  return b - b === 0 ? geluTanhSlope32(b) : gateSlopeLimit(b);
}

/**
 * GEGLU with the tanh-approximated GELU, of one pair: a·geluTanh(b), geluTanh(b) =
 * ½b(1 + tanh(√(2/π)(b + 0.044715b³))), with a from the first half of a row and the gate b from
 * the second. The GEGLU of Gemma (`gelu_pytorch_tanh`); {@link geglu} is the exact form.
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns a·geluTanh(b); NaN if a or b is NaN; signed zeros by the IEEE product rule
 *   (geluTanh(±0) = ±0); ±Infinity (sign of a) at b = +Infinity for a ≠ 0; a·(−0) at b = −Infinity
 *   for finite a; NaN for a = ±Infinity where geluTanh(b) is 0 (b = ±0, b = −Infinity, b below
 *   about −21.4)
 * @throws {TypeError} if a or b is not a number
 * @example
 * gegluTanh(2, 1) //=> 1.6823839812165535
 * gegluTanh(1, -10) //=> -1.204092348209806e-37
 * @category Gated linear units
 */
export function gegluTanh(a: number, b: number): number {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return a * geluTanh(b);
}

/**
 * Partial derivatives of {@link gegluTanh}: [∂/∂a, ∂/∂b] = [geluTanh(b), a·geluTanh′(b)],
 * geluTanh′(b) = σ(2u) + b·σ(2u)·σ(−2u)·2√(2/π)(1 + 0.134145b²), u = √(2/π)(b + 0.044715b³).
 * ∂/∂b multiplies geluTanh′(b), carried in double-double, by a with one rounding, so it is within
 * 4 ulp of the exact product for every a (and may differ from a·geluTanhDerivative(b)).
 *
 * @param a - the value half
 * @param b - the gate half
 * @returns [geluTanh(b), a·geluTanh′(b)]; NaN entries where a or b is NaN (∂/∂a is NaN only for NaN b);
 *   [+Infinity, a] at b = +Infinity and [−0, a·(−0)] at b = −Infinity; [±0, a/2] at b = ±0
 * @throws {TypeError} if a or b is not a number
 * @example
 * gegluTanhDerivative(2, 0) //=> [0, 1]
 * @category Gated linear units
 */
export function gegluTanhDerivative(a: number, b: number): [number, number] {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return [geluTanh(b), geluTanhSlopeTimes(a, b)];
}

/**
 * Row-wise {@link gegluTanh} into `out`: x is read as rows of `rowSize` elements, each split into a
 * (first half) and b (second half); out row r = a ⊗ geluTanh(b), rowSize/2 elements. Returns `out`.
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
 * gegluTanhF32(new Float32Array(2), Float32Array.of(2, 4, 1, -Infinity)) //=> Float32Array [1.6823840141296387, -0]
 * @category Gated linear units
 */
export function gegluTanhF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, options?: GatedOptions): Float32Array {
  const run = gatedForward(out, x, rowSize, options);
  const at = valueOffset(options, run);
  const src = copyIfOverlap(out, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) out[o] = src[ia] * gate32(src[ib]);
  }
  return out;
}

/**
 * Row-wise partial derivatives of {@link gegluTanh} into `out` of length x.length, laid out like x:
 * in each row, ∂/∂a = geluTanh(b) where a was, and ∂/∂b = a·geluTanh′(b) where b was. Returns `out`.
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
 * gegluTanhDerivativeF32(new Float32Array(2), Float32Array.of(2, 0)) //=> Float32Array [0, 1]
 * @category Gated linear units
 */
export function gegluTanhDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  rowSize?: number,
  options?: GatedOptions,
): Float32Array {
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
 * Fused backward pass of {@link gegluTanhF32}: for each output element j with inputs a and b,
 * dx[a] = dy[j]·geluTanh(b) and dx[b] = dy[j]·a·geluTanh′(b) (each an IEEE product of dy and the float64
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
 * gegluTanhBackwardF32(new Float32Array(2), Float32Array.of(4), Float32Array.of(2, 0)) //=> Float32Array [0, 4]
 * @category Gated linear units
 */
export function gegluTanhBackwardF32(
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
