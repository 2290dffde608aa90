/**
 * Softplus: the smooth ReLU log(1 + eˣ), positive everywhere, with the logistic sigmoid as its derivative.
 *
 * ![softplus and softplus′, −4 ≤ x ≤ 4](../../../docs/plots/softplus.svg)
 *
 * **Formula**
 *
 * ```text
 * softplus(x) = log(1 + e^{βx})/β, computed as max(x, 0) + log1p(e^{−|βx|})/β
 * softplus′(x) = σ(βx)
 * ```
 *
 * **Parameters**: `beta`: sharpness, finite and > 0, default 1 (→ relu as beta → ∞). `threshold`: return x where βx > threshold; default Infinity (exact everywhere); 20 reproduces PyTorch.
 *
 * **Special values**: NaN → NaN; softplus(±0) = ln(2)/β; softplus(−∞) = +0; softplus(+∞) = +∞; no overflow for βx > 709.
 *
 * **Derivative at the kink**: none (smooth); softplus′(0) = 0.5.
 *
 * Five forms: `softplus(x, beta = 1, threshold = Infinity)`, `softplusDerivative(x, beta = 1, threshold = Infinity)`, `softplusF32(out, x, beta = 1, threshold = Infinity)`, `softplusDerivativeF32(out, x, beta = 1, threshold = Infinity)` and `softplusBackwardF32(dx, dy, x, beta = 1, threshold = Infinity)` (out-first; `out` may be `x`). Import from `rectified/softplus` or `rectified`.
 *
 * From the forward output y instead of x: `softplusDerivativeFromOutput(y, beta = 1, threshold = Infinity)` and `softplusBackwardFromOutputF32(dx, dy, y, beta = 1, threshold = Infinity)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module softplus
 * @category Softplus
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { expDD, productError } from '../../internal/dd.js';
import { EXP_SUBNORMAL, expTimes } from '../../internal/exp.js';
import { fastExp32 } from '../../internal/fast-exp32.js';
import { log1pExpNeg32, log1pExpNegInRange32 } from '../../internal/log1p-exp32.js';
import { logistic } from '../../internal/logistic.js';
import { assertInput, notNaNParam, positiveParam } from '../../internal/params.js';
import { positivePart } from '../../internal/rectify.js';

/**
 * The rounding error of y = beta·x where it matters: for y < −1 softplus ≈ e^{y}/beta, whose
 * relative error is |y| times the absolute error of y (a 1-ulp error in y = −700 costs
 * 700 ulp). The Float32Array kernels skip it: there |y| < 104 and float32 needs 2⁻²⁴ only.
 */
function betaProductError(beta: number, x: number, y: number): number {
  return beta !== 1 && y < -1 && y > -746 ? productError(beta, x, y) : 0;
}

/**
 * log(1 + e^{y})/beta with y = beta·x (+ yLo), as max-split: x + log1p(e^{−y})/beta for y ≥ 0
 * (x itself, not y/beta, carries the large part, so no rounding of beta·x reaches it) and
 * log1p(e^{y})/beta for y < 0. Neither branch can overflow.
 */
function softplusValue(x: number, beta: number, threshold: number, y: number, yLo: number): number {
  if (y > threshold) return x;
  if (y >= 0) return x + Math.log1p(Math.exp(-y)) / beta;
  // Where e^y is subnormal, log1p(e^y) = e^y exactly enough, and 1/beta may lift it to normal.
  return y < EXP_SUBNORMAL ? expTimes((1 + yLo) / beta, y) : Math.log1p(expDD(y, yLo)) / beta;
}

/** σ(y + yLo), 1 above the threshold. */
function softplusSlope(y: number, yLo: number, threshold: number): number {
  if (y > threshold) return 1;
  if (y < 0) {
    const e = expDD(y, yLo);
    return e / (1 + e);
  }
  return logistic(y);
}

// Float32Array kernels: max(x, 0) + log1p(e^{−|βx|})/β with log1pExpNeg32 (one table step; no
// branch but the threshold test, never true by default); σ(βx) with the table exponential.
function softplus32(x: number, beta: number, invBeta: number, threshold: number): number {
  const y = beta * x;
  return y > threshold ? x : positivePart(x) + log1pExpNeg32(Math.abs(y)) * invBeta;
}

/**
 * For β < 1, which scales log1p(e^{−|βx|}) up: beyond |βx| = 104, where log1pExpNeg32 clamps,
 * log1p(e^{−a}) = e^{−a} to float64 precision, from the table exponential.
 */
function softplusScaled32(x: number, beta: number, invBeta: number, threshold: number): number {
  const y = beta * x;
  const a = Math.abs(y);
  return y > threshold ? x : positivePart(x) + (a > 104 ? fastExp32(-a) : log1pExpNeg32(a)) * invBeta;
}

function softplusSlope32(y: number, threshold: number): number {
  return y > threshold ? 1 : 1 / (1 + fastExp32(-y));
}

