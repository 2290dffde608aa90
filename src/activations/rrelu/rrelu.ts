/**
 * Randomized leaky ReLU (RReLU): in training each x ≤ 0 gets its own random slope drawn from U(lower, upper); at inference the mean slope.
 *
 * ![rrelu and rrelu′ (inference form), −4 ≤ x ≤ 4](../../../docs/plots/rrelu.svg)
 *
 * **Formula**
 *
 * ```text
 * inference: rrelu(x) = x for x > 0, a·x for x ≤ 0, with a = (lower + upper)/2
 * training:  rrelu(x[i]) = x[i] for x[i] > 0, slopes[i]·x[i] for x[i] ≤ 0, slopes[i] ~ U(lower, upper)
 * rrelu′(x) = 1 for x > 0, the slope (a or slopes[i]) for x ≤ 0
 * ```
 *
 * **Parameters**: `lower` = 1/8 and `upper` = 1/3 (PyTorch `F.rrelu` / `nn.RReLU`), finite with 0 ≤ lower ≤ upper; the inference slope is then 0.22916666666666666. The array forms take optional `slopes` (the training form); {@link rreluSampleSlopes} draws them from an integer seed, with no hidden global random state.
 *
 * **Special values**: NaN → NaN; rrelu(±0) = ±0 for every slope, 0 included: x ≤ 0 gives the IEEE product slope·x, as {@link leakyRelu!leakyRelu} and PyTorch's `x * slope` (its eval-mode rrelu is leaky_relu with the mean slope), so rrelu(−0) = −0 and, for slope 0, rrelu(x < 0) = −0; rrelu(−∞) = −∞ (−0, the limit, when the slope is 0); rrelu(+∞) = +∞. rrelu′(±0) is the slope.
 *
 * **Derivative at the kink**: rrelu′(0) = the slope (x = 0 belongs to the left piece, as PyTorch's leaky ReLU and RReLU).
 *
 * Five forms (and a sampler): `rrelu(x, lower = 1/8, upper = 1/3)`, `rreluDerivative(x, lower, upper)`, `rreluF32(out, x, lower, upper, slopes?)`, `rreluDerivativeF32(out, x, lower, upper, slopes?)`, `rreluBackwardF32(dx, dy, x, lower, upper, slopes?)` and `rreluSampleSlopes(out, seed, lower, upper)` (out-first; `out` may be `x`). Import from `rectified/rrelu` or `rectified`.
 *
 * @module rrelu
 * @category Rectifiers
 */
import { assertFloat32Array, checkBackward, checkUnary, copyIfPartialOverlap, describe } from '../../internal/check.js';
import { leakyDerivative, leakyValue } from '../../internal/leaky.js';
import { mulberry32 } from '../../internal/mulberry32.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';
import { leaky32, pieceSlope } from '../../internal/rectify.js';
import { checkSlopeOrder, checkSlopes, FLOAT32_MAX, meanSlope } from '../../internal/rrelu-slopes.js';

/**
 * Randomized leaky ReLU, inference form (PyTorch `F.rrelu(x, lower, upper, training=False)`):
 * x for x > 0, a·x for x ≤ 0 with the mean slope a = (lower + upper)/2 (0.22916666666666666 for
 * the defaults). The training form, with a random slope per element, is the array form
 * {@link rreluF32} with `slopes`.
 *
 * @param x - input
 * @param lower - lower bound of the random slope (default 1/8; finite, 0 ≤ lower ≤ upper; −0 is taken as +0)
 * @param upper - upper bound of the random slope (default 1/3; finite; −0 is taken as +0)
 * @returns the activation; NaN for NaN; ±0 for ±0 whatever the slope (the IEEE product a·(±0),
 *   a ≥ 0: −0 for −0 also when a = 0, as PyTorch); −0 for x < 0 when a = 0; at −Infinity the
 *   limit of a·x (−Infinity, or −0 when a = 0)
 * @throws {TypeError} if x, lower or upper is not a number
 * @throws {RangeError} unless 0 ≤ lower ≤ upper, both finite
 * @example
 * rrelu(-1) //=> -0.22916666666666666
 * rrelu(-2, 0.1, 0.3) //=> -0.4
 * rrelu(3) //=> 3
 * @category Rectifiers
 */
export function rrelu(x: number, lower = 1 / 8, upper = 1 / 3): number {
  assertInput(x);
  lower = nonNegativeParam('lower', lower);
  upper = nonNegativeParam('upper', upper);
  checkSlopeOrder(lower, upper);
  return leakyValue(x, meanSlope(lower, upper));
}

