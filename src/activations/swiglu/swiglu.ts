/**
 * SwiGLU, the gated linear unit with a swish gate (Shazeer 2020): splits each row in halves a | b and lets swish_β(b) = b·σ(βb) gate a; the feed-forward unit of PaLM and LLaMA-family models.
 *
 * ![swiglu(1, b) = silu(b) and ∂swiglu/∂b against b](../../../docs/plots/swiglu.svg)
 *
 * **Formula**
 *
 * ```text
 * swiglu(a, b, β) = a·swish(b, β) = a·b·σ(βb)
 * ∂swiglu/∂a = b·σ(βb), ∂swiglu/∂b = a·σ(βb)(1 + βb·σ(−βb)) = a·silu′(βb)
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves), out row = a ⊗ swish(b, β) (half as long)
 * ```
 *
 * **Parameters**: `beta`: the swish sharpness, any finite number, default 1 (swiglu(a, b) = a·silu(b) exactly); ONNX's unreleased `SwiGLU` calls it `alpha`. `rowSize` (array forms, before `beta`): elements per row, default x.length; an even positive integer dividing x.length. The gate is the SECOND half, as in {@link glu} (PyTorch `F.glu(x, dim=-1)`): Megatron-LM's `swiglu` (`silu(x₁)·x₂` of the two chunks) and ONNX's `SwiGLU(A, B)` = Swish(A)·B gate the FIRST half instead, so swap the halves of each row to match them. PyTorch, JAX and Keras ship no SwiGLU (pytorch/pytorch#128712 is open); from "GLU Variants Improve Transformer" (Shazeer 2020), SwiGLU(x, W, V) = Swish_β(xW) ⊗ xV.
 *
 * **Layouts** (array forms: a last, optional `{ layout, innerSize }`, {@link GatedOptions}): `layout: 'interleaved'` reads the split axis as pairs (gate b, value a), the gate at the even entries, as GPT-OSS lays out its MLP (`x[..., ::2]` the gate, `x[..., 1::2]` the linear part); `innerSize` (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor instead of the last (PyTorch `F.glu(x, dim=1)` on NCHW: rowSize = C, innerSize = H·W), the output being [outer, rowSize/2, innerSize]. The derivative and backward forms write each partial where its input was. Each layout gives, bit for bit, the halves-last-axis result of the transposed pairs.
 *
 * **Special values** (β > 0; see {@link swish} for β ≤ 0): NaN in a or b → NaN; a product of signed zeros keeps the IEEE sign (swish(±0) = ±0); swiglu(a, +∞) = ±∞ (sign of a) for a ≠ 0, NaN for a = ±0; swiglu(a, −∞) = ∓0 (a·(−0)) for finite a, NaN for a = ±∞ (∞·0, no limit); swiglu(±∞, b) = ±∞·swish(b, β) for finite b, NaN where swish(b, β) is 0: at b = ±0, and where it underflows in float64 (the scalar: b ≲ −752 at β = 1; the kernels give ±∞ or NaN in that far tail, and likewise for ∂/∂b = ±∞·swish′(b, β)).
 *
 * **Derivative at the kink**: none (smooth); ∂/∂b = a·silu′(βb) crosses 0 at βb ≈ −1.2785, where swish′ keeps full relative accuracy (see {@link swishDerivative}).
 *
 * Five forms (two-argument scalars): `swiglu(a, b, beta = 1)`, `swigluDerivative(a, b, beta = 1)` (returns [∂/∂a, ∂/∂b]), `swigluF32(out, x, rowSize?, beta = 1, options?)` (out has x.length/2 values), `swigluDerivativeF32(out, x, rowSize?, beta = 1, options?)` (out has x.length values: each row's ∂/∂a half then ∂/∂b half, laid out like x) and `swigluBackwardF32(dx, dy, x, rowSize?, beta = 1, options?)` (dy has x.length/2 values, dx x.length). Import from `rectified/swiglu` or `rectified`.
 *
 * @module swiglu
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
import { assertInput, finiteParam } from '../../internal/params.js';
import { silu32, siluSlope32 } from '../../internal/silu32.js';
import { betaError, swish32, swishSlope32, swishSlopeTimes } from '../../internal/swish32.js';
import { swish, swishDerivative } from '../swish/swish.js';

export type { GatedLayout, GatedOptions } from '../../internal/gated.js';

// The kernels call the float32 element kernels of silu (β = 1) and swish (other β; they take the
// limits at ±Infinity for every sign of β themselves) in float64 and round a ⊗ swish(b, β) once.
// β = 0 is the line b/2 (swish's own kernels special-case it too: x/(1 + e⁰) would be NaN at
// ±Infinity). The branches on β are loop-invariant, so they are predicted without cost.

/** swish(b, beta) for the kernels. */
function gate32(b: number, beta: number): number {
  if (beta === 1) return b - b === 0 ? silu32(b) : gateLimit(b);
  return beta === 0 ? b * 0.5 : swish32(b, beta);
}

