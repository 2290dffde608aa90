/**
 * Softsign: x/(1 + |x|), a rational squashing function into (−1, 1) with polynomial (not exponential) tails.
 *
 * ![softsign and softsign′, −4 ≤ x ≤ 4](../../../docs/plots/softsign.svg)
 *
 * **Formula**
 *
 * ```text
 * softsign(x) = x/(1 + |x|)
 * softsign′(x) = 1/(1 + |x|)²
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; softsign(±0) = ±0; softsign(±∞) = ±1 (PyTorch: NaN). softsign′(±0) = 1; softsign′(±∞) = 0 (PyTorch: NaN), and +0 wherever 1/x² underflows.
 *
 * **Derivative at the kink**: none (softsign′ is continuous; its own derivative jumps at 0).
 *
 * Five forms: `softsign(x)`, `softsignDerivative(x)`, `softsignF32(out, x)`, `softsignDerivativeF32(out, x)` and `softsignBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/softsign` or `rectified`.
 *
 * @module softsign
 * @category Sigmoid
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { clampInfinities } from '../../internal/float32.js';
import { assertInput } from '../../internal/params.js';

/** 1/(1 + |x|)² as 1/d² while d² is finite, as (1/d)² beyond (no spurious 0 from an overflow). */
function softsignSlope(x: number): number {
  const d = 1 + Math.abs(x);
  if (d < 1e150) return 1 / (d * d);
  const r = 1 / d;
  return r * r;
}

// Float32Array kernels: with x clamped to ±FLOAT32_MAX (so ±Infinity gives ±1 and 0, not ∞/∞),
// d = 1 + |x| ≤ 3.4e38 and d² ≤ 1.2e77 never overflow in float64. No branch.
function clamp(x: number): number {
  return clampInfinities(x);
}

function softsign32(x: number): number {
  const v = clamp(x);
  return v / (1 + Math.abs(v));
}

function softsignSlope32(x: number): number {
  const d = 1 + Math.abs(clamp(x));
  return 1 / (d * d);
}

/**
 * Softsign (Bergstra et al. 2009; Glorot & Bengio 2010): x/(1 + |x|), odd, increasing, in (−1, 1).
 *
 * @param x - input
 * @returns softsign(x) in [−1, 1]; NaN for NaN; ±0 for ±0; ±1 at ±Infinity (PyTorch returns NaN)
 * @throws {TypeError} if x is not a number
 * @example
 * softsign(1) //=> 0.5
 * softsign(-3) //=> -0.75
 * @category Sigmoid
 */
export function softsign(x: number): number {
  assertInput(x);
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  return x / (1 + Math.abs(x));
}

/**
 * Derivative of {@link softsign}: 1/(1 + |x|)², formed directly (never as 1 − |softsign(x)|…,
 * which cancels), so it keeps full relative accuracy for large |x|.
 *
 * @param x - input
 * @returns softsign′(x) in [0, 1]; NaN for NaN; 1 for ±0; +0 at ±Infinity (PyTorch returns NaN)
 * @throws {TypeError} if x is not a number
 * @example
 * softsignDerivative(1) //=> 0.25
 * softsignDerivative(1e100) //=> 1e-200
 * @category Sigmoid
 */
export function softsignDerivative(x: number): number {
  assertInput(x);
  return softsignSlope(x);
}

/**
 * Elementwise {@link softsign} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * softsignF32(new Float32Array(2), Float32Array.of(1, -Infinity)) //=> Float32Array [0.5, -1]
 * @category Sigmoid
 */
export function softsignF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = softsign32(src[i]);
  return out;
}

/**
 * Elementwise {@link softsignDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * softsignDerivativeF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [1, 0.25]
 * @category Sigmoid
 */
export function softsignDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = softsignSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link softsign}: dx[i] = dy[i]/(1 + |x[i]|)²; returns `dx`. `dx` may
 * alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * softsignBackwardF32(new Float32Array(1), Float32Array.of(8), Float32Array.of(1)) //=> Float32Array [2]
 * @category Sigmoid
 */
export function softsignBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * softsignSlope32(src[i]);
  return dx;
}
