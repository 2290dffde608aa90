/**
 * Tanhshrink: x − tanh(x), a smooth shrinkage that is cubic (x³/3) near 0 and x ∓ 1 far from it.
 *
 * ![tanhshrink and tanhshrink′, −4 ≤ x ≤ 4](../../../docs/plots/tanhshrink.svg)
 *
 * **Formula**
 *
 * ```text
 * tanhshrink(x) = x − tanh(x) = x·q/(1 + q), q = x²/(3 + x²/(5 + x²/(7 + …))) for |x| < 1
 *               = sign(x)·((|x| − 1) + 2/(e^{2|x|} + 1)) for |x| ≥ 1
 * tanhshrink′(x) = tanh²(x)
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; tanhshrink(±0) = ±0 (IEEE x − tanh(x) gives +0 for −0); tanhshrink(±∞) = ±∞; tanhshrink(1e−3) = 3.3333320e−10 to the last bit or two (PyTorch float32 is 5 % off). tanhshrink′(±0) = +0; tanhshrink′(±∞) = 1.
 *
 * **Derivative at the kink**: none (smooth).
 *
 * Five forms: `tanhshrink(x)`, `tanhshrinkDerivative(x)`, `tanhshrinkF32(out, x)`, `tanhshrinkDerivativeF32(out, x)` and `tanhshrinkBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/tanhshrink` or `rectified`.
 *
 * @module tanhshrink
 * @category Shrinkage
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { fastTanh } from '../../internal/fast-tanh.js';
import { assertInput } from '../../internal/params.js';

/**
 * x − tanh(x) without the cancellation of the subtraction. For |x| < 1, Lambert's continued
 * fraction tanh(x) = x/(1 + q), q = x²/(3 + x²/(5 + …)), gives x − tanh(x) = x·q/(1 + q): every
 * term positive, nothing cancels, and 12 levels leave a truncation error below 1e−22 relative.
 * For |x| ≥ 1, x − tanh(x) = (|x| − 1) + 2/(e^{2|x|} + 1) (with the sign of x) adds two
 * non-negative terms, |x| − 1 exact for |x| ≤ 2.
 */
function tanhshrinkValue(x: number): number {
  const a = Math.abs(x);
  if (a < 1) {
    const x2 = x * x;
    let t = 25;
    for (let k = 23; k >= 3; k -= 2) t = k + x2 / t;
    const q = x2 / t;
    return (x * q) / (1 + q);
  }
  const v = a - 1 + 2 / (Math.exp(2 * a) + 1);
  return x < 0 ? -v : v; // NaN fails a < 1 and comes out here as NaN
}

// Float32Array kernels: x − tanh(x) with the table tanh loses about 3/x² float64 ulps to the
// cancellation, i.e. < 2⁻³⁵ relative for |x| ≥ 1/100 (float32 needs 2⁻²⁸); below, the Taylor series
// to x⁹ (truncation 0.03x⁸ < 1e−17 relative). The branch is taken by a small share of typical
// inputs, so it predicts well; tanh² from the same table tanh.
const SERIES_LIMIT = 0.01;

function tanhshrink32(x: number): number {
  if (Math.abs(x) < SERIES_LIMIT) {
    const x2 = x * x;
    return x * x2 * (1 / 3 - x2 * (2 / 15 - x2 * (17 / 315 - x2 * (62 / 2835))));
  }
  return x - fastTanh(x);
}

function tanhshrinkSlope32(x: number): number {
  const t = fastTanh(x);
  return t * t;
}

/**
 * Tanhshrink: x − tanh(x), odd and increasing, computed without cancellation (see the source):
 * exact to the last bit or two also near 0, where it is x³/3 (PyTorch's x − tanh(x) in float32
 * is 5 % off at x = 1e−3 and 0 below 1e−4).
 *
 * @param x - input
 * @returns x − tanh(x); NaN for NaN; ±0 for ±0 (and where x³/3 underflows, with the sign of x); ±Infinity at ±Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * tanhshrink(1) //=> 0.2384058440442351
 * tanhshrink(1e-3) //=> 3.3333320000005393e-10
 * @category Shrinkage
 */
export function tanhshrink(x: number): number {
  assertInput(x);
  return tanhshrinkValue(x);
}

/**
 * Derivative of {@link tanhshrink}: 1 − sech²(x) = tanh²(x), formed as the square of tanh (no
 * cancellation: tanhshrink′(1e−8) ≈ 1e−16).
 *
 * @param x - input
 * @returns tanh²(x) in [0, 1]; NaN for NaN; +0 for ±0; 1 at ±Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * tanhshrinkDerivative(1e-8) //=> 1.0000000000000001e-16
 * tanhshrinkDerivative(1) //=> 0.5800256583859739
 * @category Shrinkage
 */
export function tanhshrinkDerivative(x: number): number {
  assertInput(x);
  const t = Math.tanh(x);
  return t * t;
}

/**
 * Elementwise {@link tanhshrink} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhshrinkF32(new Float32Array(2), Float32Array.of(1, 0.001)) //=> Float32Array [0.23840583860874176, 3.3333324989115454e-10]
 * @category Shrinkage
 */
export function tanhshrinkF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = tanhshrink32(src[i]);
  return out;
}

/**
 * Elementwise {@link tanhshrinkDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhshrinkDerivativeF32(new Float32Array(2), Float32Array.of(0, Infinity)) //=> Float32Array [0, 1]
 * @category Shrinkage
 */
export function tanhshrinkDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = tanhshrinkSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link tanhshrink}: dx[i] = dy[i]·tanh²(x[i]); returns `dx`. `dx` may
 * alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhshrinkBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(Infinity)) //=> Float32Array [2]
 * @category Shrinkage
 */
export function tanhshrinkBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * tanhshrinkSlope32(src[i]);
  return dx;
}
