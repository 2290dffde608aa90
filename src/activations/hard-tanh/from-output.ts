// hardTanh's backward pass from its output y (re-exported by hard-tanh.ts, documented there).
import { checkFromOutput } from '../../internal/from-output.js';
import { assertInput } from '../../internal/params.js';
import { hardTanhBackwardF32, hardTanhDerivative } from './hard-tanh.js';

/**
 * hardTanh′ as a function of the output y = hardTanh(x, minVal, maxVal): 1 for
 * minVal < y < maxVal, 0 elsewhere. y = minVal comes from every x ≤ minVal and y = maxVal from
 * every x ≥ maxVal, where hardTanh′ is 0 (at the kinks too), so this is hardTanh′(x) for every x
 * (PyTorch's `hardtanh_backward(grad, self, min_val, max_val)` masks min_val < self < max_val, which
 * gives the same on y as on x).
 *
 * @param y - the forward output hardTanh(x, minVal, maxVal)
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns 1 or 0; NaN for NaN
 * @throws {TypeError} if y, minVal or maxVal is not a number
 * @throws {RangeError} if minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanhDerivativeFromOutput(0.5) //=> 1
 * hardTanhDerivativeFromOutput(1) //=> 0
 * @category Rectifiers
 */
export function hardTanhDerivativeFromOutput(y: number, minVal = -1, maxVal = 1): number {
  assertInput(y, 'y');
  return hardTanhDerivative(y, minVal, maxVal);
}

/**
 * Fused backward pass of {@link hardTanh} from its output: dx[i] = dy[i]·[minVal < y[i] < maxVal],
 * with y the forward output hardTanh(x, minVal, maxVal); returns `dx`. `dx` may alias `dy` or `y`.
 * Exact, and bit for bit {@link hardTanhBackwardF32} on the x that produced y.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output hardTanh(x, minVal, maxVal)
 * @param minVal - lower bound (default −1; finite, ≤ maxVal; −0 is taken as +0)
 * @param maxVal - upper bound (default 1; finite, ≥ minVal; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ, or minVal or maxVal is not finite, or minVal > maxVal
 * @example
 * hardTanhBackwardFromOutputF32(new Float32Array(3), Float32Array.of(2, 2, 2), Float32Array.of(-1, 0, 1)) //=> Float32Array [0, 2, 0]
 * @category Rectifiers
 */
export function hardTanhBackwardFromOutputF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  minVal = -1,
  maxVal = 1,
): Float32Array {
  checkFromOutput(dx, dy, y);
  // hardTanh′ is the same function of y as of x on hardTanh's range
  return hardTanhBackwardF32(dx, dy, y, minVal, maxVal);
}
