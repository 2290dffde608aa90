/**
 * SwiGLU as GPT-OSS computes it (OpenAI 2025, `swiglu` in gpt-oss's torch/model.py): the gate clamped above at `limit`, the linear part clamped to ±limit, a swish gate of sharpness α = 1.702 and a bias of 1 on the linear part.
 *
 * ![swigluOss(0, b) = swish(min(b, 7), 1.702) and ∂swigluOss/∂b against b](../../../docs/plots/swiglu-oss.svg)
 *
 * **Formula**
 *
 * ```text
 * g = min(b, limit), l = clamp(a, −limit, limit)
 * swigluOss(a, b, α, limit) = swish(g, α)·(l + 1) = g·σ(αg)·(l + 1)
 * ∂/∂a = swish(g, α)·[−limit ≤ a ≤ limit], ∂/∂b = (l + 1)·swish′(g, α)·[b ≤ limit]
 * arrays: x read as rows of rowSize (even) elements, row = a | b (halves) by default, out row = swish(g, α) ⊗ (l + 1)
 * ```
 *
 * **Why its own function, and its name**: it differs from {@link swiglu} in three ways at once — the clamps, α = 1.702 in place of swiglu's β = 1, and the +1 on the linear part — so a name like "clampedSwiglu" would describe one of them; `swigluOss` names the model whose definition it reproduces. Without active clamps (b ≤ limit, |a| ≤ limit) it is exactly `swiglu(a + 1, b, alpha)`, as the property tests check.
 *
 * **Parameters**: `alpha`: the swish sharpness, any finite number, default 1.702 (GPT-OSS's, the sigmoid approximation of GELU); `limit`: the clamp, finite and > 0, default 7 (GPT-OSS's `swiglu_limit`). `rowSize` (array forms, before `alpha`): elements per row, default x.length; an even positive integer dividing x.length. The trailing `options` of every gated unit (`{ layout, innerSize }`) choose the layout: the default is the halves value a | gate b of {@link glu} and {@link swiglu}, so that the six gated units read a tensor the same way; GPT-OSS's own layout, its MLP's first projection with the gate at the even entries (`x[..., ::2]`) and the linear part at the odd ones (`x[..., 1::2]`), is `{ layout: 'interleaved' }`. The scalars take (a, b) = (linear, gate) in that order, as {@link swiglu} takes (value, gate). PyTorch, JAX and Keras ship no such function; vLLM calls it `swigluoai_and_mul`.
 *
 * **Special values** (α > 0): NaN in a or b → NaN; the clamps make every other result finite: swigluOss(a, +∞) = swish(limit, α)·(l + 1), swigluOss(a, −∞) = −0·(l + 1) (−0 for l > −1, +0 for l < −1), swigluOss(±∞, b) = swish(g, α)·(1 ± limit); signed zeros by the IEEE product rule (swish(±0) = ±0; l + 1 = +0 at a = −1).
 *
 * **Derivative at the kinks**: as PyTorch's clamp backward (the mask `a >= −limit & a <= limit`, `b <= limit`): the slope of a clamp is 1 at its bound and 0 beyond, so at a = ±limit and b = limit the partials are the unclamped ones, and ∂/∂a = swish(g, α)·0, ∂/∂b = (l + 1)·swish′(g, α)·0 beyond (IEEE products: ±0, NaN for an infinite factor; the backward multiplies dy by them, where PyTorch's `where` selects 0). ∂/∂b crosses 0 with swish′ (αg ≈ −1.2785), where it keeps full relative accuracy (see {@link swishDerivative}).
 *
 * Five forms (two-argument scalars): `swigluOss(a, b, alpha = 1.702, limit = 7)`, `swigluOssDerivative(a, b, alpha = 1.702, limit = 7)` (returns [∂/∂a, ∂/∂b]), `swigluOssF32(out, x, rowSize?, alpha = 1.702, limit = 7, options?)` (out has x.length/2 values), `swigluOssDerivativeF32(out, x, rowSize?, alpha = 1.702, limit = 7, options?)` (out has x.length values, each partial where its input was) and `swigluOssBackwardF32(dx, dy, x, rowSize?, alpha = 1.702, limit = 7, options?)` (dy has x.length/2 values, dx x.length). Import from `rectified/swigluOss` or `rectified`.
 *
 * @module swigluOss
 * @category Gated linear units
 */
import { copyIfOverlap, copyIfPartialOverlap } from '../../internal/check.js';
import { type GatedOptions, gatedBackward, gatedDerivative, gatedForward, valueOffset } from '../../internal/gated.js';
import { assertInput, finiteParam, positiveParam } from '../../internal/params.js';
import { swish, swishDerivative } from '../swish/swish.js';
import {
  clampGate,
  clampLinear,
  gateSlope,
  linearSlope,
  partialA32,
  partialB32,
  slopeTimesLinearPlusOne,
  timesLinearPlusOne,
  value32,
} from './core.js';

