// celu's backward pass from its output y (re-exported by celu.ts, documented there).
import { copyIfPartialOverlap } from '../../internal/check.js';
import { checkFromOutput, expLinearBackwardFromOutput, expLinearSlopeFromOutput } from '../../internal/from-output.js';
import { assertInput, positiveParam } from '../../internal/params.js';

/**
 * celu′ as a function of the output y = celu(x, alpha): 1 for y > 0, (y + alpha)/alpha for y ≤ 0
 * (there y = alpha·(e^{x/alpha} − 1), so e^{x/alpha} = 1 + y/alpha, formed as (y + alpha)/alpha,
 * which does not cancel); y > 0 exactly where x > 0, so this is celu′(x) for every x. PyTorch's
 * `elu_backward(…, 1/alpha, is_result = true, result)` (its in-place `celu_`).
 *
 * Within 2 ulp of the exact value for the y given. What y lost is lost: where e^{x/alpha} is below
 * half an ulp of 1, y rounds to −alpha and the result is 0.
 *
 * @param y - the forward output celu(x, alpha)
 * @param alpha - default 1; finite and > 0
 * @returns 1 or (y + alpha)/alpha; NaN for NaN; 1 at y = ±0 and at +Infinity
 * @throws {TypeError} if y or alpha is not a number
 * @throws {RangeError} if alpha is not finite and > 0
 * @example
 * celuDerivativeFromOutput(-0.5) //=> 0.5
 * celuDerivativeFromOutput(-1, 2) //=> 0.5
 * @category Exponential linear
 */
export function celuDerivativeFromOutput(y: number, alpha = 1): number {
  assertInput(y, 'y');
  alpha = positiveParam('alpha', alpha);
  return expLinearSlopeFromOutput(y, 1, alpha, 0, 1 / alpha);
}

/**
 * Fused backward pass of {@link celu} from its output: dx[i] = dy[i]·(y[i] > 0 ? 1 : (y[i] +
 * alpha)/alpha), with y the forward output celu(x, alpha); returns `dx`. `dx` may alias `dy` or `y`.
 *
 * Within 1 float32 ulp of the exact value for the y given. Against {@link celuBackwardF32} on the
 * x that produced y (y = celuF32(x, alpha)): equal for x > 0; for x ≤ 0 apart by up to half an
 * ulp of y relative to y + alpha, i.e. about e^{−x/alpha}/2 float32 ulp, with the result 0 once
 * y rounds to −alpha (x/alpha below ≈ −17) — see docs/numerics.md, "Backward from the output".
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output celu(x, alpha)
 * @param alpha - default 1; finite and > 0
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ or alpha is not finite and > 0
 * @example
 * celuBackwardFromOutputF32(new Float32Array(2), Float32Array.of(3, 3), Float32Array.of(-1, 2), 2) //=> Float32Array [1.5, 3]
 * @category Exponential linear
 */
export function celuBackwardFromOutputF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  alpha = 1,
): Float32Array {
  checkFromOutput(dx, dy, y);
  alpha = positiveParam('alpha', alpha);
  return expLinearBackwardFromOutput(dx, copyIfPartialOverlap(dx, dy), copyIfPartialOverlap(dx, y), 1, alpha, 0, 1 / alpha);
}
