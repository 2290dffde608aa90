// relu6's backward pass from its output y (re-exported by relu6.ts, documented there).
import { checkFromOutput } from '../../internal/from-output.js';
import { assertInput } from '../../internal/params.js';
import { relu6BackwardF32, relu6Derivative } from './relu6.js';

/**
 * relu6′ as a function of the output y = relu6(x): 1 for 0 < y < 6, 0 elsewhere. y = 0 comes from
 * every x ≤ 0 and y = 6 from every x ≥ 6, where relu6′ is 0 (at the kinks too), so this is
 * relu6′(x) for every x (PyTorch's `hardtanh_backward` masks 0 < v < 6, which gives the same on y as on x).
 *
 * @param y - the forward output relu6(x)
 * @returns 1 or 0; NaN for NaN
 * @throws {TypeError} if y is not a number
 * @example
 * relu6DerivativeFromOutput(3) //=> 1
 * relu6DerivativeFromOutput(6) //=> 0
 * @category Rectifiers
 */
export function relu6DerivativeFromOutput(y: number): number {
  assertInput(y, 'y');
  return relu6Derivative(y);
}

/**
 * Fused backward pass of {@link relu6} from its output: dx[i] = dy[i]·[0 < y[i] < 6], with y the
 * forward output relu6(x); returns `dx`. `dx` may alias `dy` or `y`. Exact, and bit for bit
 * {@link relu6BackwardF32} on the x that produced y.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output relu6(x)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * relu6BackwardFromOutputF32(new Float32Array(3), Float32Array.of(2, 2, 2), Float32Array.of(0, 3, 6)) //=> Float32Array [0, 2, 0]
 * @category Rectifiers
 */
export function relu6BackwardFromOutputF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>): Float32Array {
  checkFromOutput(dx, dy, y);
  // relu6′ is the same function of y as of x on relu6's range
  return relu6BackwardF32(dx, dy, y);
}
