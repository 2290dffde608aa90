/**
 * SnakeBeta (BigVGAN, Lee et al. 2023): x + sin²(αx)/β, snake with the frequency α and the magnitude 1/β learned separately, per tensor or per channel.
 *
 * ![snakeBeta and snakeBeta′ with α = 2, β = 0.5, −4 ≤ x ≤ 4](../../../docs/plots/snake-beta.svg)
 *
 * **Formula**
 *
 * ```text
 * snakeBeta(x) = x + sin²(αx)/β
 * snakeBeta′(x) = 1 + (α/β)·sin(2αx) = ((β − α) + α·2sin²(αx + π/4))/β
 * ∂/∂α = x·sin(2αx)/β,  ∂/∂β = −sin²(αx)/β²
 * ```
 *
 * **Parameters**: `alpha` (finite, default 1) and `beta` (finite and nonzero, default 1); snakeBeta(x, α, α) is {@link snake!snake}(x, α) bit for bit. The array forms take numbers or per-channel `Float32Array`s with `innerSize` (as {@link prelu!preluF32}), optionally as logarithms (`logScale`, BigVGAN's `alpha_logscale`: α = exp(alpha), β = exp(beta)), and `snakeBetaBackwardF32` can accumulate ∂loss/∂alpha and ∂loss/∂beta.
 *
 * **No epsilon**: BigVGAN computes x + 1/(β + 1e−9)·sin²(αx) in float32, where β + 1e−9 rounds back to β for every β ≥ 2^−5 (half a float32 ulp of β exceeds 1e−9 there); for a smaller β its 1/(β + 1e−9) differs from 1/β by a relative 1e−9/β at most. The epsilon only keeps β = 0 finite, which here is a RangeError (and impossible under logScale, where β = exp(beta) > 0).
 *
 * **Special values**: NaN → NaN; snakeBeta(±0) = ±0; snakeBeta(±∞) = ±∞; snakeBeta′(±∞) = NaN (no limit) unless α = 0.
 *
 * **Accuracy**: as {@link snake!snake}: the float64 forms within 4 ulp of the exact function of the double inputs at every magnitude of αx (the product is reduced exactly), with the sum x + sin²/β and the numerator (β − α) + α·2sin²(αx + π/4) carried in double-double, so the roots of f (x = −sin²(αx)/β) and of f′ (sin 2αx = −β/α) keep their relative accuracy; the kernels within 1 float32 ulp.
 *
 * Five forms: `snakeBeta(x, alpha = 1, beta = 1)`, `snakeBetaDerivative(x, alpha = 1, beta = 1)`, `snakeBetaF32(out, x, alpha = 1, beta = 1, innerSize = 1, logScale = false)`, `snakeBetaDerivativeF32(out, x, alpha = 1, beta = 1, innerSize = 1, logScale = false)` and `snakeBetaBackwardF32(dx, dy, x, alpha = 1, beta = 1, innerSize = 1, paramGrads?, logScale = false)` (out-first; `out` may be `x`). Import from `rectified/snakeBeta` (or its alias `rectified/snake-beta`) or `rectified`.
 *
 * @module snakeBeta
 * @category Periodic
 */
import { assertDisjoint, checkBackward, checkUnary, copyIfPartialOverlap, describe } from '../../internal/check.js';
import { assertInput, finiteParam, nonZeroParam } from '../../internal/params.js';
import { checkGradient, plan } from './channels.js';
import { periodicSlope, periodicValue } from './core.js';
import { backwardLoop, forwardLoop, slopeLoop } from './kernels.js';
import { wideSlope, wideValue } from './wide.js';

/**
 * Accumulators of {@link snakeBetaBackwardF32}: one Float32Array of C elements per parameter
 * (C = 1 when both parameters are numbers).
 *
 * @category Periodic
 */
export interface SnakeBetaGradients {
  /** Accumulates Σ dy·∂f/∂alpha per channel. */
  readonly alpha: Float32Array;
  /** Accumulates Σ dy·∂f/∂beta per channel. */
  readonly beta: Float32Array;
}

