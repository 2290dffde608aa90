/**
 * ReLU, the rectified linear unit: cheap, sparse (exact zeros for x ≤ 0) and the default hidden activation.
 *
 * ![relu and relu′, −4 ≤ x ≤ 4](../../../docs/plots/relu.svg)
 *
 * **Formula**
 *
 * ```text
 * relu(x) = max(x, 0)
 * relu′(x) = 1 for x > 0, 0 for x < 0, atZero at x = 0
 * ```
 *
 * **Parameters**: `atZero` (derivative only): the subgradient chosen at the kink, in [0, 1], default 0.
 *
 * **Special values**: NaN → NaN; relu(−0) = +0 (PyTorch: −0); relu(−∞) = +0; relu(+∞) = +∞.
 *
 * **Derivative at the kink**: relu′(0) = atZero = 0, as in PyTorch, JAX and TF.js.
 *
 * Five forms: `relu(x)`, `reluDerivative(x, atZero = 0)`, `reluF32(out, x)`, `reluDerivativeF32(out, x, atZero = 0)` and `reluBackwardF32(dx, dy, x, atZero = 0)` (out-first; `out` may be `x`). Import from `rectified/relu` or `rectified`.
 *
 * From the forward output y instead of x: `reluDerivativeFromOutput(y)` and `reluBackwardFromOutputF32(dx, dy, y)` (PyTorch's autograd keeps y for some of these; see docs/numerics.md, "Backward from the output", for where y's rounding makes them differ from the forms in x).
 *
 * @module relu
 * @category Rectifiers
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput, paramInInterval } from '../../internal/params.js';
import { positivePart } from '../../internal/rectify.js';

/** relu′ for the kernels, branch-free: 1 for x > 0, atZero at ±0, 0 below, NaN for NaN. */
function reluSlope32(x: number, atZero: number): number {
  return x === x ? +(x > 0) + +(x === 0) * atZero : x;
}

/**
 * relu′ when atZero is 0 or 1, with one compare: +(x ≥ t) for t = 5e−324 (the least positive
 * double, so x ≥ t is x > 0) or t = 0 (x ≥ 0, true at −0 too): one compare fewer per element
 * than reluSlope32.
 */
function stepSlope32(x: number, t: number): number {
  return x === x ? +(x >= t) : x;
}

/**
 * Rectified linear unit: relu(x) = max(x, 0).
 *
 * Signed zero: relu(−0) is +0 (PyTorch returns −0; a rectifier's output is never negative,
 * and `Object.is(relu(-0), 0)` lets users test for inactive units with `=== 0` or `Object.is`).
 *
 * @param x - input
 * @returns max(x, 0); NaN for NaN; +0 for every x ≤ 0 including −0 and −Infinity; +Infinity for +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * relu(-2) //=> 0
 * relu(1.5) //=> 1.5
 * @category Rectifiers
 */
export function relu(x: number): number {
  assertInput(x);
  return x > 0 ? x : x === x ? 0 : x;
}

/**
 * Derivative of {@link relu}: 1 for x > 0, 0 for x < 0, and `atZero` at x = 0.
 *
 * Any value in [0, 1] is a valid subgradient at the kink; the default 0 matches PyTorch,
 * JAX and TF.js (see Bertoin et al., "Numerical influence of ReLU′(0) on backpropagation").
 *
 * @param x - input
 * @param atZero - the value returned at x = ±0 (default 0; must be in [0, 1]; −0 is taken as +0)
 * @returns 1, 0 or atZero; NaN for NaN (also NaN, not atZero, since NaN is not 0)
 * @throws {TypeError} if x or atZero is not a number
 * @throws {RangeError} if atZero is outside [0, 1]
 * @example
 * reluDerivative(3) //=> 1
 * reluDerivative(0) //=> 0
 * reluDerivative(0, 1) //=> 1
 * @category Rectifiers
 */
export function reluDerivative(x: number, atZero = 0): number {
  assertInput(x);
  atZero = paramInInterval('atZero', atZero, 0, 1);
  return x > 0 ? 1 : x < 0 ? 0 : x === 0 ? atZero : x;
}

