// sigmoid's backward pass from its output y (re-exported by sigmoid.ts, documented there).
import { copyIfPartialOverlap } from '../../internal/check.js';
import { checkFromOutput } from '../../internal/from-output.js';
import { assertInput } from '../../internal/params.js';

/**
 * σ′ as a function of the output y = σ(x): y·(1 − y) (PyTorch's `sigmoid_backward(grad, result)`).
 *
 * Within 2 ulp of the exact y·(1 − y) of the y given (1 − y is exact for y ≥ 2⁻⁵³, one rounding
 * of the product). It is σ′(x) only as far as y holds x: near y = 1 the digits of 1 − y = σ(−x)
 * were lost when y was rounded, so the result drifts from {@link sigmoidDerivative} as x grows
 * (in float32 from x ≈ 1 on, by up to about e^{x}/2 float32 ulp; y = 1 from x ≈ 17.3, where the
 * result is 0 and σ′(x) is e^{−x}). Take the input x where the right tail matters.
 *
 * @param y - the forward output σ(x); any number (outside [0, 1] the formula is evaluated as is)
 * @returns y·(1 − y); NaN for NaN; 0.25 at y = 0.5; +0 at y = 0 and y = 1
 * @throws {TypeError} if y is not a number
 * @example
 * sigmoidDerivativeFromOutput(0.5) //=> 0.25
 * sigmoidDerivativeFromOutput(0.25) //=> 0.1875
 * @category Sigmoid
 */
export function sigmoidDerivativeFromOutput(y: number): number {
  assertInput(y, 'y');
  return y * (1 - y);
}

/**
 * Fused backward pass of {@link sigmoid} from its output: dx[i] = dy[i]·y[i]·(1 − y[i]), with y
 * the forward output σ(x), as PyTorch's autograd computes it (it saves the result, not the input);
 * returns `dx`. `dx` may alias `dy` or `y`.
 *
 * Within 1 float32 ulp of the exact dy·y·(1 − y) for the y given. Against
 * {@link sigmoidBackwardF32} on the x that produced y (y = sigmoidF32(x)): equal within 1 ulp for
 * x < 1, then apart by up to about e^{x}/2 float32 ulp (1 − y keeps up to 2⁻²⁵/σ(−x) of
 * relative error) until y rounds to 1 at x ≈ 17.3 and the gradient to 0 — see
 * docs/numerics.md, "Backward from the output".
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output σ(x)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * sigmoidBackwardFromOutputF32(new Float32Array(2), Float32Array.of(2, 2), Float32Array.of(0.5, 0.25)) //=> Float32Array [0.5, 0.375]
 * @category Sigmoid
 */
export function sigmoidBackwardFromOutputF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>): Float32Array {
  checkFromOutput(dx, dy, y);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, y);
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    dx[i] = g[i] * (v * (1 - v));
  }
  return dx;
}
