/**
 * Leaky ReLU: a small slope for x ≤ 0 keeps a gradient flowing through inactive units (the "dying ReLU" fix).
 *
 * ![leakyRelu and leakyRelu′, −4 ≤ x ≤ 4](../../../docs/plots/leaky-relu.svg)
 *
 * **Formula**
 *
 * ```text
 * leakyRelu(x) = x for x > 0, negativeSlope·x for x ≤ 0
 * leakyRelu′(x) = 1 for x > 0, negativeSlope for x ≤ 0
 * ```
 *
 * **Parameters**: `negativeSlope`: any finite number, default 0.01 (PyTorch, JAX, ONNX); TF.js and Keras use 0.2 or 0.3.
 *
 * **Special values**: NaN → NaN; leakyRelu(−0) = −0 for a positive slope; leakyRelu(−∞) = −∞ (−0 for slope 0); leakyRelu(+∞) = +∞.
 *
 * **Derivative at the kink**: leakyRelu′(0) = negativeSlope (x = 0 belongs to the left piece).
 *
 * Five forms: `leakyRelu(x, negativeSlope = 0.01)`, `leakyReluDerivative(x, negativeSlope = 0.01)`, `leakyReluF32(out, x, negativeSlope = 0.01)`, `leakyReluDerivativeF32(out, x, negativeSlope = 0.01)` and `leakyReluBackwardF32(dx, dy, x, negativeSlope = 0.01)` (out-first; `out` may be `x`). Import from `rectified/leakyRelu` (or its alias `rectified/leaky-relu`) or `rectified`.
 *
 * From the forward output y instead of x: `leakyReluDerivativeFromOutput(y, negativeSlope = 0.01)` and `leakyReluBackwardFromOutputF32(dx, dy, y, negativeSlope = 0.01)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module leakyRelu
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { leakyDerivative, leakyValue } from '../../internal/leaky.js';
import { assertInput, finiteParam } from '../../internal/params.js';
import { leaky32, pieceSlope } from '../../internal/rectify.js';

/**
 * Leaky rectified linear unit: x for x > 0, negativeSlope·x for x ≤ 0.
 *
 * Equals max(x, negativeSlope·x) when 0 ≤ negativeSlope ≤ 1. The default 0.01 is PyTorch's,
 * JAX's and ONNX's; TF.js uses 0.2 (op) / 0.3 (layer) and Keras 0.2 / 0.3: pass it explicitly
 * when porting from them. Any finite slope is allowed (slopes above 1 or below 0 too).
 *
 * @param x - input
 * @param negativeSlope - slope for x ≤ 0 (default 0.01; finite; −0 is taken as +0)
 * @returns the activation; NaN for NaN; negativeSlope·(±0) for ±0 (IEEE signs: −0 for −0 and a
 *   positive slope, −0 for +0 and a negative slope, as PyTorch);
 *   −Infinity·negativeSlope at −Infinity (−0 when negativeSlope = 0)
 * @throws {TypeError} if x or negativeSlope is not a number
 * @throws {RangeError} if negativeSlope is not finite
 * @example
 * leakyRelu(-2) //=> -0.02
 * leakyRelu(3, 0.2) //=> 3
 * @category Rectifiers
 */
export function leakyRelu(x: number, negativeSlope = 0.01): number {
  assertInput(x);
  negativeSlope = finiteParam('negativeSlope', negativeSlope);
  return leakyValue(x, negativeSlope);
}

/**
 * Derivative of {@link leakyRelu}: 1 for x > 0, negativeSlope for x ≤ 0 (negativeSlope at the
 * kink, as PyTorch; JAX returns 1 at 0).
 *
 * @param x - input
 * @param negativeSlope - slope for x ≤ 0 (default 0.01; finite; −0 is taken as +0)
 * @returns 1 or negativeSlope; NaN for NaN
 * @throws {TypeError} if x or negativeSlope is not a number
 * @throws {RangeError} if negativeSlope is not finite
 * @example
 * leakyReluDerivative(0) //=> 0.01
 * @category Rectifiers
 */
export function leakyReluDerivative(x: number, negativeSlope = 0.01): number {
  assertInput(x);
  negativeSlope = finiteParam('negativeSlope', negativeSlope);
  return leakyDerivative(x, negativeSlope);
}