/** swish′(b, beta) = silu′(beta·b) for the kernels. */
function slope32(b: number, beta: number): number {
  if (beta === 1) return b - b === 0 ? siluSlope32(b) : gateSlopeLimit(b);
  return beta === 0 ? (b === b ? 0.5 : b) : swishSlope32(b, beta);
}

/**
 * SwiGLU of one pair: a·swish(b, beta) = a·b·σ(beta·b), with a from the first half of a row and
 * the gate b from the second; beta = 1 (the default, SiLU) is the SwiGLU of PaLM and LLaMA.
 *
 * @param a - the value half
 * @param b - the gate half
 * @param beta - swish sharpness (default 1; any finite number; −0 is taken as +0)
 * @returns a·swish(b, beta); NaN if a or b is NaN; signed zeros by the IEEE product rule; for
 *   beta > 0: ±Infinity (sign of a) at b = +Infinity for a ≠ 0, a·(−0) at b = −Infinity for finite
 *   a, NaN for a = ±Infinity where swish(b, beta) is 0
 * @throws {TypeError} if a, b or beta is not a number
 * @throws {RangeError} if beta is not finite
 * @example
 * swiglu(2, 1) //=> 1.4621171572600098
 * swiglu(2, 1, 2) //=> 1.7615941559557646
 * @category Gated linear units
 */
export function swiglu(a: number, b: number, beta = 1): number {
  assertInput(a, 'a');
  assertInput(b, 'b');
  return a * swish(b, beta);
}

/**
 * Partial derivatives of {@link swiglu}: [∂/∂a, ∂/∂b] = [swish(b, beta), a·swish′(b, beta)],
 * swish′(b, beta) = silu′(beta·b) = σ(βb)(1 + βb·σ(−βb)). ∂/∂b multiplies swish′(b, beta),
 * carried in double-double, by a with one rounding, so it is within 4 ulp of the exact product for
 * every a (and may differ from a·swishDerivative(b, beta)).
 *
 * @param a - the value half
 * @param b - the gate half
 * @param beta - swish sharpness (default 1; any finite number; −0 is taken as +0)
 * @returns [swish(b, beta), a·swish′(b, beta)]; NaN entries where a or b is NaN (∂/∂a is NaN only
 *   for NaN b); for beta > 0, [+Infinity, a] at b = +Infinity and [−0, a·(−0)] at b = −Infinity;
 *   [±0, a/2] at b = ±0
 * @throws {TypeError} if a, b or beta is not a number
 * @throws {RangeError} if beta is not finite
 * @example
 * swigluDerivative(2, 0) //=> [0, 1]
 * @category Gated linear units
 */
export function swigluDerivative(a: number, b: number, beta = 1): [number, number] {
  assertInput(a, 'a');
  assertInput(b, 'b');
  beta = finiteParam('beta', beta);
  if (beta === 0) return [swish(b, 0), a * swishDerivative(b, 0)];
  const y = beta * b;
  return [swish(b, beta), swishSlopeTimes(a, y, betaError(beta, b, y))];
}

