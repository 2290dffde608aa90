/**
 * Hyperbolic tangent: the zero-centred sigmoid 2σ(2x) − 1, odd and bounded by ±1; the classic RNN/LSTM activation.
 *
 * ![tanh and tanh′, −4 ≤ x ≤ 4](../../../docs/plots/tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * tanh(x) = (eˣ − e^{−x})/(eˣ + e^{−x}) = 2σ(2x) − 1
 * tanh′(x) = 1 − tanh²(x) = sech²(x), computed as 4e/(1 + e)² with e = e^{−2|x|}
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; tanh(±0) = ±0; tanh(±∞) = ±1. tanh′(±0) = 1; tanh′(±∞) = 0; tanh′(20) = 1.7e−17 (1 − tanh² gives 0).
 *
 * **Derivative at the kink**: none (smooth).
 *
 * Five forms: `tanh(x)`, `tanhDerivative(x)`, `tanhF32(out, x)`, `tanhDerivativeF32(out, x)` and `tanhBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/tanh` or `rectified`.
 *
 * From the forward output y instead of x: `tanhDerivativeFromOutput(y)` and `tanhBackwardFromOutputF32(dx, dy, y)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module tanh
 * @category Sigmoid
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { EXP_SUBNORMAL, expTimes } from '../../internal/exp.js';
import { fastExp32 } from '../../internal/fast-exp32.js';
import { fastTanh } from '../../internal/fast-tanh.js';
import { assertInput } from '../../internal/params.js';

/**
 * sech²(x) = 4e/(1 + e)² with e = e^{−2|x|} (2|x| is exact): no cancellation, full relative
 * accuracy in the tails; where e is subnormal, 4e is formed by expTimes so its digits survive.
 */
function tanhSlope(x: number): number {
  const y = -2 * Math.abs(x);
  if (y < EXP_SUBNORMAL) return expTimes(4, y);
  const e = Math.exp(y);
  const d = 1 + e;
  return (4 * e) / (d * d);
}

// Float32Array kernels, branch-free: tanh(x) = m/(m + 2) with m = e^{2x} − 1 (fastTanh), and
// sech² = 4e/(1 + e)² with e = e^{−2|x|} from the table exponential (≥ e^{−400}, whose quotient
// is 0 in float32 even times a gradient of 3e38).

function tanhSlope32(x: number): number {
  const e = fastExp32(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/**
 * Hyperbolic tangent, odd, in [−1, 1]; `Math.tanh` (fdlibm's algorithm in V8, SpiderMonkey and
 * JavaScriptCore), which is within an ulp or two everywhere, re-exported here with the library's
 * argument check so that the five forms sit together.
 *
 * @param x - input
 * @returns tanh(x); NaN for NaN; ±0 for ±0; ±1 at ±Infinity (and from |x| ≈ 19.1 on)
 * @throws {TypeError} if x is not a number
 * @example
 * tanh(0.5) //=> 0.46211715726000974
 * tanh(-1e-300) //=> -1e-300
 * @category Sigmoid
 */
export function tanh(x: number): number {
  assertInput(x);
  return Math.tanh(x);
}

/**
 * Derivative of {@link tanh}: 1 − tanh²(x) = sech²(x), computed as 4e/(1 + e)² with
 * e = e^{−2|x|}, without the cancellation of 1 − tanh² (which is 0 from |x| ≈ 19.1 on, where
 * sech² is still 1e−16 and more).
 *
 * @param x - input
 * @returns sech²(x) in [0, 1]; NaN for NaN; 1 for ±0; +0 at ±Infinity and wherever 4e^{−2|x|} underflows (|x| > 373)
 * @throws {TypeError} if x is not a number
 * @example
 * tanhDerivative(0) //=> 1
 * tanhDerivative(20) //=> 1.6993417021166355e-17
 * @category Sigmoid
 */
export function tanhDerivative(x: number): number {
  assertInput(x);
  return tanhSlope(x);
}

/**
 * Elementwise {@link tanh} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhF32(new Float32Array(2), Float32Array.of(0.5, -Infinity)) //=> Float32Array [0.46211716532707214, -1]
 * @category Sigmoid
 */
export function tanhF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = fastTanh(src[i]);
  return out;
}

/**
 * Elementwise {@link tanhDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhDerivativeF32(new Float32Array(2), Float32Array.of(0, 20)) //=> Float32Array [1, 1.699341652455464e-17]
 * @category Sigmoid
 */
export function tanhDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = tanhSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link tanh}: dx[i] = dy[i]·sech²(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhBackwardF32(new Float32Array(1), Float32Array.of(3), Float32Array.of(0)) //=> Float32Array [3]
 * @category Sigmoid
 */
export function tanhBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * tanhSlope32(src[i]);
  return dx;
}

export { tanhBackwardFromOutputF32, tanhDerivativeFromOutput } from './from-output.js';
