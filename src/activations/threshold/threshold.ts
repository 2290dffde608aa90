/**
 * Threshold: x above a threshold, a constant replacement value at or below it (PyTorch `F.threshold`).
 *
 * ![threshold and threshold′ for threshold = 1, value = −1, −4 ≤ x ≤ 4](../../../docs/plots/threshold.svg)
 *
 * **Formula**
 *
 * ```text
 * threshold(x, threshold, value) = x for x > threshold, value for x ≤ threshold
 * threshold′(x) = 1 for x > threshold, 0 for x ≤ threshold
 * ```
 *
 * **Parameters**: `threshold` and `value`, both required (as in PyTorch), any number but NaN (±Infinity allowed). threshold(x, 0, 0) is relu; Keras's `threshold(x, threshold, default_value)` is the same function, ONNX's `ThresholdedRelu(alpha)` is value = 0.
 *
 * **Special values**: NaN → NaN (never `value`: NaN is not ≤ threshold either); ±0 → ±0 when threshold < 0, else value; −∞ → value; +∞ → +∞ (unless threshold is +∞).
 *
 * **Derivative at the kink**: threshold′(threshold) = 0 (x = threshold takes `value`); the jump of size threshold − value there has no finite derivative.
 *
 * Five forms: `threshold(x, threshold, value)`, `thresholdDerivative(x, threshold, value)`, `thresholdF32(out, x, threshold, value)`, `thresholdDerivativeF32(out, x, threshold, value)` and `thresholdBackwardF32(dx, dy, x, threshold, value)` (out-first; `out` may be `x`). Import from `rectified/threshold` or `rectified`.
 *
 * @module threshold
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, notNaNParam } from '../../internal/params.js';

/** 1 for x > threshold, 0 otherwise, NaN for NaN; branch-free. */
function thresholdSlope32(x: number, threshold: number): number {
  return x === x ? +(x > threshold) : x;
}

/**
 * Threshold unit: x if x > threshold, otherwise value (PyTorch `F.threshold(input, threshold,
 * value)`). Exact. NaN input gives NaN (PyTorch's CPU kernel returns value for NaN).
 *
 * @param x - input
 * @param threshold - inputs at or below it are replaced (required; not NaN; −0 is taken as +0)
 * @param value - the replacement (required; not NaN; may be ±Infinity; −0 is taken as +0)
 * @returns x or value; NaN for NaN; value at −Infinity; ±0 for ±0 when threshold < 0
 * @throws {TypeError} if x, threshold or value is not a number
 * @throws {RangeError} if threshold or value is NaN
 * @example
 * threshold(0.5, 1, -1) //=> -1
 * threshold(2, 1, -1) //=> 2
 * threshold(-3, 0, 0) //=> 0
 * @category Rectifiers
 */
export function threshold(x: number, threshold: number, value: number): number {
  assertInput(x);
  threshold = notNaNParam('threshold', threshold);
  value = notNaNParam('value', value);
  return x > threshold ? x : x === x ? value : x;
}

/**
 * Derivative of `threshold(x, threshold, value)`: 1 for x > threshold, 0 for x ≤ threshold (0 at the kink,
 * PyTorch's threshold_backward); the jump at x = threshold is not represented.
 *
 * @param x - input
 * @param threshold - required; not NaN; −0 is taken as +0
 * @param value - required; not NaN (the derivative does not depend on it; −0 is taken as +0)
 * @returns 1 or 0; NaN for NaN
 * @throws {TypeError} if x, threshold or value is not a number
 * @throws {RangeError} if threshold or value is NaN
 * @example
 * thresholdDerivative(2, 1, -1) //=> 1
 * thresholdDerivative(1, 1, -1) //=> 0
 * @category Rectifiers
 */
export function thresholdDerivative(x: number, threshold: number, value: number): number {
  assertInput(x);
  threshold = notNaNParam('threshold', threshold);
  value = notNaNParam('value', value);
  return x > threshold ? 1 : x === x ? 0 : x;
}

/**
 * Elementwise `threshold(x, threshold, value)` into `out`; returns `out`. `out` may be `x`. (A selection
 * between x and an arbitrary value, ±Infinity and signed zeros included, has no exact
 * arithmetic form, so this loop selects with a conditional.)
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param threshold - required; not NaN; −0 is taken as +0
 * @param value - required; not NaN; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or threshold or value is NaN
 * @example
 * thresholdF32(new Float32Array(3), Float32Array.of(0, 1, 2), 1, -1) //=> Float32Array [-1, -1, 2]
 * @category Rectifiers
 */
export function thresholdF32(out: Float32Array, x: Readonly<Float32Array>, threshold: number, value: number): Float32Array {
  checkUnary(out, x);
  threshold = notNaNParam('threshold', threshold);
  value = notNaNParam('value', value);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) {
    const v = src[i];
    out[i] = v > threshold ? v : v === v ? value : v;
  }
  return out;
}

/**
 * Elementwise {@link thresholdDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param threshold - required; not NaN; −0 is taken as +0
 * @param value - required; not NaN; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or threshold or value is NaN
 * @example
 * thresholdDerivativeF32(new Float32Array(3), Float32Array.of(0, 1, 2), 1, -1) //=> Float32Array [0, 0, 1]
 * @category Rectifiers
 */
export function thresholdDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, threshold: number, value: number): Float32Array {
  checkUnary(out, x);
  threshold = notNaNParam('threshold', threshold);
  value = notNaNParam('value', value);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = thresholdSlope32(src[i], threshold);
  return out;
}

/**
 * Fused backward pass of `threshold(x, threshold, value)`: dx[i] = dy[i]·threshold′(x[i]) (an IEEE product);
 * returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param threshold - required; not NaN; −0 is taken as +0
 * @param value - required; not NaN; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, or threshold or value is NaN
 * @example
 * thresholdBackwardF32(new Float32Array(2), Float32Array.of(3, 3), Float32Array.of(0, 2), 1, -1) //=> Float32Array [0, 3]
 * @category Rectifiers
 */
export function thresholdBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  threshold: number,
  value: number,
): Float32Array {
  checkBackward(dx, dy, x);
  threshold = notNaNParam('threshold', threshold);
  value = notNaNParam('value', value);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * thresholdSlope32(src[i], threshold);
  return dx;
}
