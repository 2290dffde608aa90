/**
 * Snake (Liu, Ziyin & Ueda 2020, "Neural networks fail to learn periodic functions and how to fix it"): x + sin²(αx)/α, a monotone activation with a periodic part, per tensor or per channel (BigVGAN's `Snake`).
 *
 * ![snake and snake′, −4 ≤ x ≤ 4](../../../docs/plots/snake.svg)
 *
 * **Formula**
 *
 * ```text
 * snake(x) = x + sin²(αx)/α
 * snake′(x) = 1 + sin(2αx) = 2·sin²(αx + π/4)   (≥ 0, double zeros at αx = −π/4 + kπ)
 * ∂snake/∂α = x·sin(2αx)/α − sin²(αx)/α²
 * ```
 *
 * **Parameters**: `alpha`: finite and nonzero, default 1 (the paper's α > 0; a negative α, which training can reach, is the same formula: snake(x, −α) = x − sin²(αx)/α). The array forms take a number or a per-channel `Float32Array` with `innerSize` (as {@link prelu!preluF32}), optionally as logarithms (`logScale`, BigVGAN's `alpha_logscale`: α = exp(alpha)), and `snakeBackwardF32` can accumulate ∂loss/∂alpha.
 *
 * **Special values**: NaN → NaN; snake(±0) = ±0; snake(±∞) = ±∞; snake′(±∞) = NaN (sin has no limit); snake′(±0) = 1.
 *
 * **Accuracy**: the float64 forms are within 4 ulp of the exact function of the double inputs x and α at every magnitude: αx is taken exactly (a double-double) and reduced modulo π/2 with π to 165 bits while |αx| ≤ 2^24 and exactly in integers (4/π to 2304 bits) beyond, so snake′ keeps its relative accuracy next to its zeros and a large |αx| is not replaced by its rounding (whose sin² would be meaningless once one ulp of αx spans many periods). Where x < 0 the sum x + sin²(αx)/α cancels by at most a factor 6.3 (sin²(u)/|u| ≤ 0.7246), and sin² is carried in double-double so the sum still rounds once. The `Float32Array` kernels are within 1 float32 ulp: see {@link snakeF32}.
 *
 * Five forms: `snake(x, alpha = 1)`, `snakeDerivative(x, alpha = 1)`, `snakeF32(out, x, alpha = 1, innerSize = 1, logScale = false)`, `snakeDerivativeF32(out, x, alpha = 1, innerSize = 1, logScale = false)` and `snakeBackwardF32(dx, dy, x, alpha = 1, innerSize = 1, alphaGrad?, logScale = false)` (out-first; `out` may be `x`). Import from `rectified/snake` or `rectified`.
 *
 * @module snake
 * @category Periodic
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, nonZeroParam } from '../../internal/params.js';
import { checkGradient, plan } from './channels.js';
import { periodicSlope, periodicValue } from './core.js';
import { backwardLoop, forwardLoop, slopeLoop } from './kernels.js';

/**
 * Snake: x + sin²(αx)/α (Liu, Ziyin & Ueda 2020), the identity plus a periodic bump of height
 * 1/α and period π/α; snake(x) ≥ x for α > 0. BigVGAN and other neural vocoders use it with a
 * learned α per channel (see {@link snakeF32}).
 *
 * Within 4 ulp of the exact value for every finite x and α, including |αx| beyond 2^20 (the
 * product is reduced exactly, see the module notes); where x < 0 the two terms partly cancel
 * and the sin² term is carried in double-double.
 *
 * @param x - input
 * @param alpha - frequency α (default 1; finite and nonzero, negative allowed)
 * @returns the activation; NaN for NaN; ±0 for ±0; ±Infinity for ±Infinity
 * @throws {TypeError} if x or alpha is not a number
 * @throws {RangeError} if alpha is 0, NaN or infinite
 * @example
 * snake(1) //=> 1.7080734182735713
 * snake(-1, 0.5) //=> -0.5403023058681398
 * snake(Math.PI) //=> 3.141592653589793
 * @category Periodic
 */
export function snake(x: number, alpha = 1): number {
  assertInput(x);
  alpha = nonZeroParam('alpha', alpha);
  return periodicValue(x, alpha, alpha);
}

/**
 * Derivative of {@link snake} w.r.t. x: 1 + sin(2αx), evaluated as 2·sin²(αx + π/4), so that it
 * keeps full relative accuracy next to its double zeros at αx = −π/4 + kπ (where 1 + sin(2αx)
 * would cancel to 0 or to a few ulp of 1).
 *
 * @param x - input
 * @param alpha - frequency α (default 1; finite and nonzero)
 * @returns the slope, in [0, 2]; NaN for NaN and for ±Infinity (no limit)
 * @throws {TypeError} if x or alpha is not a number
 * @throws {RangeError} if alpha is 0, NaN or infinite
 * @example
 * snakeDerivative(0) //=> 1
 * snakeDerivative(-Math.PI / 4) //=> 1.874699728327322e-33
 * @category Periodic
 */
export function snakeDerivative(x: number, alpha = 1): number {
  assertInput(x);
  alpha = nonZeroParam('alpha', alpha);
  return periodicSlope(x, alpha, alpha);
}

