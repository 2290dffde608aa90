/**
 * Hardshrink: hard thresholding — keeps x where |x| > λ and zeroes [−λ, λ].
 *
 * ![hardshrink and hardshrink′, −4 ≤ x ≤ 4](../../../docs/plots/hardshrink.svg)
 *
 * **Formula**
 *
 * ```text
 * hardshrink(x) = x for |x| > λ, 0 for −λ ≤ x ≤ λ
 * hardshrink′(x) = 1 for |x| > λ, 0 for −λ ≤ x ≤ λ
 * ```
 *
 * **Parameters**: `lambd` (λ): finite and ≥ 0, default 0.5 (PyTorch's name and default; Keras 3 calls it `threshold`, ONNX `Shrink` uses `lambd` with `bias = 0`).
 *
 * **Special values**: NaN → NaN (PyTorch's vectorised and scalar paths disagreed on NaN, pytorch#81138); hardshrink(±0) = +0 (the middle branch's 0, also for lambd = 0); hardshrink(±∞) = ±∞.
 *
 * **Derivative at the kinks**: hardshrink′(±λ) = 0 (the closed middle interval, as PyTorch). For λ > 0 hardshrink jumps by λ at ±λ; its derivative is the one almost everywhere (PyTorch's gradient), the jump contributes none.
 *
 * Five forms: `hardshrink(x, lambd = 0.5)`, `hardshrinkDerivative(x, lambd = 0.5)`, `hardshrinkF32(out, x, lambd = 0.5)`, `hardshrinkDerivativeF32(out, x, lambd = 0.5)` and `hardshrinkBackwardF32(dx, dy, x, lambd = 0.5)` (out-first; `out` may be `x`). Import from `rectified/hardshrink` or `rectified`.
 *
 * @module hardshrink
 * @category Shrinkage
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';
import { shrinkSlope } from '../../internal/shrink.js';

// Float32Array kernel: with m = +(x > λ) + +(x < −λ) (0/1, no branch), hardshrink(x) = m·x + 0:
// x outside (exact), 0·x + 0 = +0 inside (the + 0 turns −0 into +0); NaN gives 0·NaN = NaN.
// ±∞ is never inside, as λ is finite, so 0·∞ cannot occur.
function hardshrink32(x: number, lambd: number): number {
  return (+(x > lambd) + +(x < -lambd)) * x + 0;
}

/**
 * Hard shrinkage: x for |x| > lambd, 0 for −lambd ≤ x ≤ lambd.
 *
 * Same as PyTorch's `F.hardshrink(x, lambd)`, Keras 3's `hard_shrink(x, threshold)` and ONNX
 * `Shrink(lambd, bias = 0)`; NaN always propagates. Exact (no rounding).
 *
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns x or 0; NaN for NaN; +0 for ±0 and every x in [−lambd, lambd]; ±Infinity at ±Infinity
 * @throws {TypeError} if x or lambd is not a number
 * @throws {RangeError} if lambd is negative or not finite
 * @example
 * hardshrink(2) //=> 2
 * hardshrink(-0.3) //=> 0
 * hardshrink(-3, 1) //=> -3
 * @category Shrinkage
 */
export function hardshrink(x: number, lambd = 0.5): number {
  assertInput(x);
  lambd = nonNegativeParam('lambd', lambd);
  return x > lambd || x < -lambd ? x : x === x ? 0 : x;
}

/**
 * Derivative of {@link hardshrink}: 1 for |x| > lambd, 0 for −lambd ≤ x ≤ lambd (0 at the
 * jumps ±lambd, as PyTorch; the jumps themselves contribute no gradient).
 *
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns 1 or +0; NaN for NaN; 1 at ±Infinity
 * @throws {TypeError} if x or lambd is not a number
 * @throws {RangeError} if lambd is negative or not finite
 * @example
 * hardshrinkDerivative(2) //=> 1
 * hardshrinkDerivative(0.5) //=> 0
 * @category Shrinkage
 */
export function hardshrinkDerivative(x: number, lambd = 0.5): number {
  assertInput(x);
  lambd = nonNegativeParam('lambd', lambd);
  return shrinkSlope(x, lambd);
}

/**
 * Elementwise {@link hardshrink} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or lambd is negative or not finite
 * @example
 * hardshrinkF32(new Float32Array(3), Float32Array.of(-2, 0.25, 3)) //=> Float32Array [-2, 0, 3]
 * @category Shrinkage
 */
export function hardshrinkF32(out: Float32Array, x: Readonly<Float32Array>, lambd = 0.5): Float32Array {
  checkUnary(out, x);
  lambd = nonNegativeParam('lambd', lambd);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = hardshrink32(src[i], lambd);
  return out;
}

/**
 * Elementwise {@link hardshrinkDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or lambd is negative or not finite
 * @example
 * hardshrinkDerivativeF32(new Float32Array(3), Float32Array.of(-2, 0.5, 3)) //=> Float32Array [1, 0, 1]
 * @category Shrinkage
 */
export function hardshrinkDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, lambd = 0.5): Float32Array {
  checkUnary(out, x);
  lambd = nonNegativeParam('lambd', lambd);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = shrinkSlope(src[i], lambd);
  return out;
}

/**
 * Fused backward pass of {@link hardshrink}: dx[i] = dy[i]·hardshrink′(x[i]); returns `dx`.
 * `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or lambd is negative or not finite
 * @example
 * hardshrinkBackwardF32(new Float32Array(3), Float32Array.of(4, 4, 4), Float32Array.of(-2, 0.5, 3)) //=> Float32Array [4, 0, 4]
 * @category Shrinkage
 */
export function hardshrinkBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, lambd = 0.5): Float32Array {
  checkBackward(dx, dy, x);
  lambd = nonNegativeParam('lambd', lambd);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * shrinkSlope(src[i], lambd);
  return dx;
}