/**
 * Elementwise {@link leakyRelu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param negativeSlope - slope for x ≤ 0 (default 0.01; finite; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or negativeSlope is not finite
 * @example
 * leakyReluF32(new Float32Array(2), Float32Array.of(-2, 3), 0.5) //=> Float32Array [-1, 3]
 * @category Rectifiers
 */
export function leakyReluF32(out: Float32Array, x: Readonly<Float32Array>, negativeSlope = 0.01): Float32Array {
  checkUnary(out, x);
  negativeSlope = finiteParam('negativeSlope', negativeSlope);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  if (negativeSlope !== 0) {
    // no −Infinity clamp (leaky32's, for 0·∞) to test per element
    const w = negativeSlope;
    for (; i < n - 3; i += 4) {
      // four elements per iteration: see internal/rectify.ts
      const a = src[i],
        b = src[i + 1],
        c = src[i + 2],
        d = src[i + 3];
      const ha = +(a > 0),
        hb = +(b > 0),
        hc = +(c > 0),
        hd = +(d > 0);
      out[i] = a * (ha + (1 - ha) * w);
      out[i + 1] = b * (hb + (1 - hb) * w);
      out[i + 2] = c * (hc + (1 - hc) * w);
      out[i + 3] = d * (hd + (1 - hd) * w);
    }
  }
  for (; i < n - 3; i += 4) {
    // four elements per iteration: see internal/rectify.ts
    out[i] = leaky32(src[i], negativeSlope);
    out[i + 1] = leaky32(src[i + 1], negativeSlope);
    out[i + 2] = leaky32(src[i + 2], negativeSlope);
    out[i + 3] = leaky32(src[i + 3], negativeSlope);
  }
  for (; i < n; i++) out[i] = leaky32(src[i], negativeSlope);
  return out;
}

/**
 * Elementwise {@link leakyReluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param negativeSlope - slope for x ≤ 0 (default 0.01; finite; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or negativeSlope is not finite
 * @example
 * leakyReluDerivativeF32(new Float32Array(2), Float32Array.of(-2, 3), 0.5) //=> Float32Array [0.5, 1]
 * @category Rectifiers
 */
export function leakyReluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, negativeSlope = 0.01): Float32Array {
  checkUnary(out, x);
  negativeSlope = finiteParam('negativeSlope', negativeSlope);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  for (; i < n - 3; i += 4) {
    out[i] = pieceSlope(src[i], negativeSlope);
    out[i + 1] = pieceSlope(src[i + 1], negativeSlope);
    out[i + 2] = pieceSlope(src[i + 2], negativeSlope);
    out[i + 3] = pieceSlope(src[i + 3], negativeSlope);
  }
  for (; i < n; i++) out[i] = pieceSlope(src[i], negativeSlope);
  return out;
}

/**
 * Fused backward pass of {@link leakyRelu}: dx[i] = dy[i]·leakyRelu′(x[i]); returns `dx`.
 * `dx` may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param negativeSlope - slope for x ≤ 0 (default 0.01; finite; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or negativeSlope is not finite
 * @example
 * leakyReluBackwardF32(new Float32Array(2), Float32Array.of(4, 4), Float32Array.of(-2, 3), 0.5) //=> Float32Array [2, 4]
 * @category Rectifiers
 */
export function leakyReluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  negativeSlope = 0.01,
): Float32Array {
  checkBackward(dx, dy, x);
  negativeSlope = finiteParam('negativeSlope', negativeSlope);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  for (; i < n - 3; i += 4) {
    const a = src[i],
      b = src[i + 1],
      c = src[i + 2],
      d = src[i + 3];
    if (a + b + c + d !== a + b + c + d) break; // a NaN: left to the tested loop (see relu's backward)
    const ha = +(a > 0),
      hb = +(b > 0),
      hc = +(c > 0),
      hd = +(d > 0);
    dx[i] = g[i] * (ha + (1 - ha) * negativeSlope);
    dx[i + 1] = g[i + 1] * (hb + (1 - hb) * negativeSlope);
    dx[i + 2] = g[i + 2] * (hc + (1 - hc) * negativeSlope);
    dx[i + 3] = g[i + 3] * (hd + (1 - hd) * negativeSlope);
  }
  for (; i < n; i++) dx[i] = g[i] * pieceSlope(src[i], negativeSlope);
  return dx;
}

export { leakyReluBackwardFromOutputF32, leakyReluDerivativeFromOutput } from './from-output.js';
