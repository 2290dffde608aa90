// The backward passes that read the forward output y instead of the input x (…BackwardFromOutputF32,
// …DerivativeFromOutput), for the activations whose derivative is a single-valued function of y:
// the argument check, and the exponential-linear family's slope, which elu, selu and celu share.
//
// elu, selu and celu are y = pos·x for x > 0 and y = c·(e^{x/a} − 1) for x ≤ 0, so y > 0 exactly
// where x > 0, and for y ≤ 0 the derivative c·e^{x/a}/a is (y + c)/a. y and c are exact inputs
// (c a double, y a float32 or the scalar's double), so the rounded sum y + c has a relative error
// of 2⁻⁵³ even where it cancels (y next to −c, the far left tail), which 1 + y/a, whose quotient is
// rounded before the cancellation, would not have. c is carried as hi + lo, since selu's λα is no
// double: (y + hi) is exact by Sterbenz exactly where the sum cancels, and then lo adds its digits.
import { checkBackward } from './check.js';
import { nonPositivePart } from './rectify.js';

/** Checks dx, dy and y of a backward-from-output kernel, naming the third argument `y`. */
export function checkFromOutput(dx: unknown, dy: unknown, y: unknown): void {
  checkBackward(dx, dy, y, 'y');
}

/**
 * The exponential-linear family's derivative as a function of its output y: `pos` for y > 0,
 * (y + hi + lo)·invA for y ≤ 0 (−Infinity included, as the formula); NaN for NaN.
 */
export function expLinearSlopeFromOutput(y: number, pos: number, hi: number, lo: number, invA: number): number {
  return y > 0 ? pos : (y + hi + lo) * invA;
}

/**
 * dx[i] = dy[i]·{@link expLinearSlopeFromOutput}(y[i]), branch-free: h = [y > 0] selects pos or the
 * sum, which reads min(y, 0) (+Infinity clamped first, so the unused term is 0, not NaN). `g` and
 * `src` are dy and y after copyIfPartialOverlap.
 */
export function expLinearBackwardFromOutput(
  dx: Float32Array,
  g: Readonly<Float32Array>,
  src: Readonly<Float32Array>,
  pos: number,
  hi: number,
  lo: number,
  invA: number,
): Float32Array {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    const h = +(v > 0);
    dx[i] = g[i] * (h * pos + (1 - h) * ((nonPositivePart(v) + hi + lo) * invA));
  }
  return dx;
}