export type { GatedLayout, GatedOptions } from '../../internal/gated.js';

/**
 * GPT-OSS's SwiGLU of one pair: swish(min(b, limit), alpha)·(clamp(a, −limit, limit) + 1), with
 * the linear part a and the gate b.
 *
 * @param a - the linear (value) part, clamped to [−limit, limit]
 * @param b - the gate, clamped above at limit
 * @param alpha - swish sharpness (default 1.702; any finite number; −0 is taken as +0)
 * @param limit - the clamp (default 7; finite and > 0)
 * @returns swish(g, alpha)·(l + 1) within 4 ulp; NaN if a or b is NaN; finite for every other
 *   input when alpha > 0 (−0·(l + 1) at b = −Infinity)
 * @throws {TypeError} if a, b, alpha or limit is not a number
 * @throws {RangeError} if alpha is not finite, or limit is not finite and > 0
 * @example
 * swigluOss(1, 2) //=> 3.8713172462884167
 * swigluOss(100, Infinity) //=> 55.99962502642654
 * swigluOss(-1, 3) //=> 0
 * @category Gated linear units
 */
export function swigluOss(a: number, b: number, alpha = 1.702, limit = 7): number {
  assertInput(a, 'a');
  assertInput(b, 'b');
  alpha = finiteParam('alpha', alpha);
  limit = positiveParam('limit', limit);
  return timesLinearPlusOne(swish(clampGate(b, limit), alpha), clampLinear(a, limit));
}

/**
 * Partial derivatives of {@link swigluOss}: [∂/∂a, ∂/∂b] = [swish(g, alpha)·[−limit ≤ a ≤ limit],
 * (l + 1)·swish′(g, alpha)·[b ≤ limit]], each clamp's slope 1 at its bound as in PyTorch.
 * ∂/∂b multiplies swish′(g, alpha), carried in double-double, by l + 1 (with its own rounding
 * error where l + 1 rounds) with one rounding, so it is within 4 ulp of the exact product for
 * every a, and equal to swigluDerivative(l + 1, b, alpha)[1] where b ≤ limit and l + 1 is exact.
 *
 * @param a - the linear (value) part
 * @param b - the gate
 * @param alpha - swish sharpness (default 1.702; any finite number; −0 is taken as +0)
 * @param limit - the clamp (default 7; finite and > 0)
 * @returns [∂/∂a, ∂/∂b]; NaN entries where a or b is NaN (∂/∂a also for NaN a, ∂/∂b for NaN b);
 *   ±0 (IEEE products with 0) where a clamp binds
 * @throws {TypeError} if a, b, alpha or limit is not a number
 * @throws {RangeError} if alpha is not finite, or limit is not finite and > 0
 * @example
 * swigluOssDerivative(1, 0) //=> [0, 1]
 * swigluOssDerivative(8, 8) //=> [0, 0]
 * @category Gated linear units
 */
export function swigluOssDerivative(a: number, b: number, alpha = 1.702, limit = 7): [number, number] {
  assertInput(a, 'a');
  assertInput(b, 'b');
  alpha = finiteParam('alpha', alpha);
  limit = positiveParam('limit', limit);
  const g = clampGate(b, limit);
  const l = clampLinear(a, limit);
  // alpha = 0: swish′ is the exact 1/2 (the line g/2), so one rounding of (l + 1)/2 suffices
  const slope = alpha === 0 ? timesLinearPlusOne(swishDerivative(g, 0), l) : slopeTimesLinearPlusOne(g, alpha, l);
  return [swish(g, alpha) * linearSlope(a, limit), slope * gateSlope(b, limit)];
}

/**
 * Row-wise {@link swigluOss} into `out`: x is read as rows of `rowSize` elements, each split into a
 * (first half, the linear part) and b (second half, the gate), or as GPT-OSS lays them out with
 * `{ layout: 'interleaved' }` (gate at the even entries); out row r = swish(g, alpha) ⊗ (l + 1),
 * rowSize/2 elements. Returns `out`. `out` may share memory with x (it is then read from a copy).
 *
 * @param out - destination of length x.length/2
 * @param x - input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param alpha - swish sharpness (default 1.702; any finite number; −0 is taken as +0)
 * @param limit - the clamp (default 7; finite and > 0)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional): `layout: 'interleaved'` reads
 *   the split axis as pairs (gate b, value a), the gate at the even entries (GPT-OSS); `innerSize`
 *   (default 1) splits the middle axis of a contiguous [outer, rowSize, innerSize] tensor
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize, alpha or limit is not a number, or options, its
 *   layout or its innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, out.length ≠ x.length/2, alpha is not
 *   finite, limit is not finite and > 0, layout is another string, or innerSize (or rowSize·innerSize) does not
 *   divide x.length
 * @example
 * swigluOssF32(new Float32Array(2), Float32Array.of(1, -1, 2, 3)) //=> Float32Array [3.871317148208618, 0]
 * swigluOssF32(new Float32Array(2), Float32Array.of(2, 1, 3, -1), 4, undefined, undefined, { layout: 'interleaved' }) //=> Float32Array [3.871317148208618, 0]
 * @category Gated linear units
 */