/**
 * Elementwise {@link relu} of a Float32Array into `out`; returns `out`.
 *
 * `out` may be `x` (in place). Exact: every result is x[i] or 0.
 *
 * @param out - destination, same length as x
 * @param x - input (not modified unless it is `out`)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if out.length !== x.length
 * @example
 * reluF32(new Float32Array(3), Float32Array.of(-1, 0, 2)) //=> Float32Array [0, 0, 2]
 * @category Rectifiers
 */
export function reluF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  for (; i < n - 3; i += 4) {
    // four elements per iteration: see internal/rectify.ts
    out[i] = positivePart(src[i]);
    out[i + 1] = positivePart(src[i + 1]);
    out[i + 2] = positivePart(src[i + 2]);
    out[i + 3] = positivePart(src[i + 3]);
  }
  for (; i < n; i++) out[i] = positivePart(src[i]);
  return out;
}

/**
 * Elementwise {@link reluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param atZero - value at x = ±0 (default 0; in [0, 1]; −0 is taken as +0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or atZero is outside [0, 1]
 * @example
 * reluDerivativeF32(new Float32Array(3), Float32Array.of(-1, 0, 2)) //=> Float32Array [0, 0, 1]
 * @category Rectifiers
 */
export function reluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>, atZero = 0): Float32Array {
  checkUnary(out, x);
  atZero = paramInInterval('atZero', atZero, 0, 1);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  if (atZero === 0 || atZero === 1) {
    const t = atZero === 0 ? 5e-324 : 0;
    for (; i < n - 3; i += 4) {
      out[i] = stepSlope32(src[i], t);
      out[i + 1] = stepSlope32(src[i + 1], t);
      out[i + 2] = stepSlope32(src[i + 2], t);
      out[i + 3] = stepSlope32(src[i + 3], t);
    }
  }
  for (; i < n; i++) out[i] = reluSlope32(src[i], atZero);
  return out;
}

/**
 * Fused backward pass of {@link relu}: dx[i] = dy[i]·relu′(x[i]); returns `dx`.
 *
 * `dx` may alias `dy` or `x`. A plain IEEE product, as in JAX (and docs/design.md's dx = dy·f′(x)):
 * an inactive unit passes back dy·0, which is −0 for a negative dy and NaN for a NaN or
 * infinite dy; PyTorch's threshold_backward instead selects 0 there. (A selection costs a
 * mispredicted branch per element: 5–8 ns against ~1 ns.)
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient w.r.t. relu(x)
 * @param x - the forward input
 * @param atZero - relu′(0) (default 0; in [0, 1]; −0 is taken as +0)
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ or atZero is outside [0, 1]
 * @example
 * reluBackwardF32(new Float32Array(2), Float32Array.of(5, 5), Float32Array.of(-1, 2)) //=> Float32Array [0, 5]
 * @category Rectifiers
 */
export function reluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, atZero = 0): Float32Array {
  checkBackward(dx, dy, x);
  atZero = paramInInterval('atZero', atZero, 0, 1);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  if (atZero === 0 || atZero === 1) {
    const t = atZero === 0 ? 5e-324 : 0;
    // Four elements without the NaN tests: one test of their sum, before writing (dx may be x),
    // leaves a NaN to the tested loop below.
    for (; i < n - 3; i += 4) {
      const a = src[i],
        b = src[i + 1],
        c = src[i + 2],
        d = src[i + 3];
      const s = a + b + c + d;
      if (s !== s) break;
      dx[i] = g[i] * +(a >= t);
      dx[i + 1] = g[i + 1] * +(b >= t);
      dx[i + 2] = g[i + 2] * +(c >= t);
      dx[i + 3] = g[i + 3] * +(d >= t);
    }
  }
  for (; i < n; i++) dx[i] = g[i] * reluSlope32(src[i], atZero);
  return dx;
}

export { reluBackwardFromOutputF32, reluDerivativeFromOutput } from './from-output.js';
