/**
 * Parametric ReLU: a leaky ReLU whose negative slope is learned, per tensor or per channel.
 *
 * ![prelu and prelu′, −4 ≤ x ≤ 4](../../../docs/plots/prelu.svg)
 *
 * **Formula**
 *
 * ```text
 * prelu(x) = x for x > 0, weight·x for x ≤ 0
 * prelu′(x) = 1 for x > 0, weight for x ≤ 0; ∂prelu/∂weight = min(x, 0)
 * ```
 *
 * **Parameters**: `weight`: finite, default 0.25 (PyTorch `nn.PReLU`); the array forms take a number or a per-channel `Float32Array` with `innerSize` (default 1) elements per channel block, and `preluBackwardF32` can accumulate ∂loss/∂weight.
 *
 * **Special values**: NaN → NaN; prelu(−0) = weight·(−0); prelu(−∞) = the limit of weight·x (−0 for weight 0); prelu(+∞) = +∞.
 *
 * **Derivative at the kink**: prelu′(0) = weight.
 *
 * Five forms: `prelu(x, weight = 0.25)`, `preluDerivative(x, weight = 0.25)`, `preluF32(out, x, weight = 0.25)`, `preluDerivativeF32(out, x, weight = 0.25)` and `preluBackwardF32(dx, dy, x, weight = 0.25)` (out-first; `out` may be `x`). Import from `rectified/prelu` or `rectified`.
 *
 * @module prelu
 * @category Rectifiers
 */
import { channelParam } from '../../internal/channels.js';
import {
  assertDisjoint,
  assertDivides,
  assertFloat32Array,
  checkBackward,
  checkUnary,
  copyIfPartialOverlap,
} from '../../internal/check.js';
import { leakyDerivative, leakyValue } from '../../internal/leaky.js';
import { assertInput, finiteParam } from '../../internal/params.js';
import { leaky32, negativePart, pieceSlope } from '../../internal/rectify.js';

/**
 * Parametric ReLU (He et al. 2015): x for x > 0, weight·x for x ≤ 0, with a learnable weight.
 *
 * The scalar form is {@link leakyRelu!leakyRelu} with PyTorch's `nn.PReLU` initial weight 0.25 (TF.js
 * and Keras initialise PReLU weights to 0).
 *
 * @param x - input
 * @param weight - slope for x ≤ 0 (default 0.25; finite; −0 is taken as +0)
 * @returns the activation; NaN for NaN; weight·(±0) for ±0 (IEEE signs, as PyTorch); at −Infinity the limit of weight·x
 *   (−0 when weight = 0)
 * @throws {TypeError} if x or weight is not a number
 * @throws {RangeError} if weight is not finite
 * @example
 * prelu(-2) //=> -0.5
 * @category Rectifiers
 */
export function prelu(x: number, weight = 0.25): number {
  assertInput(x);
  weight = finiteParam('weight', weight);
  return leakyValue(x, weight);
}

/**
 * Derivative of {@link prelu} w.r.t. x: 1 for x > 0, weight for x ≤ 0 (weight at the kink, as
 * PyTorch). The derivative w.r.t. the weight is min(x, 0); {@link preluBackwardF32} accumulates it.
 *
 * @param x - input
 * @param weight - slope for x ≤ 0 (default 0.25; finite; −0 is taken as +0)
 * @returns 1 or weight; NaN for NaN
 * @throws {TypeError} if x or weight is not a number
 * @throws {RangeError} if weight is not finite
 * @example
 * preluDerivative(-3) //=> 0.25
 * @category Rectifiers
 */
export function preluDerivative(x: number, weight = 0.25): number {
  assertInput(x);
  weight = finiteParam('weight', weight);
  return leakyDerivative(x, weight);
}

/**
 * Validates a scalar or per-channel weight against x and returns the scalar weight (−0 as +0)
 * or the per-channel view.
 */
