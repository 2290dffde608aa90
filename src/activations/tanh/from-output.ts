// tanh's backward pass from its output y (re-exported by tanh.ts, documented there).
import { copyIfPartialOverlap } from '../../internal/check.js';
import { checkFromOutput } from '../../internal/from-output.js';
import { assertInput } from '../../internal/params.js';

/**
 * tanh′ as a function of the output y = tanh(x): 1 − y², computed as (1 − y)(1 + y), which does
 * not cancel next to |y| = 1 as 1 − y·y does (PyTorch's `tanh_backward(grad, result)`).
 *
 * Within 2 ulp of the exact 1 − y² of the y given. It is tanh′(x) only as far as y holds x: near
 * |y| = 1 the digits of 1 − |y| were lost when y was rounded, so the result drifts from
 * {@link tanhDerivative} as |x| grows (in float32 from |x| ≈ 0.5 on, by about e^{2|x|}/4 float32
 * ulp; |y| = 1 from |x| ≈ 9.0, where the result is 0 and tanh′(x) is 4e^{−2|x|}).
 *
 * @param y - the forward output tanh(x); any number (outside [−1, 1] the formula is evaluated as is)
 * @returns (1 − y)(1 + y); NaN for NaN; 1 at y = ±0; +0 at y = ±1
 * @throws {TypeError} if y is not a number
 * @example
 * tanhDerivativeFromOutput(0) //=> 1
 * tanhDerivativeFromOutput(0.5) //=> 0.75
 * @category Sigmoid
 */
export function tanhDerivativeFromOutput(y: number): number {
  assertInput(y, 'y');
  return (1 - y) * (1 + y);
}

/**
 * Fused backward pass of {@link tanh} from its output: dx[i] = dy[i]·(1 − y[i])(1 + y[i]), with y
 * the forward output tanh(x), as PyTorch's autograd computes it (it saves the result, not the
 * input); returns `dx`. `dx` may alias `dy` or `y`.
 *
 * Within 1 float32 ulp of the exact dy·(1 − y²) for the y given. Against {@link tanhBackwardF32}
 * on the x that produced y (y = tanhF32(x)): within a few ulp for |x| ≤ 0.5, then apart by about
 * e^{2|x|}/4 float32 ulp until |y| rounds to 1 at |x| ≈ 9.0 and the gradient to 0 — see
 * docs/numerics.md, "Backward from the output".
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output tanh(x)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * tanhBackwardFromOutputF32(new Float32Array(2), Float32Array.of(2, 2), Float32Array.of(0, 0.5)) //=> Float32Array [2, 1.5]
 * @category Sigmoid
 */
export function tanhBackwardFromOutputF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>): Float32Array {
  checkFromOutput(dx, dy, y);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, y);
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    dx[i] = g[i] * ((1 - v) * (1 + v));
  }
  return dx;
}
