/**
 * Squareplus: an algebraic softplus, (x + √(x² + b))/2, with no exponential or logarithm.
 *
 * ![squareplus and squareplus′, −4 ≤ x ≤ 4](../../../docs/plots/squareplus.svg)
 *
 * **Formula**
 *
 * ```text
 * squareplus(x) = (x + √(x² + b))/2
 * squareplus′(x) = (1 + x/√(x² + b))/2
 * ```
 *
 * **Parameters**: `b`: curvature at 0, finite and ≥ 0, default 4; b = 0 is relu.
 *
 * **Special values**: NaN → NaN; squareplus(±0) = √b/2; squareplus(−∞) = +0; squareplus(+∞) = +∞; no cancellation for x ≪ 0.
 *
 * **Derivative at the kink**: smooth for b > 0; for b = 0 (relu) squareplus′(0) = 0.
 *
 * Five forms: `squareplus(x, b = 4)`, `squareplusDerivative(x, b = 4)`, `squareplusF32(out, x, b = 4)`, `squareplusDerivativeF32(out, x, b = 4)` and `squareplusBackwardF32(dx, dy, x, b = 4)` (out-first; `out` may be `x`). Import from `rectified/squareplus` or `rectified`.
 *
 * @module squareplus
 * @category Softplus
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';
import { positivePart } from '../../internal/rectify.js';

/**
 * √(x² + b) without overflow or underflow: outside 1e−150 < |x| < 1e150 (or for b > 1e300, or
 * 0 < b < 1e−290) it is formed as big·√(1 + (small/big)²) from |x| and √b, which loses at most
 * an ulp; inside, √(x·x + b) (for b = 0 this is exactly |x|).
 */
function root(x: number, b: number): number {
  const a = Math.abs(x);
  if (a > 1e-150 && a < 1e150 && b < 1e300 && (b > 1e-290 || b === 0)) return Math.sqrt(x * x + b);
  if (a !== a) return a;
  const c = Math.sqrt(b);
  const big = a > c ? a : c;
  if (big === 0) return 0;
  const r = (a > c ? c : a) / big;
  return big * Math.sqrt(1 + r * r);
}

/**
 * (x + √(x² + b))/2 for x ≥ 0; for x < 0 the conjugate b/(2(√(x² + b) − x)), whose terms have
 * the same sign, replaces the difference that cancels (JAX's naive form returns 0 at x = −1e4
 * in float32, where the value is 1e−4). Beyond ±1e300 the sums are halved first so that
 * x + √(x² + b) cannot overflow.
 */
function squareplusValue(x: number, b: number): number {
  const r = root(x, b);
  if (x > 1e300 || x < -1e300) return x > 0 ? 0.5 * x + 0.5 * r : (0.25 * b) / (0.5 * r - 0.5 * x);
  return x >= 0 ? (x + r) / 2 : b / (2 * (r - x));
}

/**
 * (1 + x/r)/2 with r = √(x² + b); for x < 0 the same conjugate trick gives b/(2r(r − x)),
 * formed as (b/(2r))/(r − x) so that r(r − x) never overflows. For b = 0 the function is relu:
 * slope 0 for x < 0 and, by relu's convention, at x = 0.
 */
function squareplusSlope(x: number, b: number): number {
  if (x < 0) {
    if (b === 0) return 0;
    const r = root(x, b);
    return b / (2 * r) / (r - x);
  }
  if (x === Infinity) return 1;
  const r = root(x, b);
  return r === 0 ? 0 : (1 + x / r) / 2;
}

// Float32Array kernels. Where x² ≤ limit = 2²⁰·b (every x of typical data: |x| ≤ 2048 for
// b = 4) the textbook forms (x + r)/2 and (1 + x/r)/2 with r = √(x² + b): for x < 0 they
// cancel, which amplifies the rounding errors of r by at most about 6x²/b ≤ 2²³, to 2⁻³⁰
// relative, below what a float32 result can show, and they need one division fewer. Beyond,
// a well-predicted branch takes the branch-free conjugate forms: with a = |x| (clamped to 1e150, which only changes ±∞),
// p = (a + r)/2, squareplus is p for x ≥ 0 and (b/4)/p for x < 0 (since p·(r − a)/2 = b/4),
// selected arithmetically, and the derivative is squareplus(x)/r. b = 0 (relu) has its own
// loop, since there p = 0 at x = 0.
function squareplus32(x: number, b: number, quarterB: number, limit: number): number {
  if (x * x > limit) {
    const a = Math.abs(x) > 1e150 ? 1e150 : Math.abs(x);
    const p = 0.5 * (a + Math.sqrt(a * a + b));
    const q = quarterB / p;
    return q + +(x >= 0) * (p - q);
  }
  return 0.5 * (x + Math.sqrt(x * x + b));
}

