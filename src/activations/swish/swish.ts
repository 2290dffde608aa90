/**
 * Swish: x·σ(βx), the self-gated unit with a sharpness β (silu is β = 1; → relu as β → ∞, → x/2 at β = 0).
 *
 * ![swish and swish′ (β = 1), −4 ≤ x ≤ 4](../../../docs/plots/swish.svg)
 *
 * **Formula**
 *
 * ```text
 * swish(x, β) = x·σ(βx)
 * swish′(x, β) = σ(βx)·(1 + βx·σ(−βx)) = silu′(βx)
 * ```
 *
 * **Parameters**: `beta`: sharpness, any finite number, default 1 (swish(x, 1) = silu(x) bit for bit). The Swish paper uses β > 0 (often learned); β = 0 gives x/2 and β < 0 the mirrored gate x·σ(−|β|x), as ONNX `Swish(alpha)` allows. PyTorch and JAX have no β (silu); TF.js and TF Python call it alpha / beta.
 *
 * **Special values**: NaN → NaN; swish(±0) = ±0; for β > 0 swish(−∞) = −0 (PyTorch silu: NaN) and swish(+∞) = +∞; swish′(±0) = 0.5; swish′(−∞) = −0 and swish′(+∞) = 1 for β > 0 (mirrored for β < 0).
 *
 * **Derivative at the kink**: none (smooth); swish′ crosses 0 at βx ≈ −1.2785, where it is computed from the exact expansion 1 + y + eʸ = d + eʳ·expm1(d) about the root r (d = y − r), so it keeps full relative accuracy (no relaxed bound needed).
 *
 * Five forms: `swish(x, beta = 1)`, `swishDerivative(x, beta = 1)`, `swishF32(out, x, beta = 1)`, `swishDerivativeF32(out, x, beta = 1)` and `swishBackwardF32(dx, dy, x, beta = 1)` (out-first; `out` may be `x`). Import from `rectified/swish` or `rectified`.
 *
 * @module swish
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, finiteParam } from '../../internal/params.js';
import { betaError, nearSwishSlopeRoot32, swish32, swishSlope, swishSlope32, swishSlopeFar32, swishValue } from '../../internal/swish32.js';

/**
 * Swish (Ramachandran, Zoph & Le 2017; Elfwing et al. 2018): x·σ(beta·x). For beta = 1 this is
 * {@link silu} (bit for bit); beta = 0 gives x/2, and beta → ∞ tends to relu(x).
 *
 * Evaluated with the sign-split sigmoid, carrying the rounding error of beta·x into the left
 * tail, where σ's condition number is |beta·x| (so swish(−1000, 0.7) keeps its digits).
 *
 * @param x - input
 * @param beta - sharpness (default 1; any finite number; −0 is taken as +0)
 * @returns x·σ(beta·x); NaN for NaN; ±0 for ±0; at ±Infinity the limit (for beta > 0: −0 at
 *   −Infinity, +Infinity at +Infinity; for beta = 0: ±Infinity); results that underflow keep the sign of x
 * @throws {TypeError} if x or beta is not a number
 * @throws {RangeError} if beta is not finite
 * @example
 * swish(1) //=> 0.7310585786300049
 * swish(1, 2) //=> 0.8807970779778823
 * swish(-1000, 0.7) //=> -9.859676543760208e-302
 * @category Smooth gates
 */
export function swish(x: number, beta = 1): number {
  assertInput(x);
  beta = finiteParam('beta', beta);
  if (beta === 0) return x * 0.5;
  const y = beta * x;
  return swishValue(x, y, betaError(beta, x, y));
}

/**
 * Derivative of {@link swish} with respect to x: σ(βx)·(1 + βx·σ(−βx)), i.e. silu′(βx),
 * without cancellation in either tail and with full relative accuracy also near its zero at
 * βx ≈ −1.2785 (see the source).
 *
 * @param x - input
 * @param beta - default 1; any finite number; −0 is taken as +0
 * @returns swish′(x) in about [−0.0998, 1.0998]; NaN for NaN; 0.5 for ±0 and for beta = 0;
 *   1 where beta·x = +Infinity, −0 where beta·x = −Infinity
 * @throws {TypeError} if x or beta is not a number
 * @throws {RangeError} if beta is not finite
 * @example
 * swishDerivative(0) //=> 0.5
 * swishDerivative(1, 2) //=> 1.0907842487848953
 * @category Smooth gates
 */
export function swishDerivative(x: number, beta = 1): number {
  assertInput(x);
  beta = finiteParam('beta', beta);
  if (beta === 0) return x === x ? 0.5 : x;
  const y = beta * x;
  return swishSlope(y, betaError(beta, x, y));
}

/**
 * Elementwise {@link swish} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param beta - default 1; any finite number; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or beta is not finite
 * @example
 * swishF32(new Float32Array(2), Float32Array.of(0, 1), 2) //=> Float32Array [0, 0.8807970881462097]
 * @category Smooth gates
 */
export function swishF32(out: Float32Array, x: Readonly<Float32Array>, beta = 1): Float32Array {
  checkUnary(out, x);
  beta = finiteParam('beta', beta);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (beta === 0) for (let i = 0; i < n; i++) out[i] = src[i] * 0.5;
  else for (let i = 0; i < n; i++) out[i] = swish32(src[i], beta);
  return out;
}

/**
 * Elementwise {@link swishDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param beta - default 1; any finite number; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or beta is not finite
 * @example
 * swishDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Smooth gates
 */
export function swishDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, beta = 1): Float32Array {
  checkUnary(out, x);
  beta = finiteParam('beta', beta);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (beta === 0) for (let i = 0; i < n; i++) out[i] = src[i] === src[i] ? 0.5 : src[i];
  else {
    // An element near silu′'s root leaves the inner loop for swishSlope32's root form, which
    // would slow the loop if inlined in it (docs/performance.md).
    let i = 0;
    while (i < n) {
      for (; i < n; i++) {
        const v = src[i];
        if (nearSwishSlopeRoot32(v, beta)) break;
        out[i] = swishSlopeFar32(v, beta);
      }
      if (i < n) {
        out[i] = swishSlope32(src[i], beta);
        i++;
      }
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link swish}: dx[i] = dy[i]·swish′(x[i]); returns `dx`. `dx` may
 * alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param beta - default 1; any finite number; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or beta is not finite
 * @example
 * swishBackwardF32(new Float32Array(1), Float32Array.of(4), Float32Array.of(0)) //=> Float32Array [2]
 * @category Smooth gates
 */
export function swishBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, beta = 1): Float32Array {
  checkBackward(dx, dy, x);
  beta = finiteParam('beta', beta);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (beta === 0) for (let i = 0; i < n; i++) dx[i] = g[i] * (src[i] === src[i] ? 0.5 : src[i]);
  else {
    let i = 0;
    while (i < n) {
      // as in swishDerivativeF32
      for (; i < n; i++) {
        const v = src[i];
        if (nearSwishSlopeRoot32(v, beta)) break;
        dx[i] = g[i] * swishSlopeFar32(v, beta);
      }
      if (i < n) {
        dx[i] = g[i] * swishSlope32(src[i], beta);
        i++;
      }
    }
  }
  return dx;
}