/**
 * Row-wise {@link swiglu} into `out`: x is read as rows of `rowSize` elements, each split into a
 * (first half) and b (second half); out row r = a ⊗ swish(b, beta), rowSize/2 elements. Returns
 * `out`. `out` may share memory with x (it is then read from a copy).
 *
 * @param out - destination of length x.length/2
 * @param x - input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param beta - swish sharpness (default 1; any finite number; −0 is taken as +0)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or beta is not a number, or options, its layout or its
 *   innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, out.length ≠ x.length/2 or beta is not finite, layout is
 *   another string, or innerSize (or rowSize·innerSize) does not divide x.length
 * @example
 * swigluF32(new Float32Array(2), Float32Array.of(2, 4, 1, -Infinity)) //=> Float32Array [1.4621171951293945, -0]
 * swigluF32(new Float32Array(1), Float32Array.of(2, 1), undefined, 2) //=> Float32Array [1.7615941762924194]
 * @category Gated linear units
 */
export function swigluF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, beta = 1, options?: GatedOptions): Float32Array {
  const run = gatedForward(out, x, rowSize, options);
  beta = finiteParam('beta', beta);
  const at = valueOffset(options, run);
  const src = copyIfOverlap(out, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) out[o] = src[ia] * gate32(src[ib], beta);
  }
  return out;
}

/**
 * Row-wise partial derivatives of {@link swiglu} into `out` of length x.length, laid out like x:
 * in each row, ∂/∂a = swish(b, beta) where a was, and ∂/∂b = a·swish′(b, beta) where b was.
 * Returns `out`. `out` may be `x`.
 *
 * @param out - destination of length x.length
 * @param x - input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param beta - swish sharpness (default 1; any finite number; −0 is taken as +0)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize or beta is not a number, or options, its layout or its
 *   innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, out.length ≠ x.length or beta is not finite, layout is
 *   another string, or innerSize (or rowSize·innerSize) does not divide x.length
 * @example
 * swigluDerivativeF32(new Float32Array(2), Float32Array.of(2, 0)) //=> Float32Array [0, 1]
 * @category Gated linear units
 */
export function swigluDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  rowSize?: number,
  beta = 1,
  options?: GatedOptions,
): Float32Array {
  const run = gatedDerivative(out, x, rowSize, options);
  beta = finiteParam('beta', beta);
  const at = valueOffset(options, run);
  const src = copyIfPartialOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++) {
      const a = src[ia];
      const b = src[ib];
      out[ia] = gate32(b, beta);
      out[ib] = a * slope32(b, beta);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link swigluF32}: for each output element j with inputs a and b,
 * dx[a] = dy[j]·swish(b, beta) and dx[b] = dy[j]·a·swish′(b, beta) (each an IEEE product of dy
 * and the float64 partial, rounded once). Returns `dx`. `dx` may be `x`; dy (half as long) is
 * copied if it shares memory with dx.
 *
 * @param dx - destination gradient w.r.t. x, length x.length
 * @param dy - incoming gradient, length x.length/2
 * @param x - the forward input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param beta - swish sharpness (default 1; any finite number; −0 is taken as +0)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or rowSize or beta is not a number, or options, its layout or its
 *   innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, dx.length ≠ x.length, dy.length ≠ x.length/2 or beta is not finite, layout is
 *   another string, or innerSize (or rowSize·innerSize) does not divide x.length
 * @example
 * swigluBackwardF32(new Float32Array(2), Float32Array.of(4), Float32Array.of(2, 0)) //=> Float32Array [0, 4]
 * @category Gated linear units
 */
export function swigluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
  beta = 1,
  options?: GatedOptions,
): Float32Array {
  const run = gatedBackward(dx, dy, x, rowSize, options);
  beta = finiteParam('beta', beta);
  const at = valueOffset(options, run);
  const g = copyIfOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) {
      const a = src[ia];
      const b = src[ib];
      dx[ia] = g[o] * gate32(b, beta);
      dx[ib] = g[o] * (a * slope32(b, beta));
    }
  }
  return dx;
}