/**
 * Derivative of {@link rrelu} (inference form): 1 for x > 0, (lower + upper)/2 for x ≤ 0 (the
 * slope at the kink, ±0 included, as PyTorch).
 *
 * @param x - input
 * @param lower - lower bound of the random slope (default 1/8; finite, 0 ≤ lower ≤ upper; −0 is taken as +0)
 * @param upper - upper bound of the random slope (default 1/3; finite; −0 is taken as +0)
 * @returns 1 or (lower + upper)/2 (finite, also where lower + upper overflows); NaN for NaN
 * @throws {TypeError} if x, lower or upper is not a number
 * @throws {RangeError} unless 0 ≤ lower ≤ upper, both finite
 * @example
 * rreluDerivative(0) //=> 0.22916666666666666
 * rreluDerivative(2) //=> 1
 * @category Rectifiers
 */
export function rreluDerivative(x: number, lower = 1 / 8, upper = 1 / 3): number {
  assertInput(x);
  lower = nonNegativeParam('lower', lower);
  upper = nonNegativeParam('upper', upper);
  checkSlopeOrder(lower, upper);
  return leakyDerivative(x, meanSlope(lower, upper));
}

/**
 * Elementwise {@link rrelu} into `out`; returns `out`. Without `slopes`, the inference form (slope
 * (lower + upper)/2); with `slopes`, the training form: element i uses slopes[i] for x[i] ≤ 0
 * (draw them with {@link rreluSampleSlopes} and pass the same array to the backward pass).
 * x[i] > 0 passes through unchanged whatever the slope, and the inference slope is finite even
 * where lower + upper overflows. x[i] ≤ 0 gives the IEEE product slope·x[i], signed zeros as
 * {@link rrelu}: −0 for x[i] = −0 with every slope (0 included), +0 for +0. `out` may be `x`
 * (and `slopes`).
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lower - lower bound of the slopes (default 1/8; finite, 0 ≤ lower ≤ upper; −0 is taken as +0)
 * @param upper - upper bound of the slopes (default 1/3; finite; −0 is taken as +0)
 * @param slopes - optional per-element slopes, length x.length, each in [lower, upper] (up to
 *   float32 rounding of the bounds; a −0 slope acts as +0)
 * @returns out
 * @throws {TypeError} if out, x or slopes is not a Float32Array
 * @throws {RangeError} if the lengths differ, unless 0 ≤ lower ≤ upper (finite), or if a slope lies outside [lower, upper] (NaN and ±Infinity always do)
 * @example
 * rreluF32(new Float32Array(2), Float32Array.of(-4, 3)) //=> Float32Array [-0.9166666865348816, 3]
 * rreluF32(new Float32Array(2), Float32Array.of(-4, -4), 0, 0.5, Float32Array.of(0.25, 0.5)) //=> Float32Array [-1, -2]
 * @category Rectifiers
 */
export function rreluF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  lower = 1 / 8,
  upper = 1 / 3,
  slopes?: Readonly<Float32Array>,
): Float32Array {
  checkUnary(out, x);
  lower = nonNegativeParam('lower', lower);
  upper = nonNegativeParam('upper', upper);
  checkSlopeOrder(lower, upper);
  const s = checkSlopes(out, x, slopes, lower, upper);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (s === null) {
    const a = meanSlope(lower, upper);
    for (let i = 0; i < n; i++) out[i] = leaky32(src[i], a);
  } else {
    for (let i = 0; i < n; i++) out[i] = leaky32(src[i], s[i]);
  }
  return out;
}

/**
 * Elementwise {@link rreluDerivative} into `out`: 1 for x[i] > 0 (whatever the slope), else the
 * slope ((lower + upper)/2, or slopes[i] when `slopes` is given), also at x[i] = ±0; returns
 * `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param lower - lower bound of the slopes (default 1/8; finite, 0 ≤ lower ≤ upper; −0 is taken as +0)
 * @param upper - upper bound of the slopes (default 1/3; finite; −0 is taken as +0)
 * @param slopes - optional per-element slopes (the ones the forward pass used; a −0 slope acts as +0)
 * @returns out
 * @throws {TypeError} if out, x or slopes is not a Float32Array
 * @throws {RangeError} if the lengths differ, unless 0 ≤ lower ≤ upper (finite), or if a slope lies outside [lower, upper] (NaN and ±Infinity always do)
 * @example
 * rreluDerivativeF32(new Float32Array(2), Float32Array.of(-4, 3), 0, 0.5) //=> Float32Array [0.25, 1]
 * @category Rectifiers
 */
export function rreluDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  lower = 1 / 8,
  upper = 1 / 3,
  slopes?: Readonly<Float32Array>,
): Float32Array {
  checkUnary(out, x);
  lower = nonNegativeParam('lower', lower);
  upper = nonNegativeParam('upper', upper);
  checkSlopeOrder(lower, upper);
  const s = checkSlopes(out, x, slopes, lower, upper);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  if (s === null) {
    const a = meanSlope(lower, upper);
    for (let i = 0; i < n; i++) out[i] = pieceSlope(src[i], a);
  } else {
    for (let i = 0; i < n; i++) out[i] = pieceSlope(src[i], s[i]);
  }
  return out;
}

