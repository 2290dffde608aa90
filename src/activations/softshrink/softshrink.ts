/**
 * Softshrink: soft thresholding, the proximal operator of λ|x| — moves x toward 0 by λ and zeroes [−λ, λ].
 *
 * ![softshrink and softshrink′, −4 ≤ x ≤ 4](../../../docs/plots/softshrink.svg)
 *
 * **Formula**
 *
 * ```text
 * softshrink(x) = x − λ for x > λ, x + λ for x < −λ, 0 for −λ ≤ x ≤ λ
 * softshrink′(x) = 1 for |x| > λ, 0 for −λ ≤ x ≤ λ
 * ```
 *
 * **Parameters**: `lambd` (λ): finite and ≥ 0, default 0.5 (PyTorch's name and default; Keras 3 calls it `threshold`, ONNX `Shrink` uses `lambd` with `bias = lambd`).
 *
 * **Special values**: NaN → NaN (PyTorch 1.13 returned 0, pytorch#138385; fixed here as on PyTorch main); softshrink(±0) = +0 (the middle branch's 0); softshrink(±∞) = ±∞.
 *
 * **Derivative at the kinks**: softshrink′(±λ) = 0 (the closed middle interval, as PyTorch).
 *
 * Five forms: `softshrink(x, lambd = 0.5)`, `softshrinkDerivative(x, lambd = 0.5)`, `softshrinkF32(out, x, lambd = 0.5)`, `softshrinkDerivativeF32(out, x, lambd = 0.5)` and `softshrinkBackwardF32(dx, dy, x, lambd = 0.5)` (out-first; `out` may be `x`). Import from `rectified/softshrink` or `rectified`.
 *
 * @module softshrink
 * @category Shrinkage
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';
import { shrinkSlope } from '../../internal/shrink.js';

// Float32Array kernel: with p = +(x > λ) and q = +(x < −λ) (0/1, no branch), softshrink(x) =
// (p + q)·x + (q − p)·λ: x − λ or x + λ outside (one rounding, as the scalar), and 0·x + 0 = +0
// inside (also for x = −0); NaN gives 0·NaN = NaN. ±∞ is never inside, as λ is finite.
function softshrink32(x: number, lambd: number): number {
  const p = +(x > lambd);
  const q = +(x < -lambd);
  return (p + q) * x + (q - p) * lambd;
}

/**
 * Soft shrinkage: x − lambd for x > lambd, x + lambd for x < −lambd, 0 otherwise.
 *
 * Same as PyTorch's `F.softshrink(x, lambd)`, Keras 3's `soft_shrink(x, threshold)` and ONNX
 * `Shrink(lambd, bias = lambd)`, except that NaN propagates (PyTorch 1.13 returned 0 for NaN).
 * The result outside [−lambd, lambd] is the correctly rounded x ∓ lambd.
 *
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns the shrunk value; NaN for NaN; +0 for ±0 and every x in [−lambd, lambd]; ±Infinity at ±Infinity
 * @throws {TypeError} if x or lambd is not a number
 * @throws {RangeError} if lambd is negative or not finite
 * @example
 * softshrink(2) //=> 1.5
 * softshrink(-0.3) //=> 0
 * softshrink(-3, 1) //=> -2
 * @category Shrinkage
 */
export function softshrink(x: number, lambd = 0.5): number {
  assertInput(x);
  lambd = nonNegativeParam('lambd', lambd);
  return x > lambd ? x - lambd : x < -lambd ? x + lambd : x === x ? 0 : x;
}

/**
 * Derivative of {@link softshrink}: 1 for |x| > lambd, 0 for −lambd ≤ x ≤ lambd (0 at the
 * kinks ±lambd, as PyTorch).
 *
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns 1 or +0; NaN for NaN; 1 at ±Infinity
 * @throws {TypeError} if x or lambd is not a number
 * @throws {RangeError} if lambd is negative or not finite
 * @example
 * softshrinkDerivative(2) //=> 1
 * softshrinkDerivative(0.5) //=> 0
 * @category Shrinkage
 */
export function softshrinkDerivative(x: number, lambd = 0.5): number {
  assertInput(x);
  lambd = nonNegativeParam('lambd', lambd);
  return shrinkSlope(x, lambd);
}

/**
 * Elementwise {@link softshrink} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or lambd is negative or not finite
 * @example
 * softshrinkF32(new Float32Array(3), Float32Array.of(-2, 0.25, 3)) //=> Float32Array [-1.5, 0, 2.5]
 * @category Shrinkage
 */
export function softshrinkF32(out: Float32Array, x: Readonly<Float32Array>, lambd = 0.5): Float32Array {
  checkUnary(out, x);
  lambd = nonNegativeParam('lambd', lambd);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = softshrink32(src[i], lambd);
  return out;
}

/**
 * Elementwise {@link softshrinkDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lambd - half-width λ of the zeroed interval (default 0.5; finite and ≥ 0; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or lambd is negative or not finite
 * @example
 * softshrinkDerivativeF32(new Float32Array(3), Float32Array.of(-2, 0.5, 3)) //=> Float32Array [1, 0, 1]
 * @category Shrinkage
 */
export function softshrinkDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, lambd = 0.5): Float32Array {
  checkUnary(out, x);
  lambd = nonNegativeParam('lambd', lambd);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = shrinkSlope(src[i], lambd);
  return out;
}

/**
 * Fused backward pass of {@link softshrink}: dx[i] = dy[i]·softshrink′(x[i]); returns `dx`.
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
 * softshrinkBackwardF32(new Float32Array(3), Float32Array.of(4, 4, 4), Float32Array.of(-2, 0.5, 3)) //=> Float32Array [4, 0, 4]
 * @category Shrinkage
 */
export function softshrinkBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, lambd = 0.5): Float32Array {
  checkBackward(dx, dy, x);
  lambd = nonNegativeParam('lambd', lambd);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * shrinkSlope(src[i], lambd);
  return dx;
}