function squareplusSlope32(x: number, b: number, quarterB: number, limit: number): number {
  if (x * x > limit) {
    const a = Math.abs(x) > 1e150 ? 1e150 : Math.abs(x);
    const r = Math.sqrt(a * a + b);
    const p = 0.5 * (a + r);
    const q = quarterB / p;
    return (q + +(x >= 0) * (p - q)) / r;
  }
  return 0.5 + (0.5 * x) / Math.sqrt(x * x + b);
}

/**
 * Squareplus (Barron 2021): (x + √(x² + b))/2, an algebraic softplus; b = 0 is relu.
 *
 * Free of cancellation (conjugate form for x < 0) and of overflow (x² is never formed for
 * |x| > 1e150), so it is exact where JAX's and Keras's naive formula returns 0 or Infinity.
 *
 * @param x - input
 * @param b - curvature at 0 (default 4; finite and ≥ 0; −0 is taken as +0)
 * @returns squareplus(x) > 0 for b > 0; NaN for NaN; √b/2 for ±0; +0 at −Infinity; +Infinity at +Infinity
 * @throws {TypeError} if x or b is not a number
 * @throws {RangeError} if b is negative or not finite
 * @example
 * squareplus(0) //=> 1
 * squareplus(-1e4) //=> 0.00009999999900000002
 * @category Softplus
 */
export function squareplus(x: number, b = 4): number {
  assertInput(x);
  b = nonNegativeParam('b', b);
  return squareplusValue(x, b);
}

/**
 * Derivative of {@link squareplus}: (1 + x/√(x² + b))/2, in (0, 1) for b > 0.
 *
 * @param x - input
 * @param b - default 4; finite and ≥ 0 (for b = 0 the derivative is relu′ with 0 at x = 0; −0 is taken as +0)
 * @returns squareplus′(x); NaN for NaN; 0.5 for ±0 (b > 0); +0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x or b is not a number
 * @throws {RangeError} if b is negative or not finite
 * @example
 * squareplusDerivative(0) //=> 0.5
 * @category Softplus
 */
export function squareplusDerivative(x: number, b = 4): number {
  assertInput(x);
  b = nonNegativeParam('b', b);
  return squareplusSlope(x, b);
}

/**
 * Elementwise {@link squareplus} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param b - default 4; finite and ≥ 0; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or b is negative or not finite
 * @example
 * squareplusF32(new Float32Array(2), Float32Array.of(0, 1.5)) //=> Float32Array [1, 2]
 * @category Softplus
 */
export function squareplusF32(out: Float32Array, x: Readonly<Float32Array>, b = 4): Float32Array {
  checkUnary(out, x);
  b = nonNegativeParam('b', b);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (b === 0) {
    for (let i = 0; i < n; i++) out[i] = positivePart(src[i]);
    return out;
  }
  const quarterB = b / 4;
  const limit = 1048576 * b;
  for (let i = 0; i < n; i++) out[i] = squareplus32(src[i], b, quarterB, limit);
  return out;
}

/**
 * Elementwise {@link squareplusDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param b - default 4; finite and ≥ 0; −0 is taken as +0
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or b is negative or not finite
 * @example
 * squareplusDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Softplus
 */
export function squareplusDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, b = 4): Float32Array {
  checkUnary(out, x);
  b = nonNegativeParam('b', b);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (b === 0) {
    for (let i = 0; i < n; i++) out[i] = squareplusSlope(src[i], 0);
    return out;
  }
  const quarterB = b / 4;
  const limit = 1048576 * b;
  for (let i = 0; i < n; i++) out[i] = squareplusSlope32(src[i], b, quarterB, limit);
  return out;
}

/**
 * Fused backward pass of {@link squareplus}: dx[i] = dy[i]·squareplus′(x[i]); returns `dx`.
 * `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param b - default 4; finite and ≥ 0; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or b is negative or not finite
 * @example
 * squareplusBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(0)) //=> Float32Array [1]
 * @category Softplus
 */
export function squareplusBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, b = 4): Float32Array {
  checkBackward(dx, dy, x);
  b = nonNegativeParam('b', b);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (b === 0) {
    for (let i = 0; i < n; i++) dx[i] = g[i] * squareplusSlope(src[i], 0);
    return dx;
  }
  const quarterB = b / 4;
  const limit = 1048576 * b;
  for (let i = 0; i < n; i++) dx[i] = g[i] * squareplusSlope32(src[i], b, quarterB, limit);
  return dx;
}
