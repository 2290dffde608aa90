/**
 * Log-sigmoid: log σ(x) = −softplus(−x), the log-probability of a logistic unit; negative everywhere, → x as x → −∞ and → 0⁻ as x → +∞.
 *
 * ![logSigmoid and logSigmoid′, −4 ≤ x ≤ 4](../../../docs/plots/log-sigmoid.svg)
 *
 * **Formula**
 *
 * ```text
 * logSigmoid(x) = log(1/(1 + e^{−x})), computed as min(x, 0) − log1p(e^{−|x|})
 * logSigmoid′(x) = σ(−x) = 1 − σ(x)
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; logSigmoid(±0) = −ln 2; logSigmoid(−∞) = −∞; logSigmoid(+∞) = −0, and −0 wherever −e^{−x} underflows (x > 745). logSigmoid′(±0) = 0.5; logSigmoid′(−∞) = 1; logSigmoid′(+∞) = 0.
 *
 * **Derivative at the kink**: none (smooth).
 *
 * Five forms: `logSigmoid(x)`, `logSigmoidDerivative(x)`, `logSigmoidF32(out, x)`, `logSigmoidDerivativeF32(out, x)` and `logSigmoidBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/logSigmoid` (or its alias `rectified/log-sigmoid`) or `rectified`.
 *
 * @module logSigmoid
 * @category Sigmoid
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { fastExp32 } from '../../internal/fast-exp32.js';
import { log1pExpNeg32 } from '../../internal/log1p-exp32.js';
import { logistic } from '../../internal/logistic.js';
import { assertInput } from '../../internal/params.js';
import { nonPositivePart } from '../../internal/rectify.js';

/**
 * −log1p(e^{−x}) for x > 0 (a negative number that keeps its sign when it underflows) and
 * x − log1p(eˣ) for x ≤ 0 (two terms of one sign): neither overflows nor cancels.
 */
function logSigmoidValue(x: number): number {
  return x > 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

// Float32Array kernels: min(x, 0) − log1p(e^{−|x|}) with log1pExpNeg32 (one table step;
// its only branch, |x| > 20, is well predicted on typical data) (min(x, 0) as (x − |x|)/2, which keeps −Infinity and gives +0 for x > 0, so that
// the result is the negative −log1p(e^{−x}); e^{−|x|} ≥ e^{−400} > 0 keeps it negative), and
// σ(−x) = 1/(1 + eˣ) (e^{400} at +Infinity gives a quotient that is 0 in float32).
function logSigmoid32(x: number): number {
  return nonPositivePart(x) - log1pExpNeg32(Math.abs(x));
}

function logSigmoidSlope32(x: number): number {
  return 1 / (1 + fastExp32(x));
}

/**
 * Log-sigmoid: log σ(x) = −softplus(−x), computed as min(x, 0) − log1p(e^{−|x|}), which is exact
 * to the last bit or two in both tails: logSigmoid(−1000) = −1000 (log(σ(x)) gives −Infinity)
 * and logSigmoid(40) = −4.248354255291589e−18 (log(σ(x)) gives 0).
 *
 * @param x - input
 * @returns log σ(x) < 0; NaN for NaN; −ln 2 for ±0; −Infinity at −Infinity; −0 at +Infinity and
 *   for x > 745, where −e^{−x} underflows
 * @throws {TypeError} if x is not a number
 * @example
 * logSigmoid(0) //=> -0.6931471805599453
 * logSigmoid(40) //=> -4.248354255291589e-18
 * logSigmoid(-1000) //=> -1000
 * @category Sigmoid
 */
export function logSigmoid(x: number): number {
  assertInput(x);
  return logSigmoidValue(x);
}

/**
 * Derivative of {@link logSigmoid}: σ(−x) = 1 − σ(x), computed as the sign-split sigmoid of −x,
 * so no digit is lost to the subtraction (logSigmoid′(40) = 4.248354255291589e−18, not 0).
 *
 * @param x - input
 * @returns σ(−x) in [0, 1]; NaN for NaN; 0.5 for ±0; 1 at −Infinity; 0 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * logSigmoidDerivative(0) //=> 0.5
 * logSigmoidDerivative(40) //=> 4.248354255291589e-18
 * @category Sigmoid
 */
export function logSigmoidDerivative(x: number): number {
  assertInput(x);
  return logistic(-x);
}

/**
 * Elementwise {@link logSigmoid} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * logSigmoidF32(new Float32Array(2), Float32Array.of(0, -100)) //=> Float32Array [-0.6931471824645996, -100]
 * @category Sigmoid
 */
export function logSigmoidF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = logSigmoid32(src[i]);
  return out;
}

/**
 * Elementwise {@link logSigmoidDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * logSigmoidDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Sigmoid
 */
export function logSigmoidDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = logSigmoidSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link logSigmoid}: dx[i] = dy[i]·σ(−x[i]); returns `dx`. `dx` may
 * alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * logSigmoidBackwardF32(new Float32Array(1), Float32Array.of(4), Float32Array.of(0)) //=> Float32Array [2]
 * @category Sigmoid
 */
export function logSigmoidBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * logSigmoidSlope32(src[i]);
  return dx;
}
