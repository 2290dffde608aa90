/**
 * StarReLU: s·relu(x)² + b, a squared ReLU with a scale and a bias, from MetaFormer (Yu et al.
 * 2022, "MetaFormer Baselines for Vision"), the activation of its ConvFormer and CAFormer models.
 * The defaults are the paper's: s = 1/√1.25 ≈ 0.8944 and b = −0.5/√1.25 ≈ −0.4472 give
 * starRelu(x) zero mean and unit variance for x ~ N(0, 1). Both are learnable scalars in the
 * models (timm's `StarReLU(scale_value=1.0, bias_value=0.0)` initialises them to 1 and 0 and
 * stores them as `scale` and `bias`); `starReluBackwardF32` can accumulate their gradients.
 *
 * ![starRelu and starRelu′, −4 ≤ x ≤ 4](../../../docs/plots/star-relu.svg)
 *
 * **Formula**
 *
 * ```text
 * starRelu(x) = scale·max(x, 0)² + bias
 * starRelu′(x) = 2·scale·max(x, 0);  ∂/∂scale = max(x, 0)²,  ∂/∂bias = 1
 * ```
 *
 * **Parameters**: `scale` (default 0.8944) and `bias` (default −0.4472), finite, −0 taken as +0.
 * starRelu(x, 1, 0) is {@link squaredRelu!squaredRelu} exactly.
 *
 * **Special values**: NaN → NaN; starRelu(x) = bias for every x ≤ 0 (±0 and −∞ included; +0 for
 * bias 0); starRelu(+∞) = ±∞ by the sign of scale (bias for scale 0); starRelu′ = +0 for x ≤ 0,
 * starRelu′(0) = 0 (both sides agree).
 *
 * Five forms: `starRelu(x, scale = 0.8944, bias = -0.4472)`, `starReluDerivative(x, scale = 0.8944, bias = -0.4472)`, `starReluF32(out, x, scale = 0.8944, bias = -0.4472)`, `starReluDerivativeF32(out, x, scale = 0.8944, bias = -0.4472)` and `starReluBackwardF32(dx, dy, x, scale = 0.8944, bias = -0.4472, paramGrads?)` (out-first; `out` may be `x`). Import from `rectified/starRelu` (or its alias `rectified/star-relu`) or `rectified`.
 *
 * @module starRelu
 * @category Rectifiers
 */