/**
 * Fused backward pass of {@link rrelu}: dx[i] = dy[i]·rrelu′(x[i]) (dy[i] itself for x[i] > 0,
 * the IEEE product dy[i]·slope for x[i] ≤ 0, ±0 included), with the inference slope
 * (lower + upper)/2, or, given `slopes`, the same per-element slopes as the forward pass; returns
 * `dx`. `dx` may alias `dy`, `x` or `slopes`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param lower - lower bound of the slopes (default 1/8; finite, 0 ≤ lower ≤ upper; −0 is taken as +0)
 * @param upper - upper bound of the slopes (default 1/3; finite; −0 is taken as +0)
 * @param slopes - optional per-element slopes (the ones the forward pass used; a −0 slope acts as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy, x or slopes is not a Float32Array
 * @throws {RangeError} if the lengths differ, unless 0 ≤ lower ≤ upper (finite), or if a slope lies outside [lower, upper] (NaN and ±Infinity always do)
 * @example
 * const slopes = Float32Array.of(0.25, 0.5);
 * rreluBackwardF32(new Float32Array(2), Float32Array.of(4, 4), Float32Array.of(-1, -1), 0, 0.5, slopes) //=> Float32Array [1, 2]
 * @category Rectifiers
 */
export function rreluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  lower = 1 / 8,
  upper = 1 / 3,
  slopes?: Readonly<Float32Array>,
): Float32Array {
  checkBackward(dx, dy, x);
  lower = nonNegativeParam('lower', lower);
  upper = nonNegativeParam('upper', upper);
  checkSlopeOrder(lower, upper);
  const s = checkSlopes(dx, x, slopes, lower, upper);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (s === null) {
    const a = meanSlope(lower, upper);
    for (let i = 0; i < n; i++) dx[i] = g[i] * pieceSlope(src[i], a);
  } else {
    for (let i = 0; i < n; i++) dx[i] = g[i] * pieceSlope(src[i], s[i]);
  }
  return dx;
}

/**
 * Fills `out` with pseudo-random slopes uniform in [lower, upper] for the training form of
 * {@link rreluF32}, deterministically from `seed`; returns `out`.
 *
 * Slope i is lower + (upper − lower)·uᵢ rounded to float32, with uᵢ = kᵢ/2³² and kᵢ the i-th
 * output of the mulberry32 generator started at `seed` (an integer state, no global random
 * source): the same seed gives the same slopes on every engine. Draw fresh slopes per training
 * step (e.g. seed = step number) and pass the same array to the forward and backward passes.
 * Unlike PyTorch, which draws a slope for every element but uses it only where x ≤ 0, the slopes
 * here do not depend on x.
 *
 * @param out - destination for the slopes (any length)
 * @param seed - an integer in [0, 2³² − 1]
 * @param lower - lower bound (default 1/8; finite, 0 ≤ lower ≤ upper; −0 is taken as +0)
 * @param upper - upper bound (default 1/3; finite, at most the largest float32 3.4028234663852886e38; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out is not a Float32Array, or seed, lower or upper is not a number
 * @throws {RangeError} if seed is not an integer in [0, 2³² − 1], unless 0 ≤ lower ≤ upper (finite),
 *   or if upper exceeds the largest float32 3.4028234663852886e38 (a slope stored as float32
 *   would round to Infinity; rejected rather than clamped, so every slope is a draw from [lower, upper])
 * @example
 * rreluSampleSlopes(new Float32Array(3), 42) //=> Float32Array [0.25022995471954346, 0.21839386224746704, 0.3025970458984375]
 * rreluSampleSlopes(new Float32Array(2), 7, 0.25, 0.25) //=> Float32Array [0.25, 0.25]
 * @category Rectifiers
 */
export function rreluSampleSlopes(out: Float32Array, seed: number, lower = 1 / 8, upper = 1 / 3): Float32Array {
  assertFloat32Array('out', out);
  if (typeof seed !== 'number') throw new TypeError(`seed must be an integer in [0, 4294967295], got ${describe(seed)}`);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${describe(seed)}`);
  }
  lower = nonNegativeParam('lower', lower);
  upper = nonNegativeParam('upper', upper);
  checkSlopeOrder(lower, upper);
  if (upper > FLOAT32_MAX) {
    throw new RangeError(
      `upper must be at most the largest float32 ${FLOAT32_MAX} (the slopes are stored as float32), got ${describe(upper)}`,
    );
  }
  const next = mulberry32(seed);
  const width = upper - lower;
  for (let i = 0, n = out.length; i < n; i++) out[i] = lower + width * (next() * 2.3283064365386963e-10);
  return out;
}
