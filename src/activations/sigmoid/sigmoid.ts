/**
 * The logistic sigmoid σ(x): squashes to (0, 1); the gate inside silu and the derivative of softplus.
 *
 * ![sigmoid and sigmoid′, −4 ≤ x ≤ 4](../../../docs/plots/sigmoid.svg)
 *
 * **Formula**
 *
 * ```text
 * σ(x) = 1/(1 + e^{−x})
 * σ′(x) = σ(x)(1 − σ(x)), computed as e^{−|x|}/(1 + e^{−|x|})²
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; σ(±0) = 0.5; σ(−∞) = 0; σ(+∞) = 1; σ(−700) ≈ 9.86e−305, not 0.
 *
 * **Derivative at the kink**: none (smooth); σ′(0) = 0.25.
 *
 * Five forms: `sigmoid(x)`, `sigmoidDerivative(x)`, `sigmoidF32(out, x)`, `sigmoidDerivativeF32(out, x)` and `sigmoidBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/sigmoid` or `rectified`.
 *
 * From the forward output y instead of x: `sigmoidDerivativeFromOutput(y)` and `sigmoidBackwardFromOutputF32(dx, dy, y)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module sigmoid
 * @category Sigmoid
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { fastExp32, fastExpInRange32 } from '../../internal/fast-exp32.js';
import { logistic, logisticDerivative } from '../../internal/logistic.js';
import { assertInput } from '../../internal/params.js';

// Float32Array kernels: 1/(1 + e^{−x}) with the table exponential, whose argument clamp (±400)
// keeps e^{−x} finite; for x < 0, 1 + e^{−x} ≈ e^{−x} keeps the full relative accuracy, so the
// sign split that float64 needs is unnecessary here. The loops test each pair once,
// |a| + |b| < 400 (false for NaN and ±Infinity too), and then call the exponential without its
// clamp; a pair that fails goes through the clamped forms outside the inner loop
// (docs/performance.md, range-tested pair loops).
function sigmoid32(x: number): number {
  return 1 / (1 + fastExp32(-x));
}

function sigmoidSlope32(x: number): number {
  const e = fastExp32(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/**
 * Logistic sigmoid: σ(x) = 1 / (1 + e^{−x}).
 *
 * Split on the sign (e^{x}/(1 + e^{x}) for x < 0), so e^{−x} never overflows and the left tail
 * keeps full relative accuracy down to the smallest subnormal: σ(−700) is 9.85967654375977e−305,
 * not 0.
 *
 * @param x - input
 * @returns σ(x) in [0, 1]; NaN for NaN; 0.5 for ±0; 0 at −Infinity and 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * sigmoid(0) //=> 0.5
 * sigmoid(-700) //=> 9.85967654375977e-305
 * @category Sigmoid
 */
export function sigmoid(x: number): number {
  assertInput(x);
  return logistic(x);
}

/**
 * Derivative of {@link sigmoid}: σ′(x) = σ(x)·(1 − σ(x)), computed as e^{−|x|}/(1 + e^{−|x|})² so
 * that the right tail does not cancel to 0 (1 − σ(40) is 0 in float64, σ′(40) is 4.2e−18).
 *
 * @param x - input
 * @returns σ′(x) in [0, 0.25]; NaN for NaN; 0.25 for ±0; +0 at ±Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * sigmoidDerivative(0) //=> 0.25
 * @category Sigmoid
 */
export function sigmoidDerivative(x: number): number {
  assertInput(x);
  return logisticDerivative(x);
}

/**
 * Elementwise {@link sigmoid} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sigmoidF32(new Float32Array(2), Float32Array.of(0, 2)) //=> Float32Array [0.5, 0.8807970881462097]
 * @category Sigmoid
 */
export function sigmoidF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    for (; i < n - 1; i += 2) {
      // two elements per iteration: see internal/fast-exp32.ts
      const a = src[i],
        b = src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 400)) break;
      out[i] = 1 / (1 + fastExpInRange32(-a));
      out[i + 1] = 1 / (1 + fastExpInRange32(-b));
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = sigmoid32(src[i]);
  }
  if (i < n) out[i] = sigmoid32(src[i]);
  return out;
}

/**
 * Elementwise {@link sigmoidDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sigmoidDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.25]
 * @category Sigmoid
 */
export function sigmoidDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // as in sigmoidF32
    for (; i < n - 1; i += 2) {
      const a = Math.abs(src[i]),
        b = Math.abs(src[i + 1]);
      if (!(a + b < 400)) break;
      const ea = fastExpInRange32(-a),
        eb = fastExpInRange32(-b);
      const da = 1 + ea,
        db = 1 + eb;
      out[i] = ea / (da * da);
      out[i + 1] = eb / (db * db);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = sigmoidSlope32(src[i]);
  }
  if (i < n) out[i] = sigmoidSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link sigmoid}: dx[i] = dy[i]·σ′(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sigmoidBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Sigmoid
 */
export function sigmoidBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // as in sigmoidF32
    for (; i < n - 1; i += 2) {
      const a = Math.abs(src[i]),
        b = Math.abs(src[i + 1]);
      if (!(a + b < 400)) break;
      const ea = fastExpInRange32(-a),
        eb = fastExpInRange32(-b);
      const da = 1 + ea,
        db = 1 + eb;
      dx[i] = g[i] * (ea / (da * da));
      dx[i + 1] = g[i + 1] * (eb / (db * db));
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * sigmoidSlope32(src[i]);
  }
  if (i < n) dx[i] = g[i] * sigmoidSlope32(src[i]);
  return dx;
}

export { sigmoidBackwardFromOutputF32, sigmoidDerivativeFromOutput } from './from-output.js';