/**
 * Elementwise {@link snake} into `out` with a scalar or per-channel α; returns `out`.
 *
 * With a Float32Array `alpha` of C channels, element i belongs to channel ⌊i / innerSize⌋ mod C,
 * so an NCL tensor (BigVGAN's `Snake(in_features)` on (batch, channels, time)) uses innerSize = L,
 * as {@link prelu!preluF32}. With `logScale` the alpha values are logarithms (BigVGAN's
 * `alpha_logscale=True`): α = exp(alpha). `out` may be `x`.
 *
 * Within 1 float32 ulp of the exact value: computed in float64 (sin² from a polynomial after a
 * two-piece reduction by π/2, without a `Math.sin` call) and rounded once. It takes sin² of the
 * rounded product αx, which is harmless here: sin²/α is below 2^−24·|x| wherever one ulp of αx
 * would show (|αx| > 2^26), and where x < 0 cancels it the amplification is at most 2.7.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - α (default 1): a number or one value per channel; finite and nonzero (any finite value under logScale, with exp(alpha) a positive finite double)
 * @param innerSize - elements per channel block (default 1; a positive integer; innerSize·alpha.length must divide x.length)
 * @param logScale - alpha holds log α (default false)
 * @returns out
 * @throws {TypeError} if out, x or an array alpha is not a Float32Array, innerSize is not a number or logScale not a boolean
 * @throws {RangeError} if the lengths differ, an alpha is out of its domain, or the sizes do not divide x.length
 * @example
 * snakeF32(new Float32Array(4), Float32Array.of(1, 1, 1, 1), Float32Array.of(1, 2), 2)
 * //=> Float32Array [1.708073377609253, 1.708073377609253, 1.4134109020233154, 1.4134109020233154]
 * @category Periodic
 */
export function snakeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  alpha: number | Readonly<Float32Array> = 1,
  innerSize = 1,
  logScale = false,
): Float32Array {
  checkUnary(out, x);
  const p = plan(out, x.length, alpha, null, innerSize, logScale);
  forwardLoop(out, copyIfPartialOverlap(out, x), p.table, p.block);
  return out;
}

/**
 * Elementwise {@link snakeDerivative} into `out`; returns `out`. Same alpha, innerSize and
 * logScale rules as {@link snakeF32}. Within 1 float32 ulp, also next to the zeros: αx is formed
 * exactly (α split in two halves) and αx + π/4 reduced by π/4 to 95 bits while |αx| ≤ 1024,
 * exactly as the float64 scalar beyond. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alpha - α (default 1): a number or one value per channel (see {@link snakeF32})
 * @param innerSize - elements per channel block (default 1)
 * @param logScale - alpha holds log α (default false)
 * @returns out
 * @throws {TypeError} if out, x or an array alpha is not a Float32Array, innerSize is not a number or logScale not a boolean
 * @throws {RangeError} if the lengths differ, an alpha is out of its domain, or the sizes do not divide x.length
 * @example
 * snakeDerivativeF32(new Float32Array(3), Float32Array.of(0, 1, -0.7853981852531433)) //=> Float32Array [1, 1.9092974662780762, 9.55342838461471e-16]
 * @category Periodic
 */
export function snakeDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  alpha: number | Readonly<Float32Array> = 1,
  innerSize = 1,
  logScale = false,
): Float32Array {
  checkUnary(out, x);
  const p = plan(out, x.length, alpha, null, innerSize, logScale);
  slopeLoop(out, copyIfPartialOverlap(out, x), p.table, p.block);
  return out;
}

/**
 * Fused backward pass of {@link snake}: dx[i] = dy[i]·snake′(x[i]), and, when `alphaGrad` is
 * given, the α gradient is **accumulated** into it (added to what it holds, as PyTorch
 * accumulates `.grad`; zero it first for a fresh gradient): alphaGrad[c] += Σ dy·∂snake/∂α over
 * the elements of channel c, ∂snake/∂α = x·sin(2αx)/α − sin²(αx)/α² (under logScale the
 * gradient w.r.t. log α, α·∂snake/∂α). Each channel's sums are formed in float64 and the
 * gradient rounded once. Returns `dx`.
 *
 * `dx` may alias `dy` or `x`; `alphaGrad` must not share memory with dx, dy or x.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param alpha - α (default 1): a number or one value per channel (see {@link snakeF32})
 * @param innerSize - elements per channel block (default 1)
 * @param alphaGrad - optional accumulator for ∂loss/∂alpha: length alpha.length (1 for a number)
 * @param logScale - alpha holds log α (default false)
 * @returns dx
 * @throws {TypeError} if an array argument is not a Float32Array, innerSize is not a number or logScale not a boolean
 * @throws {RangeError} if the lengths differ, an alpha is out of its domain, the sizes do not
 *   divide x.length, or alphaGrad has the wrong length or overlaps dx, dy or x
 * @example
 * const alphaGrad = new Float32Array(1);
 * snakeBackwardF32(new Float32Array(2), Float32Array.of(1, 1), Float32Array.of(1, -1), 1, 1, alphaGrad) //=> Float32Array [1.9092974662780762, 0.09070257097482681]
 * alphaGrad //=> Float32Array [0.40244802832603455]
 * @category Periodic
 */
export function snakeBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  alpha: number | Readonly<Float32Array> = 1,
  innerSize = 1,
  alphaGrad?: Float32Array,
  logScale = false,
): Float32Array {
  checkBackward(dx, dy, x);
  const p = plan(dx, x.length, alpha, null, innerSize, logScale);
  const grad = alphaGrad === undefined ? undefined : checkGradient('alphaGrad', alphaGrad, p.channels, dx, dy, x);
  const sums = grad === undefined ? null : new Float64Array(2 * p.channels);
  backwardLoop(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, x), p.table, p.block, sums);
  if (grad !== undefined && sums !== null) {
    for (let c = 0; c < p.channels; c++) {
      const inv = 1 / p.a[c];
      const dAlpha = sums[2 * c] * inv - sums[2 * c + 1] * inv * inv; // Σ dy·(x·sin 2αx/α − sin²αx/α²)
      grad[c] += logScale ? p.a[c] * dAlpha : dAlpha;
    }
  }
  return dx;
}
