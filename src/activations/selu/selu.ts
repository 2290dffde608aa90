/**
 * SELU, the scaled exponential linear unit: λ·elu(x, α) with the self-normalizing constants, which keep activations near zero mean and unit variance in deep fully connected nets.
 *
 * ![selu and selu′, −4 ≤ x ≤ 4](../../../docs/plots/selu.svg)
 *
 * **Formula**
 *
 * ```text
 * selu(x) = λ·x for x > 0, λα·(eˣ − 1) for x ≤ 0 (computed with expm1)
 * selu′(x) = λ for x > 0, λα·eˣ for x ≤ 0
 * α = 1.6732632423543772848170429916717, λ = 1.0507009873554804934193349852946
 * ```
 *
 * **Parameters**: None (the constants are fixed, as in PyTorch, JAX, Keras and TF.js, in float64; ONNX's `Selu` defaults to their float32 roundings 1.67326319217681884765625 and 1.05070102214813232421875, a relative difference of 3e−8).
 *
 * **Special values**: NaN → NaN; selu(±0) = ±0; selu(−∞) = −λα; selu(+∞) = +∞; selu(−1e−20) = −λα·1e−20 (exp(x) − 1 gives 0).
 *
 * **Derivative at the kink**: selu′(0) = λα = 1.7580993408473768 (PyTorch's convention; its float64 product λ·α gives 1.7580993408473766, one ulp lower; here λα is the correctly rounded real product).
 *
 * Five forms: `selu(x)`, `seluDerivative(x)`, `seluF32(out, x)`, `seluDerivativeF32(out, x)` and `seluBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/selu` or `rectified`.
 *
 * From the forward output y instead of x: `seluDerivativeFromOutput(y)` and `seluBackwardFromOutputF32(dx, dy, y)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module selu
 * @category Exponential linear
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { expTimes } from '../../internal/exp.js';
import { fastExp32, fastExpMinusOne32 } from '../../internal/fast-exp32.js';
import { clampNegInfinity } from '../../internal/float32.js';
import { assertInput } from '../../internal/params.js';
import { nonPositivePart } from '../../internal/rectify.js';

/** λ as a float64 (correctly rounded). */
const LAMBDA = 1.0507009873554805;
/** λα, the correctly rounded real product (the float64 product λ·α is 1.7580993408473766). */
const LAMBDA_ALPHA = 1.7580993408473768;

// Float32Array kernels, branch-free as elu's: λx·[x > 0] + λα·expm1(min(x, 0)) and
// λα·e^{min(x, 0)} + [x > 0]·(λ − λα), with the table exponentials (clamped at −400, where
// λα·e^{−400} is 0 in float32 even times a gradient of 3e38). −Infinity is clamped in the first
// product so that it is −0, not NaN. The kernels spell λ, λα and λ − λα = −0.7073983534918964
// out as literals (see internal/fast-exp.ts on bundlers and `const`).
function selu32(x: number): number {
  return 1.0507009873554805 * clampNegInfinity(x) * +(x > 0) + 1.7580993408473768 * fastExpMinusOne32(nonPositivePart(x));
}

function seluSlope32(x: number): number {
  return 1.7580993408473768 * fastExp32(nonPositivePart(x)) + +(x > 0) * -0.7073983534918964;
}

/**
 * Scaled exponential linear unit (Klambauer et al. 2017): λ·x for x > 0, λα·(eˣ − 1) for x ≤ 0,
 * with α ≈ 1.6733 and λ ≈ 1.0507 (the published constants to float64).
 *
 * Computed as λα·expm1(x) with λα correctly rounded, so tiny negative inputs keep all their
 * digits (PyTorch's and ONNX's `exp(x) − 1` gives 0 for x = −1e−20).
 *
 * @param x - input
 * @returns selu(x); NaN for NaN; +0 for +0 and −0 for −0; −λα ≈ −1.7581 at −Infinity; +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * selu(1) //=> 1.0507009873554805
 * selu(-1) //=> -1.1113307378125628
 * @category Exponential linear
 */
export function selu(x: number): number {
  assertInput(x);
  return x > 0 ? LAMBDA * x : LAMBDA_ALPHA * Math.expm1(x);
}

/**
 * Derivative of {@link selu}: λ for x > 0, λα·eˣ for x ≤ 0, so selu′(0) = λα =
 * 1.7580993408473768 (PyTorch's and JAX's convention). Where eˣ is subnormal (x < −708) the
 * product is formed without losing the digits of λα·eˣ.
 *
 * @param x - input
 * @returns λ or λα·eˣ; NaN for NaN; λα for ±0; +0 at −Infinity; λ at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * seluDerivative(0) //=> 1.7580993408473768
 * seluDerivative(2) //=> 1.0507009873554805
 * @category Exponential linear
 */
export function seluDerivative(x: number): number {
  assertInput(x);
  return x > 0 ? LAMBDA : expTimes(LAMBDA_ALPHA, x);
}

/**
 * Elementwise {@link selu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * seluF32(new Float32Array(2), Float32Array.of(-1, 1)) //=> Float32Array [-1.1113307476043701, 1.0507010221481323]
 * @category Exponential linear
 */
export function seluF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = selu32(src[i]);
  return out;
}

/**
 * Elementwise {@link seluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * seluDerivativeF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [1.7580993175506592, 1.0507010221481323]
 * @category Exponential linear
 */
export function seluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = seluSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link selu}: dx[i] = dy[i]·selu′(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * seluBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(1)) //=> Float32Array [2.1014020442962646]
 * @category Exponential linear
 */
export function seluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * seluSlope32(src[i]);
  return dx;
}

export { seluBackwardFromOutputF32, seluDerivativeFromOutput } from './from-output.js';