export function swigluOssF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  rowSize?: number,
  alpha = 1.702,
  limit = 7,
  options?: GatedOptions,
): Float32Array {
  const run = gatedForward(out, x, rowSize, options);
  alpha = finiteParam('alpha', alpha);
  limit = positiveParam('limit', limit);
  const at = valueOffset(options, run);
  const src = copyIfOverlap(out, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++)
      out[o] = value32(src[ia], src[ib], alpha, limit);
  }
  return out;
}

/**
 * Row-wise partial derivatives of {@link swigluOss} into `out` of length x.length, laid out like
 * x: ∂/∂a where a was and ∂/∂b where b was. Returns `out`. `out` may be `x`.
 *
 * @param out - destination of length x.length
 * @param x - input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param alpha - swish sharpness (default 1.702; any finite number; −0 is taken as +0)
 * @param limit - the clamp (default 7; finite and > 0)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional), as in {@link swigluOssF32}
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or rowSize, alpha or limit is not a number, or options, its
 *   layout or its innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, out.length ≠ x.length, alpha is not
 *   finite, limit is not finite and > 0, layout is another string, or innerSize (or rowSize·innerSize) does not
 *   divide x.length
 * @example
 * swigluOssDerivativeF32(new Float32Array(4), Float32Array.of(1, 8, 0, 8)) //=> Float32Array [0, 0, 1, 0]
 * @category Gated linear units
 */
export function swigluOssDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  rowSize?: number,
  alpha = 1.702,
  limit = 7,
  options?: GatedOptions,
): Float32Array {
  const run = gatedDerivative(out, x, rowSize, options);
  alpha = finiteParam('alpha', alpha);
  limit = positiveParam('limit', limit);
  const at = valueOffset(options, run);
  const src = copyIfPartialOverlap(out, x);
  for (let start = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++) {
      const a = src[ia];
      const b = src[ib];
      out[ia] = partialA32(a, b, alpha, limit);
      out[ib] = partialB32(a, b, alpha, limit);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link swigluOssF32}: for each output element j with inputs a and b,
 * dx[a] = dy[j]·∂/∂a and dx[b] = dy[j]·∂/∂b (IEEE products of dy and the float64 partials, rounded
 * once; where a clamp binds, dy·0). Returns `dx`. `dx` may be `x`; dy (half as long) is copied if
 * it shares memory with dx.
 *
 * @param dx - destination gradient w.r.t. x, length x.length
 * @param dy - incoming gradient, length x.length/2
 * @param x - the forward input rows a | b
 * @param rowSize - elements per row, the size of the split axis (default x.length / innerSize; even,
 *   positive, dividing x.length)
 * @param alpha - swish sharpness (default 1.702; any finite number; −0 is taken as +0)
 * @param limit - the clamp (default 7; finite and > 0)
 * @param options - `{ layout, innerSize }` ({@link GatedOptions}, both optional), as in {@link swigluOssF32}
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or rowSize, alpha or limit is not a number, or options,
 *   its layout or its innerSize has the wrong type
 * @throws {RangeError} if rowSize is not an even positive divisor of x.length, dx.length ≠ x.length, dy.length ≠
 *   x.length/2, alpha is not finite, limit is not finite and > 0, layout is another string, or innerSize (or
 *   rowSize·innerSize) does not divide x.length
 * @example
 * swigluOssBackwardF32(new Float32Array(2), Float32Array.of(4), Float32Array.of(1, 0)) //=> Float32Array [0, 4]
 * @category Gated linear units
 */
export function swigluOssBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
  alpha = 1.702,
  limit = 7,
  options?: GatedOptions,
): Float32Array {
  const run = gatedBackward(dx, dy, x, rowSize, options);
  alpha = finiteParam('alpha', alpha);
  limit = positiveParam('limit', limit);
  const at = valueOffset(options, run);
  const g = copyIfOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let start = 0, o = 0, n = src.length; start < n; start += 2 * run) {
    for (let ia = start + at, ib = start + run - at, end = ia + run; ia < end; ia++, ib++, o++) {
      const a = src[ia];
      const b = src[ib];
      dx[ia] = g[o] * partialA32(a, b, alpha, limit);
      dx[ib] = g[o] * partialB32(a, b, alpha, limit);
    }
  }
  return dx;
}