function channelWeights(out: Float32Array, x: Float32Array, weight: number | Float32Array, innerSize: number): number | Float32Array {
  assertDivides('innerSize', innerSize, x.length);
  // A number goes straight to finiteParam: with numbers through channelParam too,
  // preluDerivativeF32 measured slower (docs/performance.md).
  if (typeof weight === 'number') return finiteParam('weight', weight);
  const w = channelParam('weight', weight, out, 'a Float32Array') as Float32Array;
  assertDivides('innerSize * weight.length', innerSize * w.length, x.length);
  return w;
}

/**
 * Elementwise {@link prelu} into `out` with a scalar or per-channel weight; returns `out`.
 *
 * With a Float32Array `weight` of C channels, element i belongs to channel
 * ⌊i / innerSize⌋ mod C, so an NCHW tensor uses innerSize = H·W (and NC uses innerSize = 1,
 * like PyTorch's `nn.PReLU(num_parameters=C)` on dim 1). `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param weight - scalar slope (default 0.25) or one finite slope per channel (−0 is taken as +0)
 * @param innerSize - elements per channel block (default 1; a positive integer;
 *   innerSize·weight.length must divide x.length)
 * @returns out
 * @throws {TypeError} if out, x or an array weight is not a Float32Array, or innerSize is not a number
 * @throws {RangeError} if the lengths differ, a weight is not finite, or the sizes do not divide x.length
 * @example
 * preluF32(new Float32Array(4), Float32Array.of(-1, -1, -1, -1), Float32Array.of(0.1, 0.2), 2)
 * //=> Float32Array [-0.10000000149011612, -0.10000000149011612, -0.20000000298023224, -0.20000000298023224]
 * @category Rectifiers
 */
