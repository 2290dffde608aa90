/**
 * Shrink: ONNX's general shrinkage operator — zeroes [−λ, λ] and moves the rest by a separate `bias`; softshrink (bias = λ) and hardshrink (bias = 0) are its two special cases.
 *
 * ![shrink and shrink′ with λ = 0.5, bias = 0.25, −4 ≤ x ≤ 4](../../../docs/plots/shrink.svg)
 *
 * **Formula**
 *
 * ```text
 * shrink(x, λ, bias) = x − bias for x > λ, x + bias for x < −λ, 0 for −λ ≤ x ≤ λ
 * shrink′(x) = 1 for |x| > λ, 0 for −λ ≤ x ≤ λ
 * ```
 *
 * **Parameters**: `lambd` (λ): finite and ≥ 0, default 0.5; `bias`: finite (any sign), default 0 — ONNX `Shrink`'s attribute names and defaults (opset 9). ONNX states no domain for λ; a negative λ would make the two outer pieces overlap, so it is a RangeError here, as for softshrink and hardshrink. shrink(x, λ, λ) = softshrink(x, λ) and shrink(x, λ, 0) = hardshrink(x, λ), bit for bit in every form.
 *
 * **Special values**: NaN → NaN; shrink(±0) = +0 (the middle piece; also for a negative bias); shrink(±∞) = ±∞; x − bias or x + bias that is exactly 0 gives +0.
 *
 * **Derivative at the kinks**: shrink′(±λ) = 0 (the closed middle interval, as PyTorch's softshrink and hardshrink). ONNX defines no gradient for Shrink; the bias is a constant, not a learnable parameter.
 *
 * Five forms: `shrink(x, lambd = 0.5, bias = 0)`, `shrinkDerivative(x, lambd = 0.5, bias = 0)`, `shrinkF32(out, x, lambd = 0.5, bias = 0)`, `shrinkDerivativeF32(out, x, lambd = 0.5, bias = 0)` and `shrinkBackwardF32(dx, dy, x, lambd = 0.5, bias = 0)` (out-first; `out` may be `x`). Import from `rectified/shrink` or `rectified`.
 *
 * @module shrink
 * @category Shrinkage
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, finiteParam, nonNegativeParam } from '../../internal/params.js';
import { shrinkSlope } from '../../internal/shrink.js';

// Float32Array kernel: with p = +(x > λ) and q = +(x < −λ) (0/1, no branch), shrink(x) =
// (p + q)·x + (q − p)·bias: x − bias or x + bias outside, one float64 rounding then float32's.
// Inside, 0·x + 0·bias is −0 for x < 0 with a negative bias, so + 0 makes it +0 (it changes no
// other result: a nonzero sum is unchanged and an exact x ∓ bias = 0 is already +0).
// NaN gives 0·NaN = NaN; ±∞ is never inside, as λ is finite.
function shrink32(x: number, lambd: number, bias: number): number {
  const p = +(x > lambd);
  const q = +(x < -lambd);
  return (p + q) * x + (q - p) * bias + 0;
}

/**
 * Shrinkage as ONNX `Shrink` defines it: x − bias for x > lambd, x + bias for x < −lambd, 0
 * otherwise. The result outside [−lambd, lambd] is the correctly rounded x ∓ bias.
 *
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @param bias - moved off the outer pieces (default 0; finite; −0 is taken as +0)
 * @returns the shrunk value; NaN for NaN; +0 for ±0 and every x in [−lambd, lambd]; ±Infinity at ±Infinity
 * @throws {TypeError} if x, lambd or bias is not a number
 * @throws {RangeError} if lambd is negative or not finite, or bias is not finite
 * @example
 * shrink(2) //=> 2
 * shrink(2, 0.5, 0.25) //=> 1.75
 * shrink(-3, 1, 2) //=> -1
 * shrink(0.3) //=> 0
 * @category Shrinkage
 */
