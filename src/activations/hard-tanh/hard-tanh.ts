/**
 * HardTanh: the identity clamped to [minVal, maxVal], a piecewise-linear tanh.
 *
 * ![hardTanh and hardTanh′, −4 ≤ x ≤ 4](../../../docs/plots/hard-tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * hardTanh(x) = minVal for x ≤ minVal, x for minVal < x < maxVal, maxVal for x ≥ maxVal
 * hardTanh′(x) = 1 for minVal < x < maxVal, 0 elsewhere
 * ```
 *
 * **Parameters**: `minVal = -1`, `maxVal = 1` (PyTorch's `min_val`, `max_val`): finite, minVal ≤ maxVal; a bound given as −0 acts as +0.
 *
 * **Special values**: NaN → NaN; hardTanh(±0) = ±0 when minVal < 0 < maxVal (the bound's +0 when 0 is a bound); hardTanh(−∞) = minVal; hardTanh(+∞) = maxVal.
 *
 * **Derivative at the kinks**: hardTanh′(minVal) = hardTanh′(maxVal) = 0 (PyTorch, verified).
 *
 * Five forms: `hardTanh(x, minVal = -1, maxVal = 1)`, `hardTanhDerivative(x, minVal = -1, maxVal = 1)`, `hardTanhF32(out, x, minVal = -1, maxVal = 1)`, `hardTanhDerivativeF32(out, x, minVal = -1, maxVal = 1)` and `hardTanhBackwardF32(dx, dy, x, minVal = -1, maxVal = 1)` (out-first; `out` may be `x`). Import from `rectified/hardTanh` (or its alias `rectified/hard-tanh`) or `rectified`.
 *
 * From the forward output y instead of x: `hardTanhDerivativeFromOutput(y, minVal = -1, maxVal = 1)` and `hardTanhBackwardFromOutputF32(dx, dy, y, minVal = -1, maxVal = 1)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module hardTanh
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { clampBetween, upperSign } from '../../internal/clamp.js';
import { assertInput, finiteParam } from '../../internal/params.js';

/** Checks the order of the bounds (each already checked finite by finiteParam): minVal ≤ maxVal. */
function checkOrder(minVal: number, maxVal: number): void {
  if (!(minVal <= maxVal)) {
    throw new RangeError(`minVal must be <= maxVal, got minVal = ${minVal} and maxVal = ${maxVal}`);
  }
}

/** 1 strictly between lo and hi (lo < hi), 0 elsewhere, NaN for NaN; branch-free. */
function hardTanhSlope32(x: number, lo: number, hi: number): number {
  return x === x ? +(x > lo) - +(x >= hi) : x;
}

/**
 * Hard hyperbolic tangent: x clamped to [minVal, maxVal] (PyTorch `F.hardtanh`). Exact.
 *
 * The result is x strictly inside the interval and the bound itself at or beyond it (a bound of
 * −0 is taken as +0, so hardTanh(−0, 0, 6) is +0 like relu6(−0)).
 *
 * @param x - input
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns the clamped value; NaN for NaN; minVal at −Infinity; maxVal at +Infinity; ±0 for ±0 when minVal < 0 < maxVal
 * @throws {TypeError} if x, minVal or maxVal is not a number
 * @throws {RangeError} if minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanh(-3) //=> -1
 * hardTanh(0.25) //=> 0.25
 * hardTanh(5, 0, 2) //=> 2
 * @category Rectifiers
 */
export function hardTanh(x: number, minVal = -1, maxVal = 1): number {
  assertInput(x);
  minVal = finiteParam('minVal', minVal);
  maxVal = finiteParam('maxVal', maxVal);
  checkOrder(minVal, maxVal);
  return x <= minVal ? minVal : x >= maxVal ? maxVal : x;
}

/**
 * Derivative of {@link hardTanh}: 1 for minVal < x < maxVal, 0 elsewhere — 0 at both kinks, as
 * PyTorch (verified); 0 everywhere when minVal = maxVal.
 *
 * @param x - input
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns 1 or 0; NaN for NaN; 0 at ±Infinity
 * @throws {TypeError} if x, minVal or maxVal is not a number
 * @throws {RangeError} if minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanhDerivative(0.5) //=> 1
 * hardTanhDerivative(1) //=> 0
 * @category Rectifiers
 */
export function hardTanhDerivative(x: number, minVal = -1, maxVal = 1): number {
  assertInput(x);
  minVal = finiteParam('minVal', minVal);
  maxVal = finiteParam('maxVal', maxVal);
  checkOrder(minVal, maxVal);
  return x > minVal && x < maxVal ? 1 : x === x ? 0 : x;
}

/**
 * Elementwise {@link hardTanh} into `out`; returns `out`. `out` may be `x`. The bounds are
 * rounded to float32 with the results (fround(hardTanh(x))).
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanhF32(new Float32Array(3), Float32Array.of(-3, 0.5, 3)) //=> Float32Array [-1, 0.5, 1]
 * @category Rectifiers
 */
export function hardTanhF32(out: Float32Array, x: Readonly<Float32Array>, minVal = -1, maxVal = 1): Float32Array {
  checkUnary(out, x);
  minVal = finiteParam('minVal', minVal);
  maxVal = finiteParam('maxVal', maxVal);
  checkOrder(minVal, maxVal);
  const s = upperSign(maxVal);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = clampBetween(src[i], minVal, maxVal, s);
  return out;
}

/**
 * Elementwise {@link hardTanhDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanhDerivativeF32(new Float32Array(3), Float32Array.of(-1, 0, 1)) //=> Float32Array [0, 1, 0]
 * @category Rectifiers
 */
export function hardTanhDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, minVal = -1, maxVal = 1): Float32Array {
  checkUnary(out, x);
  minVal = finiteParam('minVal', minVal);
  maxVal = finiteParam('maxVal', maxVal);
  checkOrder(minVal, maxVal);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (minVal === maxVal) for (let i = 0; i < n; i++) out[i] = src[i] === src[i] ? 0 : src[i];
  else for (let i = 0; i < n; i++) out[i] = hardTanhSlope32(src[i], minVal, maxVal);
  return out;
}

/**
 * Fused backward pass of {@link hardTanh}: dx[i] = dy[i]·hardTanh′(x[i]) (an IEEE product);
 * returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanhBackwardF32(new Float32Array(3), Float32Array.of(2, 2, 2), Float32Array.of(-2, 0, 2)) //=> Float32Array [0, 2, 0]
 * @category Rectifiers
 */
export function hardTanhBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  minVal = -1,
  maxVal = 1,
): Float32Array {
  checkBackward(dx, dy, x);
  minVal = finiteParam('minVal', minVal);
  maxVal = finiteParam('maxVal', maxVal);
  checkOrder(minVal, maxVal);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (minVal === maxVal) for (let i = 0; i < n; i++) dx[i] = g[i] * (src[i] === src[i] ? 0 : src[i]);
  else for (let i = 0; i < n; i++) dx[i] = g[i] * hardTanhSlope32(src[i], minVal, maxVal);
  return dx;
}

export { hardTanhBackwardFromOutputF32, hardTanhDerivativeFromOutput } from './from-output.js';
