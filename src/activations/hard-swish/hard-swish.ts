/**
 * Hard swish: x·relu6(x + 3)/6, the piecewise-polynomial SiLU of MobileNetV3.
 *
 * ![hardSwish and hardSwish′, −4 ≤ x ≤ 4](../../../docs/plots/hard-swish.svg)
 *
 * **Formula**
 *
 * ```text
 * hardSwish(x) = 0 for x ≤ −3, x·(x + 3)/6 for −3 < x < 3, x for x ≥ 3
 * hardSwish′(x) = 0 for x ≤ −3, (2x + 3)/6 for −3 < x < 3, 1 for x ≥ 3
 * ```
 *
 * **Parameters**: none.
 *
 * **Special values**: NaN → NaN; hardSwish(±0) = ±0; −0 for every x ≤ −3 and at −∞ (the sign of x·0); hardSwish(+∞) = +∞.
 *
 * **Derivative at the kinks**: hardSwish′(−3) = 0 and hardSwish′(3) = 1 (current PyTorch; the derivative jumps from 1.5 to 1 at 3).
 *
 * Five forms: `hardSwish(x)`, `hardSwishDerivative(x)`, `hardSwishF32(out, x)`, `hardSwishDerivativeF32(out, x)` and `hardSwishBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/hardSwish` (or its alias `rectified/hard-swish`) or `rectified`.
 *
 * @module hardSwish
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { clampBetween } from '../../internal/clamp.js';
import { clampNegInfinity } from '../../internal/float32.js';
import { assertInput } from '../../internal/params.js';

// Kernels: relu6(x + 3) by the branch-free clamp, times x (−Infinity clamped first, so that
// −∞·0 is −0 rather than NaN). x + 3 is exact by Sterbenz near −3, where it cancels; the
// products and the division add at most three half-ulps of float64 before the float32 rounding.
function hardSwish32(x: number): number {
  const v = clampNegInfinity(x);
  return (v * clampBetween(v + 3, 0, 6, -1)) / 6;
}

/** 0 for x ≤ −3, (2x + 3)/6 inside, 1 for x ≥ 3, NaN for NaN; with x clamped to [−3, 3] first. */
function hardSwishSlope32(x: number): number {
  const c = clampBetween(x, -3, 3, -1);
  return x === x ? ((+(x > -3) - +(x >= 3)) * (2 * c + 3)) / 6 + +(x >= 3) : x;
}

/**
 * Hard swish (Howard et al. 2019, MobileNetV3): x·relu6(x + 3)/6, PyTorch's `F.hardswish` and
 * JAX's `hard_swish`. Computed as x·(x + 3)/6 on (−3, 3): x + 3 is exact where it cancels (by
 * Sterbenz), so every result is within 2 ulp.
 *
 * @param x - input
 * @returns the activation; NaN for NaN; −0 for x ≤ −3 and at −Infinity; ±0 for ±0; +Infinity for +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * hardSwish(1) //=> 0.6666666666666666
 * hardSwish(-4) //=> -0
 * hardSwish(5) //=> 5
 * @category Smooth gates
 */
export function hardSwish(x: number): number {
  assertInput(x);
  if (x >= 3) return x;
  if (x > -3) return (x * (x + 3)) / 6;
  return x === x ? -0 : x;
}

/**
 * Derivative of {@link hardSwish}: 0 for x ≤ −3, (2x + 3)/6 for −3 < x < 3, 1 for x ≥ 3 — so
 * hardSwish′(−3) = 0 and hardSwish′(3) = 1, as current PyTorch (older versions and ONNX
 * differ at 3). 2x + 3 is exact near its zero x = −1.5.
 *
 * @returns 0, (2x + 3)/6 or 1; NaN for NaN; +0 at −Infinity; 1 at +Infinity
 * @param x - input
 * @throws {TypeError} if x is not a number
 * @example
 * hardSwishDerivative(0) //=> 0.5
 * hardSwishDerivative(-3) //=> 0
 * hardSwishDerivative(3) //=> 1
 * @category Smooth gates
 */
export function hardSwishDerivative(x: number): number {
  assertInput(x);
  if (x >= 3) return 1;
  if (x > -3) return (2 * x + 3) / 6;
  return x === x ? 0 : x;
}

/**
 * Elementwise {@link hardSwish} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * hardSwishF32(new Float32Array(3), Float32Array.of(-4, 1.5, 4)) //=> Float32Array [-0, 1.125, 4]
 * @category Smooth gates
 */
export function hardSwishF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = hardSwish32(src[i]);
  return out;
}

/**
 * Elementwise {@link hardSwishDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * hardSwishDerivativeF32(new Float32Array(3), Float32Array.of(-3, 0, 3)) //=> Float32Array [0, 0.5, 1]
 * @category Smooth gates
 */
export function hardSwishDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = hardSwishSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link hardSwish}: dx[i] = dy[i]·hardSwish′(x[i]) (an IEEE product);
 * returns `dx`. `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * hardSwishBackwardF32(new Float32Array(3), Float32Array.of(2, 2, 2), Float32Array.of(-5, 0, 5)) //=> Float32Array [0, 1, 2]
 * @category Smooth gates
 */
export function hardSwishBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * hardSwishSlope32(src[i]);
  return dx;
}