export function shrink(x: number, lambd = 0.5, bias = 0): number {
  assertInput(x);
  lambd = nonNegativeParam('lambd', lambd);
  bias = finiteParam('bias', bias);
  return x > lambd ? x - bias : x < -lambd ? x + bias : x === x ? 0 : x;
}

/**
 * Derivative of {@link shrink} in x: 1 for |x| > lambd, 0 for −lambd ≤ x ≤ lambd (0 at the
 * kinks ±lambd); it does not depend on bias, which is checked all the same.
 *
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @param bias - moved off the outer pieces (default 0; finite)
 * @returns 1 or +0; NaN for NaN; 1 at ±Infinity
 * @throws {TypeError} if x, lambd or bias is not a number
 * @throws {RangeError} if lambd is negative or not finite, or bias is not finite
 * @example
 * shrinkDerivative(2) //=> 1
 * shrinkDerivative(0.5) //=> 0
 * @category Shrinkage
 */
export function shrinkDerivative(x: number, lambd = 0.5, bias = 0): number {
  assertInput(x);
  lambd = nonNegativeParam('lambd', lambd);
  finiteParam('bias', bias);
  return shrinkSlope(x, lambd);
}

/**
 * Elementwise {@link shrink} into `out`; returns `out`. `out` may be `x`. Each element is x ∓ bias
 * rounded to float64 and then to float32: within 1 float32 ulp of the exact value, and correctly
 * rounded whenever x ∓ bias is exact in float64 (bias = 0, or a float32 bias whose magnitude is
 * within a factor 2²⁹ of x's: the sum of two such float32 values fits in 53 bits).
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @param bias - moved off the outer pieces (default 0; finite)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or lambd or bias is not a number
 * @throws {RangeError} if the lengths differ, lambd is negative or not finite, or bias is not finite
 * @example
 * shrinkF32(new Float32Array(3), Float32Array.of(-2, 0.25, 3), 0.5, 0.25) //=> Float32Array [-1.75, 0, 2.75]
 * @category Shrinkage
 */
export function shrinkF32(out: Float32Array, x: Readonly<Float32Array>, lambd = 0.5, bias = 0): Float32Array {
  checkUnary(out, x);
  lambd = nonNegativeParam('lambd', lambd);
  bias = finiteParam('bias', bias);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = shrink32(src[i], lambd, bias);
  return out;
}

/**
 * Elementwise {@link shrinkDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @param bias - moved off the outer pieces (default 0; finite)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or lambd or bias is not a number
 * @throws {RangeError} if the lengths differ, lambd is negative or not finite, or bias is not finite
 * @example
 * shrinkDerivativeF32(new Float32Array(3), Float32Array.of(-2, 0.5, 3)) //=> Float32Array [1, 0, 1]
 * @category Shrinkage
 */
export function shrinkDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, lambd = 0.5, bias = 0): Float32Array {
  checkUnary(out, x);
  lambd = nonNegativeParam('lambd', lambd);
  finiteParam('bias', bias);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = shrinkSlope(src[i], lambd);
  return out;
}

/**
 * Fused backward pass of {@link shrink}: dx[i] = dy[i]·shrink′(x[i]); returns `dx`. `dx` may
 * alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @param bias - moved off the outer pieces (default 0; finite)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array, or lambd or bias is not a number
 * @throws {RangeError} if the lengths differ, lambd is negative or not finite, or bias is not finite
 * @example
 * shrinkBackwardF32(new Float32Array(3), Float32Array.of(4, 4, 4), Float32Array.of(-2, 0.5, 3)) //=> Float32Array [4, 0, 4]
 * @category Shrinkage
 */
export function shrinkBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  lambd = 0.5,
  bias = 0,
): Float32Array {
  checkBackward(dx, dy, x);
  lambd = nonNegativeParam('lambd', lambd);
  finiteParam('bias', bias);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * shrinkSlope(src[i], lambd);
  return dx;
}