/**
 * Softplus: log(1 + e^{beta·x})/beta, a smooth ReLU (Dugas et al. 2001; → relu(x) as beta → ∞).
 *
 * Computed as max(x, 0) + log1p(e^{−|beta·x|})/beta, which is exact to the last bit or two for
 * every x and beta: no overflow at beta·x > 709 (PyTorch with a large threshold returns Infinity)
 * and full relative accuracy in the left tail. PyTorch's default threshold 20 (return x when
 * beta·x > 20) is an error of up to 2e−9 relative; here threshold defaults to Infinity (exact)
 * and a finite value reproduces PyTorch bit for bit in the linear region.
 *
 * @param x - input
 * @param beta - sharpness (default 1; finite and > 0)
 * @param threshold - return x when beta·x > threshold (default Infinity: never; not NaN; −0 is taken as +0)
 * @returns softplus(x) > 0; NaN for NaN; ln(2)/beta for ±0; +0 at −Infinity; +Infinity at +Infinity
 * @throws {TypeError} if an argument is not a number
 * @throws {RangeError} if beta is not finite and > 0, or threshold is NaN
 * @example
 * softplus(0) //=> 0.6931471805599453
 * softplus(1000) //=> 1000
 * softplus(-800, 0.5) //=> 3.8303391934280114e-174
 * @category Softplus
 */
export function softplus(x: number, beta = 1, threshold = Infinity): number {
  assertInput(x);
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const y = beta * x;
  return softplusValue(x, beta, threshold, y, betaProductError(beta, x, y));
}

/**
 * Derivative of {@link softplus}: σ(beta·x), the logistic sigmoid (so softplus′ = sigmoid for
 * beta = 1); 1 where beta·x > threshold.
 *
 * @param x - input
 * @param beta - default 1; finite and > 0
 * @param threshold - default Infinity; not NaN; −0 is taken as +0
 * @returns σ(beta·x) in [0, 1]; NaN for NaN; 0.5 for ±0; 0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if an argument is not a number
 * @throws {RangeError} if beta is not finite and > 0, or threshold is NaN
 * @example
 * softplusDerivative(0) //=> 0.5
 * @category Softplus
 */
export function softplusDerivative(x: number, beta = 1, threshold = Infinity): number {
  assertInput(x);
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const y = beta * x;
  return softplusSlope(y, betaProductError(beta, x, y), threshold);
}

/**
 * Elementwise {@link softplus} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param beta - default 1; finite and > 0
 * @param threshold - default Infinity; not NaN; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, beta is not finite and > 0, or threshold is NaN
 * @example
 * softplusF32(new Float32Array(2), Float32Array.of(0, 100)) //=> Float32Array [0.6931471824645996, 100]
 * @category Softplus
 */
export function softplusF32(out: Float32Array, x: Readonly<Float32Array>, beta = 1, threshold = Infinity): Float32Array {
  checkUnary(out, x);
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const src = copyIfPartialOverlap(out, x);
  const invBeta = 1 / beta;
  const n = src.length;
  if (beta < 1) {
    for (let i = 0; i < n; i++) out[i] = softplusScaled32(src[i], beta, invBeta, threshold);
    return out;
  }
  let i = 0;
  // Where threshold ≥ 104, one range test per pair, |βa| + |βb| < 104 (false for NaN and
  // ±Infinity), covers the threshold, positivePart's clamp and the table's (as in sigmoid).
  while (threshold >= 104 && i < n - 1) {
    for (; i < n - 1; i += 2) {
      // two elements per iteration: see internal/fast-exp32.ts
      const a = src[i],
        b = src[i + 1];
      const ya = Math.abs(beta * a),
        yb = Math.abs(beta * b);
      if (!(ya + yb < 104)) break;
      out[i] = (a + Math.abs(a)) * 0.5 + log1pExpNegInRange32(ya) * invBeta;
      out[i + 1] = (b + Math.abs(b)) * 0.5 + log1pExpNegInRange32(yb) * invBeta;
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = softplus32(src[i], beta, invBeta, threshold);
  }
  for (; i < n - 1; i += 2) {
    // two elements per iteration: see internal/fast-exp32.ts
    out[i] = softplus32(src[i], beta, invBeta, threshold);
    out[i + 1] = softplus32(src[i + 1], beta, invBeta, threshold);
  }
  if (i < n) out[i] = softplus32(src[i], beta, invBeta, threshold);
  return out;
}

/**
 * Elementwise {@link softplusDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param beta - default 1; finite and > 0
 * @param threshold - default Infinity; not NaN; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, beta is not finite and > 0, or threshold is NaN
 * @example
 * softplusDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Softplus
 */
export function softplusDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, beta = 1, threshold = Infinity): Float32Array {
  checkUnary(out, x);
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  for (; i < n - 1; i += 2) {
    out[i] = softplusSlope32(beta * src[i], threshold);
    out[i + 1] = softplusSlope32(beta * src[i + 1], threshold);
  }
  if (i < n) out[i] = softplusSlope32(beta * src[i], threshold);
  return out;
}

/**
 * Fused backward pass of {@link softplus}: dx[i] = dy[i]·σ(beta·x[i]); returns `dx`. `dx` may
 * alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param beta - default 1; finite and > 0
 * @param threshold - default Infinity; not NaN; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ, beta is not finite and > 0, or threshold is NaN
 * @example
 * softplusBackwardF32(new Float32Array(1), Float32Array.of(3), Float32Array.of(0)) //=> Float32Array [1.5]
 * @category Softplus
 */
export function softplusBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  beta = 1,
  threshold = Infinity,
): Float32Array {
  checkBackward(dx, dy, x);
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  for (; i < n - 1; i += 2) {
    dx[i] = g[i] * softplusSlope32(beta * src[i], threshold);
    dx[i + 1] = g[i + 1] * softplusSlope32(beta * src[i + 1], threshold);
  }
  if (i < n) dx[i] = g[i] * softplusSlope32(beta * src[i], threshold);
  return dx;
}

export { softplusBackwardFromOutputF32, softplusDerivativeFromOutput } from './from-output.js';
