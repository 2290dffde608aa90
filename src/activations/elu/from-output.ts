// elu's backward pass from its output y (re-exported by elu.ts, documented there).
import { copyIfPartialOverlap } from '../../internal/check.js';
import { checkFromOutput, expLinearBackwardFromOutput, expLinearSlopeFromOutput } from '../../internal/from-output.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';

/**
 * elu′ as a function of the output y = elu(x, alpha): 1 for y > 0, y + alpha for y ≤ 0 (there
 * y = alpha·(eˣ − 1), so alpha·eˣ = y + alpha); y > 0 exactly where x > 0, and y = 0 comes from
 * x = 0 only, where elu′(0) = alpha, so this is elu′(x) for every x. PyTorch's
 * `elu_backward(…, is_result = true, result)` (its in-place `elu_`).
 *
 * Within 2 ulp of the exact value for the y given: y + alpha is one rounding of two exact
 * numbers, also where it cancels (y next to −alpha). What y lost is lost: where alpha·eˣ is below
 * half an ulp of alpha, y rounds to −alpha and the result is 0.
 *
 * @param y - the forward output elu(x, alpha)
 * @param alpha - default 1; finite and ≥ 0; −0 is taken as +0
 * @returns 1 or y + alpha; NaN for NaN; alpha at y = ±0; 1 at +Infinity
 * @throws {TypeError} if y or alpha is not a number
 * @throws {RangeError} if alpha is negative or not finite
 * @example
 * eluDerivativeFromOutput(2) //=> 1
 * eluDerivativeFromOutput(-0.5) //=> 0.5
 * @category Exponential linear
 */
export function eluDerivativeFromOutput(y: number, alpha = 1): number {
  assertInput(y, 'y');
  alpha = nonNegativeParam('alpha', alpha);
  return expLinearSlopeFromOutput(y, 1, alpha, 0, 1);
}

/**
 * Fused backward pass of {@link elu} from its output: dx[i] = dy[i]·(y[i] > 0 ? 1 : y[i] + alpha),
 * with y the forward output elu(x, alpha); returns `dx`. `dx` may alias `dy` or `y`.
 *
 * Within 1 float32 ulp of the exact value for the y given. Against {@link eluBackwardF32} on the
 * x that produced y (y = eluF32(x, alpha)): equal for x > 0; for x ≤ 0, y's rounding moves
 * y + alpha = alpha·eˣ by up to half an ulp of y, which is many ulp of alpha·eˣ once it is
 * small (x = −10: about 2¹³ ulp; y = −alpha and the result 0 from x ≈ −17) — see
 * docs/numerics.md, "Backward from the output".
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output elu(x, alpha)
 * @param alpha - default 1; finite and ≥ 0; −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is negative or not finite
 * @example
 * eluBackwardFromOutputF32(new Float32Array(2), Float32Array.of(3, 3), Float32Array.of(-0.5, 2)) //=> Float32Array [1.5, 3]
 * @category Exponential linear
 */
export function eluBackwardFromOutputF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>, alpha = 1): Float32Array {
  checkFromOutput(dx, dy, y);
  alpha = nonNegativeParam('alpha', alpha);
  return expLinearBackwardFromOutput(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, y), 1, alpha, 0, 1);
}