/**
 * SnakeBeta: x + sin²(αx)/β (BigVGAN's `SnakeBeta`), the periodic bump of {@link snake!snake}
 * with its own magnitude 1/β. Within 4 ulp of the exact value for every finite x, α and β.
 *
 * @param x - input
 * @param alpha - frequency α (default 1; finite)
 * @param beta - β, the bump's height is 1/β (default 1; finite and nonzero)
 * @returns the activation; NaN for NaN; ±0 for ±0; ±Infinity for ±Infinity
 * @throws {TypeError} if x, alpha or beta is not a number
 * @throws {RangeError} if alpha is not finite, or beta is 0 or not finite
 * @example
 * snakeBeta(1, 2, 0.5) //=> 2.653643620863612
 * snakeBeta(1, 1.5, 1.5) === snake(1, 1.5) //=> true
 * @category Periodic
 */
export function snakeBeta(x: number, alpha = 1, beta = 1): number {
  assertInput(x);
  alpha = finiteParam('alpha', alpha);
  beta = nonZeroParam('beta', beta);
  return periodicValue(x, alpha, beta, wideValue);
}

/**
 * Derivative of {@link snakeBeta} w.r.t. x: 1 + (α/β)·sin(2αx), as ((β − α) + α·2sin²(αx + π/4))/β
 * in double-double, so it keeps its relative accuracy at the double zeros of α = β and at the
 * simple roots where sin(2αx) = −β/α.
 *
 * @param x - input
 * @param alpha - frequency α (default 1; finite)
 * @param beta - β (default 1; finite and nonzero)
 * @returns the slope; NaN for NaN, and for ±Infinity unless alpha = 0
 * @throws {TypeError} if x, alpha or beta is not a number
 * @throws {RangeError} if alpha is not finite, or beta is 0 or not finite
 * @example
 * snakeBetaDerivative(0, 2, 0.5) //=> 1
 * snakeBetaDerivative(1, 2, 0.5) //=> -2.027209981231713
 * @category Periodic
 */
export function snakeBetaDerivative(x: number, alpha = 1, beta = 1): number {
  assertInput(x);
  alpha = finiteParam('alpha', alpha);
  beta = nonZeroParam('beta', beta);
  return periodicSlope(x, alpha, beta, wideSlope);
}

/**
 * Elementwise {@link snakeBeta} into `out` with scalar or per-channel α and β; returns `out`.
 * A Float32Array parameter has one value per channel C (both the same length when both are
 * arrays; a number applies to every channel); element i belongs to channel ⌊i / innerSize⌋ mod C,
 * so BigVGAN's (batch, channels, time) uses innerSize = time. With `logScale` the values are
 * logarithms (BigVGAN's `alpha_logscale=True`): α = exp(alpha), β = exp(beta). `out` may be `x`.
 * Within 1 float32 ulp (see {@link snake!snakeF32}).
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - α (default 1): a number or one value per channel; finite
 * @param beta - β (default 1): a number or one value per channel; finite and nonzero (under logScale any finite value with exp(beta) a positive finite double)
 * @param innerSize - elements per channel block (default 1; innerSize·C must divide x.length)
 * @param logScale - alpha and beta hold log α and log β (default false)
 * @returns out
 * @throws {TypeError} if out, x or an array parameter is not a Float32Array, innerSize is not a number or logScale not a boolean
 * @throws {RangeError} if the lengths differ, a parameter is out of its domain, the per-channel lengths differ, or the sizes do not divide x.length
 * @example
 * snakeBetaF32(new Float32Array(2), Float32Array.of(1, 1), 2, Float32Array.of(0.5, 1))
 * //=> Float32Array [2.6536436080932617, 1.8268218040466309]
 * @category Periodic
 */
export function snakeBetaF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  alpha: number | Readonly<Float32Array> = 1,
  beta: number | Readonly<Float32Array> = 1,
  innerSize = 1,
  logScale = false,
): Float32Array {
  checkUnary(out, x);
  const p = plan(out, x.length, alpha, beta, innerSize, logScale);
  forwardLoop(out, copyIfPartialOverlap(out, x), p.table, p.block);
  return out;
}

/**
 * Elementwise {@link snakeBetaDerivative} into `out`; returns `out`. Same parameter, innerSize
 * and logScale rules as {@link snakeBetaF32}; within 1 float32 ulp, also next to the zeros (see
 * {@link snake!snakeDerivativeF32}). `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - α (default 1): a number or one value per channel
 * @param beta - β (default 1): a number or one value per channel
 * @param innerSize - elements per channel block (default 1)
 * @param logScale - alpha and beta hold log α and log β (default false)
 * @returns out
 * @throws {TypeError} if out, x or an array parameter is not a Float32Array, innerSize is not a number or logScale not a boolean
 * @throws {RangeError} if the lengths differ, a parameter is out of its domain, the per-channel lengths differ, or the sizes do not divide x.length
 * @example
 * snakeBetaDerivativeF32(new Float32Array(2), Float32Array.of(0, 1), 2, 0.5) //=> Float32Array [1, -2.027209997177124]
 * @category Periodic
 */