import { checkBackward, checkParamGrads, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { productError, sumError } from '../../internal/dd.js';
import { exactSumOfProducts } from '../../internal/exact.js';
import { assertInput, finiteParam } from '../../internal/params.js';
import { positivePart } from '../../internal/rectify.js';

/**
 * scale·x² + bias for x > 0 in double-double, accepted where its neglected terms are below
 * 2⁻⁵⁷ of the result (a cancellation of at most 46 bits, magnitudes where the error-free
 * transformations are exact), else evaluated exactly in BigInt and rounded once.
 * (Literals: 2⁻⁴⁸⁰, 2⁴⁸⁰, 2⁹⁹⁰, 2⁻⁹⁶⁰ and 2⁻⁴⁶.)
 */
function starValue(x: number, scale: number, bias: number): number {
  if (!(x > 0)) return x === x ? bias : x;
  if (x === Infinity) return scale !== 0 ? scale * x : bias;
  const p = x * x;
  const q = scale * p;
  const qLo = productError(scale, p, q) + scale * productError(x, x, p);
  const t = q + bias;
  const r = t + (sumError(q, bias, t) + qLo);
  const a = Math.abs(r);
  if (
    x >= 3.2033329522929615e-145 &&
    x <= 3.1217485503159922e144 &&
    Math.abs(scale) < 1.0463951242053392e298 &&
    Math.abs(q) < 1.0463951242053392e298 &&
    a >= 1.0261342003245941e-289 &&
    a < Infinity &&
    a >= 1.4210854715202004e-14 * (Math.abs(q) + Math.abs(bias))
  ) {
    return r;
  }
  return exactSumOfProducts([[scale, x, x], [bias]]);
}

/**
 * StarReLU (Yu et al. 2022): scale·max(x, 0)² + bias, within 0.51 ulp also where the bias cancels
 * the square (a double-double sum of the exact square, and an exact evaluation where even that
 * cancels).
 *
 * @param x - input
 * @param scale - s (default 0.8944, the paper's 1/√1.25; timm initialises it to 1; finite)
 * @param bias - b (default −0.4472, the paper's −0.5/√1.25; timm initialises it to 0; finite)
 * @returns the activation; NaN for NaN; bias for every x ≤ 0; ±∞ at +∞ by the sign of scale
 * @throws {TypeError} if x, scale or bias is not a number
 * @throws {RangeError} if scale or bias is not finite
 * @example
 * starRelu(2) //=> 3.1304
 * starRelu(-1) //=> -0.4472
 * starRelu(3, 1, 0) //=> 9
 * starRelu(Math.SQRT1_2, 2, -1) //=> 1.3671617315323846e-16
 * @category Rectifiers
 */
export function starRelu(x: number, scale = 0.8944, bias = -0.4472): number {
  assertInput(x);
  scale = finiteParam('scale', scale);
  bias = finiteParam('bias', bias);
  return starValue(x, scale, bias);
}

/**
 * Derivative of {@link starRelu} w.r.t. x: 2·scale·max(x, 0), one rounding. The derivatives
 * w.r.t. the parameters are max(x, 0)² and 1; {@link starReluBackwardF32} accumulates them.
 *
 * @param x - input
 * @param scale - s (default 0.8944; finite)
 * @param bias - b (default −0.4472; finite; the slope does not depend on it)
 * @returns 2·scale·max(x, 0); NaN for NaN; +0 for x ≤ 0; ±∞ at +∞ by the sign of scale (0 for scale 0)
 * @throws {TypeError} if x, scale or bias is not a number
 * @throws {RangeError} if scale or bias is not finite
 * @example
 * starReluDerivative(2) //=> 3.5776
 * starReluDerivative(-1) //=> 0
 * @category Rectifiers
 */
export function starReluDerivative(x: number, scale = 0.8944, bias = -0.4472): number {
  assertInput(x);
  scale = finiteParam('scale', scale);
  finiteParam('bias', bias);
  if (!(x > 0)) return x === x ? 0 : x;
  return scale === 0 ? 0 : 2 * (scale * x);
}

/**
 * Elementwise {@link starRelu} into `out`; returns `out`. `out` may be `x`. Within 1 float32 ulp:
 * the square of a float32 is exact in float64, and scale·r² + bias rounds twice there; where the
 * sum cancels by more than 26 bits the element takes the float64 scalar's exact evaluation.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param scale - s (default 0.8944; finite)
 * @param bias - b (default −0.4472; finite)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or scale or bias is not a number
 * @throws {RangeError} if the lengths differ, or scale or bias is not finite
 * @example
 * starReluF32(new Float32Array(3), Float32Array.of(-1, 0.5, 2)) //=> Float32Array [-0.4472, -0.2236, 3.1304]
 * @category Rectifiers
 */
export function starReluF32(out: Float32Array, x: Readonly<Float32Array>, scale = 0.8944, bias = -0.4472): Float32Array {
  checkUnary(out, x);
  const s = finiteParam('scale', scale);
  const b = finiteParam('bias', bias);
  const src = copyIfPartialOverlap(out, x);
  const absB = Math.abs(b);
  for (let i = 0, n = src.length; i < n; i++) {
    const r = positivePart(src[i]);
    const q = s * (r * r);
    const t = q + b;
    // two roundings of at most 2⁻⁵³ of |q| and |t|: within 2⁻²⁷ of t unless the sum cancels 26 bits (or NaN)
    out[i] = Math.abs(q) + absB <= 67108864 * Math.abs(t) ? t : starValue(src[i], s, b);
  }
  return out;
}

/**
 * Elementwise {@link starReluDerivative} into `out`; returns `out`. `out` may be `x`. One
 * rounding in float64 (2·(scale·r)), one when storing.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param scale - s (default 0.8944; finite)
 * @param bias - b (default −0.4472; finite)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or scale or bias is not a number
 * @throws {RangeError} if the lengths differ, or scale or bias is not finite
 * @example
 * starReluDerivativeF32(new Float32Array(3), Float32Array.of(-1, 0, 2)) //=> Float32Array [0, 0, 3.5776]
 * @category Rectifiers
 */
export function starReluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, scale = 0.8944, bias = -0.4472): Float32Array {
  checkUnary(out, x);
  const s = finiteParam('scale', scale);
  finiteParam('bias', bias);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (s === 0) {
    for (let i = 0; i < n; i++) out[i] = src[i] === src[i] ? 0 : src[i];
    return out;
  }
  for (let i = 0; i < n; i++) {
    const d = s * positivePart(src[i]);
    out[i] = d + d + 0; // + 0: an inactive unit's s·(+0) is −0 for a negative s
  }
  return out;
}

