// softplus's backward pass from its output y (re-exported by softplus.ts, documented there).
import { copyIfPartialOverlap } from '../../internal/check.js';
import { fastExpMinusOne32, fastExpMinusOneInRange32 } from '../../internal/fast-exp32.js';
import { checkFromOutput } from '../../internal/from-output.js';
import { assertInput, notNaNParam, positiveParam } from '../../internal/params.js';

/**
 * 1 − e^{−z} for z = βy, 1 above the threshold; below −709.78 (y < 0, no output of softplus) the
 * float64 scalar's expm1 overflows, and so does this, where the clamped table exponential would not.
 */
function slopeFromOutput32(z: number, threshold: number): number {
  return z > threshold ? 1 : z < -709.782712893384 ? -Infinity : -fastExpMinusOne32(-z);
}

/**
 * softplus′ as a function of the output y = softplus(x, beta): σ(βx) = 1 − e^{−βy}, computed as
 * −expm1(−βy), which keeps its digits for small βy (the left tail, where σ(βx) ≈ βy) and is 1 for
 * βy > threshold, as the linear region above the threshold. (PyTorch's `softplus_backward` takes
 * the input; this is the form a framework that keeps only y can use.)
 *
 * Within 2 ulp of the exact 1 − e^{−βy} of the y given. With a finite threshold, y between
 * threshold/β and softplus(threshold/β) can come from either side of the threshold: the result
 * is then 1 where softplus′ of an input just below the threshold is 1 − e^{−βy}, less than
 * e^{−threshold} apart (nothing in float32 for threshold ≥ 17.4, PyTorch's 20 included).
 *
 * @param y - the forward output softplus(x, beta, threshold)
 * @param beta - sharpness (default 1; finite and > 0)
 * @param threshold - 1 where beta·y > threshold (default Infinity; not NaN)
 * @returns −expm1(−beta·y) or 1; NaN for NaN; +0 at y = 0; 1 at +Infinity
 * @throws {TypeError} if y, beta or threshold is not a number
 * @throws {RangeError} if beta is not finite and > 0, or threshold is NaN
 * @example
 * softplusDerivativeFromOutput(Math.LN2) //=> 0.5
 * softplusDerivativeFromOutput(1e-20) //=> 1e-20
 * @category Softplus
 */
export function softplusDerivativeFromOutput(y: number, beta = 1, threshold = Infinity): number {
  assertInput(y, 'y');
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const z = beta * y;
  return z > threshold ? 1 : -Math.expm1(-z);
}

/**
 * Fused backward pass of {@link softplus} from its output: dx[i] = dy[i]·(1 − e^{−β·y[i]}), with
 * y the forward output softplus(x, beta, threshold); returns `dx`. `dx` may alias `dy` or `y`.
 *
 * Within 1 float32 ulp of the exact value for the y given, and within 1 ulp of
 * {@link softplusBackwardF32} on the x that produced y (y = softplusF32(x, beta)), measured at
 * beta = 1 over every 97th float32 of both signs: y's relative error reaches e^{−βy} = 1 − σ(βx) multiplied by
 * βy, and βy·e^{−βy} stays below an ulp of the result, so softplus loses nothing by keeping y —
 * see docs/numerics.md, "Backward from the output".
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param y - the forward output softplus(x, beta, threshold)
 * @param beta - sharpness (default 1; finite and > 0)
 * @param threshold - 1 where beta·y > threshold (default Infinity; not NaN)
 * @returns dx
 * @throws {TypeError} if dx, dy or y is not a Float32Array
 * @throws {RangeError} if the lengths differ, beta is not finite and > 0, or threshold is NaN
 * @example
 * softplusBackwardFromOutputF32(new Float32Array(1), Float32Array.of(3), Float32Array.of(Math.LN2)) //=> Float32Array [1.5]
 * @category Softplus
 */
export function softplusBackwardFromOutputF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  y: Readonly<Float32Array>,
  beta = 1,
  threshold = Infinity,
): Float32Array {
  checkFromOutput(dx, dy, y);
  beta = positiveParam('beta', beta);
  threshold = notNaNParam('threshold', threshold);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, y);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // a range-tested pair loop (docs/performance.md): |βy| < 400 for both, and neither above the
    // threshold (never true by default), then the exponential without its clamp
    for (; i < n - 1; i += 2) {
      const a = beta * src[i],
        b = beta * src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 400) || a > threshold || b > threshold) break;
      dx[i] = g[i] * -fastExpMinusOneInRange32(-a);
      dx[i + 1] = g[i + 1] * -fastExpMinusOneInRange32(-b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * slopeFromOutput32(beta * src[i], threshold);
  }
  if (i < n) dx[i] = g[i] * slopeFromOutput32(beta * src[i], threshold);
  return dx;
}