export function preluF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  weight: number | Readonly<Float32Array> = 0.25,
  innerSize = 1,
): Float32Array {
  checkUnary(out, x);
  const weights = channelWeights(out, x, weight, innerSize);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (typeof weights === 'number') {
    const w = weights;
    let i = 0;
    if (w !== 0) {
      // no −Infinity clamp to test per element (as in leakyReluF32)
      for (; i < n - 3; i += 4) {
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
      out[i] = leaky32(src[i], w);
      out[i + 1] = leaky32(src[i + 1], w);
      out[i + 2] = leaky32(src[i + 2], w);
      out[i + 3] = leaky32(src[i + 3], w);
    }
    for (; i < n; i++) out[i] = leaky32(src[i], w);
    return out;
  }
  const channels = weights.length;
  for (let i = 0; i < n; ) {
    for (let c = 0; c < channels; c++) {
      const w = weights[c];
      for (const end = i + innerSize; i < end; i++) out[i] = leaky32(src[i], w);
    }
  }
  return out;
}

/**
 * Elementwise {@link preluDerivative} (w.r.t. x) into `out`; returns `out`. Same weight and
 * innerSize rules as {@link preluF32}. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param weight - scalar slope (default 0.25) or one finite slope per channel (−0 is taken as +0)
 * @param innerSize - elements per channel block (default 1)
 * @returns out
 * @throws {TypeError} if out, x or an array weight is not a Float32Array, or innerSize is not a number
 * @throws {RangeError} if the lengths differ, a weight is not finite, or the sizes do not divide x.length
 * @example
 * preluDerivativeF32(new Float32Array(2), Float32Array.of(-1, 1), 0.5) //=> Float32Array [0.5, 1]
 * @category Rectifiers
 */
export function preluDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  weight: number | Readonly<Float32Array> = 0.25,
  innerSize = 1,
): Float32Array {
  checkUnary(out, x);
  const weights = channelWeights(out, x, weight, innerSize);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (typeof weights === 'number') {
    const w = weights;
    let i = 0;
    for (; i < n - 3; i += 4) {
      out[i] = pieceSlope(src[i], w);
      out[i + 1] = pieceSlope(src[i + 1], w);
      out[i + 2] = pieceSlope(src[i + 2], w);
      out[i + 3] = pieceSlope(src[i + 3], w);
    }
    for (; i < n; i++) out[i] = pieceSlope(src[i], w);
    return out;
  }
  const channels = weights.length;
  for (let i = 0; i < n; ) {
    for (let c = 0; c < channels; c++) {
      const w = weights[c];
      for (const end = i + innerSize; i < end; i++) out[i] = pieceSlope(src[i], w);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link prelu}: dx[i] = dy[i]·prelu′(x[i]), and, when `weightGrad` is
 * given, the weight gradient is **accumulated** into it (added to what it holds, as PyTorch
 * accumulates `.grad`; zero it first for a fresh gradient): weightGrad[c] += Σ dy[i]·min(x[i], 0)
 * over the elements i of channel c (all elements for a scalar weight, whose gradient goes to
 * weightGrad[0]). Each channel's sum is formed in float64 and rounded once. Returns `dx`.
 *
 * `dx` may alias `dy` or `x`; `weightGrad` must not share memory with dx, dy or x.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param weight - scalar slope (default 0.25) or one finite slope per channel (−0 is taken as +0)
 * @param innerSize - elements per channel block (default 1)
 * @param weightGrad - optional accumulator for ∂loss/∂weight: length weight.length (1 for a scalar weight)
 * @returns dx
 * @throws {TypeError} if an array argument is not a Float32Array, or innerSize is not a number
 * @throws {RangeError} if the lengths differ, a weight is not finite, the sizes do not divide
 *   x.length, or weightGrad has the wrong length or overlaps dx, dy or x
 * @example
 * const weightGrad = new Float32Array(1);
 * preluBackwardF32(new Float32Array(2), Float32Array.of(1, 1), Float32Array.of(-2, 3), 0.25, 1, weightGrad) //=> Float32Array [0.25, 1]
 * weightGrad //=> Float32Array [-2]
 * @category Rectifiers
 */
export function preluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  weight: number | Readonly<Float32Array> = 0.25,
  innerSize = 1,
  weightGrad?: Float32Array,
): Float32Array {
  checkBackward(dx, dy, x);
  const weights = channelWeights(dx, x, weight, innerSize);
  const channels = typeof weights === 'number' ? 1 : weights.length;
  if (weightGrad !== undefined) {
    assertFloat32Array('weightGrad', weightGrad);
    if (weightGrad.length !== channels) {
      throw new RangeError(`weightGrad.length must equal the number of weights ${channels}, got ${weightGrad.length}`);
    }
    assertDisjoint('weightGrad', weightGrad, 'dx', dx);
    assertDisjoint('weightGrad', weightGrad, 'dy', dy);
    assertDisjoint('weightGrad', weightGrad, 'x', x);
  }
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (typeof weights === 'number' && weightGrad === undefined) {
    const w = weights; // no dy·min(x, 0) sum to form: four elements per iteration (see internal/rectify.ts)
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
      dx[i] = g[i] * (ha + (1 - ha) * w);
      dx[i + 1] = g[i + 1] * (hb + (1 - hb) * w);
      dx[i + 2] = g[i + 2] * (hc + (1 - hc) * w);
      dx[i + 3] = g[i + 3] * (hd + (1 - hd) * w);
    }
    for (; i < n; i++) dx[i] = g[i] * pieceSlope(src[i], w);
    return dx;
  }
  if (typeof weights === 'number') {
    const w = weights;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = src[i];
      sum -= g[i] * negativePart(v); // dy·min(x, 0), branch-free
      dx[i] = g[i] * pieceSlope(v, w);
    }
    if (weightGrad !== undefined) weightGrad[0] += sum;
    return dx;
  }
  const sums = weightGrad === undefined ? null : new Float64Array(channels);
  for (let i = 0; i < n; ) {
    for (let c = 0; c < channels; c++) {
      const w = weights[c];
      let sum = 0;
      for (const end = i + innerSize; i < end; i++) {
        const v = src[i];
        sum -= g[i] * negativePart(v);
        dx[i] = g[i] * pieceSlope(v, w);
      }
      if (sums !== null) sums[c] += sum;
    }
  }
  if (weightGrad !== undefined && sums !== null) {
    for (let c = 0; c < channels; c++) weightGrad[c] += sums[c];
  }
  return dx;
}
