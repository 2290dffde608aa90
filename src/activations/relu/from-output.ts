// relu's backward pass from its output y (re-exported by relu.ts, documented there).
import { checkFromOutput } from '../../internal/from-output.js';
import { assertInput } from '../../internal/params.js';
import { reluBackwardF32 } from './relu.js';

/**
 * relu′ as a function of the output y = relu(x): 1 for y > 0, 0 for y ≤ 0, as PyTorch's autograd
 * computes it (`threshold_backward(grad, result, 0)`: result > 0). y = 0 comes from x = 0 and from
 * every x < 0 alike, so there is no `atZero`: relu′(0) is taken as the derivative for x < 0, 0,
 * which is {@link reluDerivative}'s default; with that default the two agree at every x (y > 0
 * exactly where x > 0).
 *
 * @param y - the forward output relu(x); any number (y < 0 counts as inactive)
 * @returns 1 or 0; NaN for NaN; 0 at y = ±0; 1 at +Infinity
 * @throws {TypeError} if y is not a number
 * @example
 * reluDerivativeFromOutput(2) //=> 1
 * reluDerivativeFromOutput(0) //=> 0
 * @category Rectifiers
 */
export function reluDerivativeFromOutput(y: number): number {
  assertInput(y, 'y');
  return y > 0 ? 1 : y === y ? 0 : y;
}

/**
 * Fused backward pass of {@link relu} from its output: dx[i] = dy[i]·[y[i] > 0] (an IEEE
 * product, as {@link reluBackwardF32}), with y the forward output relu(x); returns `dx`. `dx` may
 * alias `dy` or `y`. Exact, and bit for bit `reluBackwardF32(dx, dy, x)` (atZero = 0) on the x
 * that produced y; no `atZero`, since y = 0 cannot tell x = 0 from x < 0 (see
 * {@link reluDerivativeFromOutput}).
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output relu(x)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * reluBackwardFromOutputF32(new Float32Array(2), Float32Array.of(5, 5), Float32Array.of(0, 2)) //=> Float32Array [0, 5]
 * @category Rectifiers
 */
export function reluBackwardFromOutputF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>): Float32Array {
  checkFromOutput(dx, dy, y);
  // relu′ is the same function of y as of x on relu's range: the x-form kernel, read on y
  return reluBackwardF32(dx, dy, y);
}