/**
 * Fused backward pass of {@link starRelu}: dx[i] = dy[i]·2·scale·max(x[i], 0) (an IEEE product:
 * dy·0 is −0 for a negative dy and NaN for an infinite one), and, when `paramGrads` is given,
 * the parameter gradients are **accumulated** into it (added to what it holds, as PyTorch
 * accumulates `.grad`; zero it first for a fresh gradient): paramGrads[0] += Σ dy[i]·max(x[i], 0)²
 * (∂loss/∂scale) and paramGrads[1] += Σ dy[i] (∂loss/∂bias), each sum formed in float64 and
 * rounded once, as {@link prelu!preluBackwardF32} accumulates its weight gradient. Returns `dx`.
 *
 * `dx` may alias `dy` or `x`; `paramGrads` must not share memory with dx, dy or x.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param scale - s (default 0.8944; finite)
 * @param bias - b (default −0.4472; finite)
 * @param paramGrads - optional accumulator of 2 elements: [∂loss/∂scale, ∂loss/∂bias]
 * @returns dx
 * @throws {TypeError} if dx, dy, x or paramGrads is not a Float32Array, or scale or bias is not a number
 * @throws {RangeError} if the lengths differ, scale or bias is not finite, or paramGrads does
 *   not have 2 elements or overlaps dx, dy or x
 * @example
 * const paramGrads = new Float32Array(2);
 * starReluBackwardF32(new Float32Array(2), Float32Array.of(1, 0.5), Float32Array.of(-1, 3), 1, 0, paramGrads) //=> Float32Array [0, 3]
 * paramGrads //=> Float32Array [4.5, 1.5]
 * @category Rectifiers
 */
export function starReluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  scale = 0.8944,
  bias = -0.4472,
  paramGrads?: Float32Array,
): Float32Array {
  checkBackward(dx, dy, x);
  const s = finiteParam('scale', scale);
  finiteParam('bias', bias);
  if (paramGrads !== undefined) checkParamGrads(paramGrads, 2, dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (paramGrads === undefined) {
    if (s === 0) for (let i = 0; i < n; i++) dx[i] = g[i] * (src[i] === src[i] ? 0 : src[i]);
    else
      for (let i = 0; i < n; i++) {
        const d = s * positivePart(src[i]);
        dx[i] = g[i] * (d + d + 0);
      }
    return dx;
  }
  let sumScale = 0;
  let sumBias = 0;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    const r = positivePart(v);
    const d = s === 0 ? (v === v ? 0 : v) : 2 * (s * r) + 0;
    sumScale += g[i] * (r * r);
    sumBias += g[i];
    dx[i] = g[i] * d;
  }
  paramGrads[0] += sumScale;
  paramGrads[1] += sumBias;
  return dx;
}
