// leakyRelu's backward pass from its output y (re-exported by leaky-relu.ts, documented there).
import { checkFromOutput } from '../../internal/from-output.js';
import { leakyDerivative } from '../../internal/leaky.js';
import { assertInput, nonNegativeParam } from '../../internal/params.js';
import { leakyReluBackwardF32 } from './leaky-relu.js';

/**
 * leakyRelu′ as a function of the output y = leakyRelu(x, negativeSlope): 1 for y > 0,
 * negativeSlope for y ≤ 0. With a slope ≥ 0, y > 0 exactly where x > 0, so this is leakyRelu′(x)
 * for every x (x = 0 included: y = 0, slope). A negative slope maps x < 0 to y > 0 as well, so it
 * is a RangeError here, as in PyTorch's in-place `leaky_relu_`, whose backward reads the result.
 *
 * @param y - the forward output leakyRelu(x, negativeSlope)
 * @param negativeSlope - default 0.01; finite and ≥ 0; −0 is taken as +0
 * @returns 1 or negativeSlope; NaN for NaN
 * @throws {TypeError} if y or negativeSlope is not a number
 * @throws {RangeError} if negativeSlope is negative or not finite
 * @example
 * leakyReluDerivativeFromOutput(2) //=> 1
 * leakyReluDerivativeFromOutput(-0.03, 0.2) //=> 0.2
 * @category Rectifiers
 */
export function leakyReluDerivativeFromOutput(y: number, negativeSlope = 0.01): number {
  assertInput(y, 'y');
  negativeSlope = nonNegativeParam('negativeSlope', negativeSlope);
  return leakyDerivative(y, negativeSlope);
}

/**
 * Fused backward pass of {@link leakyRelu} from its output: dx[i] = dy[i]·(y[i] > 0 ? 1 :
 * negativeSlope), with y the forward output leakyRelu(x, negativeSlope); returns `dx`. `dx` may
 * alias `dy` or `y`. Exact, and bit for bit {@link leakyReluBackwardF32} on the x that produced y.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output leakyRelu(x, negativeSlope)
 * @param negativeSlope - default 0.01; finite and ≥ 0 (a negative slope makes y ambiguous); −0 is taken as +0
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ or negativeSlope is negative or not finite
 * @example
 * leakyReluBackwardFromOutputF32(new Float32Array(2), Float32Array.of(5, 5), Float32Array.of(-0.5, 2), 0.25) //=> Float32Array [1.25, 5]
 * @category Rectifiers
 */
export function leakyReluBackwardFromOutputF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  negativeSlope = 0.01,
): Float32Array {
  checkFromOutput(dx, dy, y);
  // leakyRelu′ (slope ≥ 0) is the same function of y as of x on leakyRelu's range
  return leakyReluBackwardF32(dx, dy, y, nonNegativeParam('negativeSlope', negativeSlope));
}
