// selu's backward pass from its output y (re-exported by selu.ts, documented there).
import { copyIfPartialOverlap } from '../../internal/check.js';
import { checkFromOutput, expLinearBackwardFromOutput, expLinearSlopeFromOutput } from '../../internal/from-output.js';
import { assertInput } from '../../internal/params.js';

// λ, and λα as hi + lo: the double nearest the real product of the published constants and its
// remainder (decimal.js at 80 digits), so that y + λα keeps its digits where it cancels.
const LAMBDA = 1.0507009873554805;
const LAMBDA_ALPHA = 1.7580993408473768;
const LAMBDA_ALPHA_LO = 1.41535193800845e-17;

/**
 * selu′ as a function of the output y = selu(x): λ for y > 0, y + λα for y ≤ 0 (there
 * y = λα·(eˣ − 1), so λα·eˣ = y + λα); y > 0 exactly where x > 0, and y = 0 comes from x = 0
 * only, where selu′(0) = λα, so this is selu′(x) for every x. PyTorch's
 * `elu_backward(…, is_result = true, result)` with selu's constants.
 *
 * Within 2 ulp of the exact value for the y given (λα carried to 106 bits). What y lost is lost:
 * where λα·eˣ is below half an ulp of λα, y rounds to −λα and the result is 0.
 *
 * @param y - the forward output selu(x)
 * @returns λ or y + λα; NaN for NaN; λα at y = ±0; λ at +Infinity
 * @throws {TypeError} if y is not a number
 * @example
 * seluDerivativeFromOutput(1) //=> 1.0507009873554805
 * seluDerivativeFromOutput(0) //=> 1.7580993408473768
 * @category Exponential linear
 */
export function seluDerivativeFromOutput(y: number): number {
  assertInput(y, 'y');
  return expLinearSlopeFromOutput(y, LAMBDA, LAMBDA_ALPHA, LAMBDA_ALPHA_LO, 1);
}

/**
 * Fused backward pass of {@link selu} from its output: dx[i] = dy[i]·(y[i] > 0 ? λ : y[i] + λα),
 * with y the forward output selu(x); returns `dx`. `dx` may alias `dy` or `y`.
 *
 * Within 1 float32 ulp of the exact value for the y given. Against {@link seluBackwardF32} on the
 * x that produced y (y = seluF32(x)): equal for x > 0; for x ≤ 0 apart by up to half an ulp of y
 * relative to λα·eˣ, about e^{−x}/2 float32 ulp, with the result 0 once y rounds to −λα (x below
 * ≈ −17) — see docs/numerics.md, "Backward from the output".
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output selu(x)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * seluBackwardFromOutputF32(new Float32Array(2), Float32Array.of(1, 1), Float32Array.of(0, 1)) //=> Float32Array [1.7580993175506592, 1.0507010221481323]
 * @category Exponential linear
 */
export function seluBackwardFromOutputF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>): Float32Array {
  checkFromOutput(dx, dy, y);
  return expLinearBackwardFromOutput(
    dx,
    copyIfPartialOverlap(dx, dy),
    copyIfPartialOverlap(dx, y),
    1.0507009873554805,
    1.7580993408473768,
    1.41535193800845e-17,
    1,
  );
}