export function snakeBetaDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  alpha: number | Readonly<Float32Array> = 1,
  beta: number | Readonly<Float32Array> = 1,
  innerSize = 1,
  logScale = false,
): Float32Array {
  checkUnary(out, x);
  const p = plan(out, x.length, alpha, beta, innerSize, logScale);
  slopeLoop(out, copyIfPartialOverlap(out, x), p.table, p.block);
  return out;
}

/**
 * Fused backward pass of {@link snakeBeta}: dx[i] = dy[i]·snakeBeta′(x[i]), and, when
 * `paramGrads` is given, the parameter gradients are **accumulated** into it (added to what it
 * holds, as PyTorch accumulates `.grad`; zero it first for a fresh gradient): per channel c,
 * alpha[c] += Σ dy·x·sin(2αx)/β and beta[c] += −Σ dy·sin²(αx)/β² (under logScale the gradients
 * w.r.t. log α and log β: α·∂f/∂α and β·∂f/∂β). Each channel's sums are formed in float64 and
 * each gradient rounded once. Returns `dx`.
 *
 * `dx` may alias `dy` or `x`; the paramGrads arrays must not share memory with dx, dy, x or each other.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param alpha - α (default 1): a number or one value per channel
 * @param beta - β (default 1): a number or one value per channel
 * @param innerSize - elements per channel block (default 1)
 * @param paramGrads - optional accumulators `{ alpha, beta }`, Float32Arrays of C elements (1 when both parameters are numbers)
 * @param logScale - alpha and beta hold log α and log β (default false)
 * @returns dx
 * @throws {TypeError} if an array argument is not a Float32Array, paramGrads is not an object, innerSize is not a number or logScale not a boolean
 * @throws {RangeError} if the lengths differ, a parameter is out of its domain, the sizes do not
 *   divide x.length, or a paramGrads array has the wrong length or overlaps another array
 * @example
 * const g = { alpha: new Float32Array(1), beta: new Float32Array(1) };
 * snakeBetaBackwardF32(new Float32Array(1), Float32Array.of(1), Float32Array.of(1), 2, 0.5, 1, g) //=> Float32Array [-2.027209997177124]
 * [g.alpha[0], g.beta[0]] //=> [-1.513604998588562, -3.3072872161865234]
 * @category Periodic
 */
export function snakeBetaBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  alpha: number | Readonly<Float32Array> = 1,
  beta: number | Readonly<Float32Array> = 1,
  innerSize = 1,
  paramGrads?: SnakeBetaGradients,
  logScale = false,
): Float32Array {
  checkBackward(dx, dy, x);
  const p = plan(dx, x.length, alpha, beta, innerSize, logScale);
  let ga: Float32Array | undefined;
  let gb: Float32Array | undefined;
  if (paramGrads !== undefined) {
    if (paramGrads === null || typeof paramGrads !== 'object') {
      throw new TypeError(`paramGrads must be an object { alpha, beta } of Float32Arrays, got ${describe(paramGrads)}`);
    }
    ga = checkGradient('paramGrads.alpha', paramGrads.alpha, p.channels, dx, dy, x);
    gb = checkGradient('paramGrads.beta', paramGrads.beta, p.channels, dx, dy, x);
    assertDisjoint('paramGrads.alpha', ga, 'paramGrads.beta', gb);
  }
  const sums = ga === undefined ? null : new Float64Array(2 * p.channels);
  backwardLoop(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, x), p.table, p.block, sums);
  if (ga !== undefined && gb !== undefined && sums !== null) {
    for (let c = 0; c < p.channels; c++) {
      const inv = 1 / p.b[c];
      const dAlpha = sums[2 * c] * inv; // Σ dy·x·sin(2αx)/β
      const dBeta = -sums[2 * c + 1] * inv * inv; // −Σ dy·sin²(αx)/β²
      ga[c] += logScale ? p.a[c] * dAlpha : dAlpha;
      gb[c] += logScale ? p.b[c] * dBeta : dBeta;
    }
  }
  return dx;
}
