// The scalar forms of sShapedRelu (s-shaped-relu.ts re-exports them with the module's
// documentation and the array forms). Each takes its parameters in two shapes, four numbers
// after x or one object { tl, al, tr, ar }; core.ts's scalarParams checks either.
import { scalarParams, sShaped, sShapedSlope } from './core.js';

/**
 * The parameters of the scalar forms as one object (their other shape is four numbers after x):
 * the fields of {@link SShapedReluParameters}, numbers only. An object of this type also serves
 * the array forms.
 *
 * @category Piecewise learnable
 */
export interface SShapedReluScalarParameters {
  /** Left threshold: finite, ≤ tr. */
  readonly tl: number;
  /** Slope of the left piece (x ≤ tl): finite. */
  readonly al: number;
  /** Right threshold: finite, ≥ tl. */
  readonly tr: number;
  /** Slope of the right piece (x ≥ tr): finite. */
  readonly ar: number;
}

/**
 * S-shaped rectified linear unit (Jin et al., "Deep Learning with S-shaped Rectified Linear
 * Activation Units", AAAI 2016): tr + ar·(x − tr) for x ≥ tr, x for tl < x < tr,
 * tl + al·(x − tl) for x ≤ tl. Continuous; convex or not depending on al and ar. Named
 * `sShapedRelu` so that it is not confused with {@link shiftedRelu!shiftedRelu} (max(x, −a)),
 * which the ELU literature also calls SReLU.
 *
 * No defaults: the paper initialises by "freezing", holding the unit at a leaky ReLU (tl = 0,
 * ar = 1, al a small slope) for the first epochs and learning all four parameters afterwards,
 * so tr has no data-independent starting value; keras-contrib's `SReLU` layer draws tl = 0,
 * al ~ U(0, 1), tr = tl + |t|, t ~ U(0, 5), ar = 1. With al = ar = 1 it is the identity; with
 * tl = tr = 0, al = 0, ar = 1 it is relu; with tl = 0, al = a, ar = 1 it is leakyRelu(x, a) for
 * every x (up to the sign of a zero).
 *
 * Accurate to an ulp everywhere, also where an outer piece cancels (tl > 0 with
 * al·(x − tl) ≈ −tl, or a negative slope): the rounding errors of x − t, a·(x − t) and the sum
 * are carried exactly, and the rare remaining cases are evaluated exactly in integers. (The
 * third example is exactly −2.5·(0.2 − 1/5), 0.2 being the double nearest 1/5; the plain
 * 0.5 + 0.2·(−2 − 0.5) gives 0.)
 *
 * Two parameter shapes, for this function, {@link sShapedReluDerivative} and
 * {@link sShapedReluParameterDerivatives} alike: four numbers after x, `(x, tl, al, tr, ar)`, or
 * one object `(x, { tl, al, tr, ar })` of numbers, the shape of the array forms' `params` (see
 * {@link SShapedReluScalarParameters}); both check and compute the same way.
 *
 * @param x - input
 * @param tl - left threshold (finite, ≤ tr; −0 is taken as +0)
 * @param al - slope for x ≤ tl (finite; −0 is taken as +0)
 * @param tr - right threshold (finite, ≥ tl; −0 is taken as +0)
 * @param ar - slope for x ≥ tr (finite; −0 is taken as +0)
 * @returns the activation; NaN for NaN; x itself between the thresholds (−0 stays −0); +0 where
 *   an outer piece is exactly 0; at +Infinity the limit +∞·sign(ar) (tr for ar = 0), at −Infinity
 *   −∞·sign(al) (tl for al = 0)
 * @throws {TypeError} if an argument is not a number (or is missing)
 * @throws {RangeError} if a parameter is not finite or tl > tr
 * @example
 * sShapedRelu(4, -1, 0.2, 2, 0.5) //=> 3
 * sShapedRelu(-6, -1, 0.2, 2, 0.5) //=> -2
 * sShapedRelu(-2, 0.5, 0.2, 2, 1) //=> -2.7755575615628914e-17
 * @category Piecewise learnable
 */
export function sShapedRelu(x: number, tl: number, al: number, tr: number, ar: number): number;
/**
 * {@link sShapedRelu} with its parameters as one object `{ tl, al, tr, ar }` of numbers: the
 * shape the array forms take (there a field may also be a per-channel Float32Array), so one
 * parameter object serves every form. Same results as the positional shape.
 *
 * @param x - input
 * @param params - `{ tl, al, tr, ar }`, each a finite number, tl ≤ tr (−0 is taken as +0)
 * @returns the activation, as {@link sShapedRelu}(x, tl, al, tr, ar)
 * @throws {TypeError} if x is not a number, or a field of params is missing or not a number
 *   (the message names it: `params.tr must be a number, got undefined (missing)`)
 * @throws {RangeError} if a field is not finite or tl > tr
 * @example
 * sShapedRelu(4, { tl: -1, al: 0.2, tr: 2, ar: 0.5 }) //=> 3
 * sShapedRelu(-6, { tl: -1, al: 0.2, tr: 2, ar: 0.5 }) //=> -2
 * @category Piecewise learnable
 */
export function sShapedRelu(x: number, params: SShapedReluScalarParameters): number;
export function sShapedRelu(x: number, tl: number | SShapedReluScalarParameters, al?: number, tr?: number, ar?: number): number {
  const p = scalarParams(x, tl, al, tr, ar);
  return sShaped(x, p[0], p[1], p[2], p[3]);
}

/**
 * Derivative of {@link sShapedRelu} w.r.t. x: ar for x ≥ tr, 1 for tl < x < tr, al for x ≤ tl.
 * At the kinks the outer piece's slope (ar at x = tr, al at x = tl, ar when tl = tr), as the
 * paper's closed outer intervals and PyTorch's hardtanh give.
 *
 * @param x - input
 * @param tl - left threshold (finite, ≤ tr; −0 is taken as +0)
 * @param al - slope for x ≤ tl (finite; −0 is taken as +0)
 * @param tr - right threshold (finite, ≥ tl; −0 is taken as +0)
 * @param ar - slope for x ≥ tr (finite; −0 is taken as +0)
 * @returns ar, 1 or al; NaN for NaN; ar at +Infinity, al at −Infinity
 * @throws {TypeError} if an argument is not a number (or is missing)
 * @throws {RangeError} if a parameter is not finite or tl > tr
 * @example
 * sShapedReluDerivative(2, -1, 0.2, 2, 0.5) //=> 0.5
 * sShapedReluDerivative(0, -1, 0.2, 2, 0.5) //=> 1
 * @category Piecewise learnable
 */
export function sShapedReluDerivative(x: number, tl: number, al: number, tr: number, ar: number): number;
/**
 * {@link sShapedReluDerivative} with its parameters as one object `{ tl, al, tr, ar }` of numbers
 * (the array forms' shape; see {@link sShapedRelu}). Same results as the positional shape.
 *
 * @param x - input
 * @param params - `{ tl, al, tr, ar }`, each a finite number, tl ≤ tr (−0 is taken as +0)
 * @returns ar, 1 or al, as {@link sShapedReluDerivative}(x, tl, al, tr, ar)
 * @throws {TypeError} if x is not a number, or a field of params is missing or not a number
 * @throws {RangeError} if a field is not finite or tl > tr
 * @example
 * sShapedReluDerivative(-3, { tl: -1, al: 0.2, tr: 2, ar: 0.5 }) //=> 0.2
 * @category Piecewise learnable
 */
export function sShapedReluDerivative(x: number, params: SShapedReluScalarParameters): number;
export function sShapedReluDerivative(x: number, tl: number | SShapedReluScalarParameters, al?: number, tr?: number, ar?: number): number {
  const p = scalarParams(x, tl, al, tr, ar);
  return sShapedSlope(x, p[0], p[1], p[2], p[3]);
}

/**
 * The partial derivatives of {@link sShapedRelu} w.r.t. its parameters, in the order
 * `[∂f/∂tl, ∂f/∂al, ∂f/∂tr, ∂f/∂ar]`: `[0, 0, 1 − ar, x − tr]` for x ≥ tr,
 * `[1 − al, x − tl, 0, 0]` for x ≤ tl, zeros between (the pieces as in
 * {@link sShapedReluDerivative}); each a single correctly rounded operation. For a layer's
 * gradients over many elements use {@link sShapedReluBackwardF32} with `paramGrads`.
 *
 * @param x - input
 * @param tl - left threshold (finite, ≤ tr; −0 is taken as +0)
 * @param al - slope for x ≤ tl (finite; −0 is taken as +0)
 * @param tr - right threshold (finite, ≥ tl; −0 is taken as +0)
 * @param ar - slope for x ≥ tr (finite; −0 is taken as +0)
 * @returns a new array `[∂f/∂tl, ∂f/∂al, ∂f/∂tr, ∂f/∂ar]`; four NaN for NaN; ∂f/∂ar = +Infinity at
 *   x = +Infinity and ∂f/∂al = −Infinity at x = −Infinity
 * @throws {TypeError} if an argument is not a number (or is missing)
 * @throws {RangeError} if a parameter is not finite or tl > tr
 * @example
 * sShapedReluParameterDerivatives(4, -1, 0.2, 2, 0.5) //=> [0, 0, 0.5, 2]
 * sShapedReluParameterDerivatives(-3, -1, 0.2, 2, 0.5) //=> [0.8, -2, 0, 0]
 * @category Piecewise learnable
 */
export function sShapedReluParameterDerivatives(
  x: number,
  tl: number,
  al: number,
  tr: number,
  ar: number,
): [number, number, number, number];
/**
 * {@link sShapedReluParameterDerivatives} with the parameters as one object `{ tl, al, tr, ar }`
 * of numbers (the array forms' shape; see {@link sShapedRelu}). Same results as the positional shape.
 *
 * @param x - input
 * @param params - `{ tl, al, tr, ar }`, each a finite number, tl ≤ tr (−0 is taken as +0)
 * @returns a new array `[∂f/∂tl, ∂f/∂al, ∂f/∂tr, ∂f/∂ar]`, as the positional shape
 * @throws {TypeError} if x is not a number, or a field of params is missing or not a number
 * @throws {RangeError} if a field is not finite or tl > tr
 * @example
 * sShapedReluParameterDerivatives(4, { tl: -1, al: 0.2, tr: 2, ar: 0.5 }) //=> [0, 0, 0.5, 2]
 * @category Piecewise learnable
 */
export function sShapedReluParameterDerivatives(x: number, params: SShapedReluScalarParameters): [number, number, number, number];
export function sShapedReluParameterDerivatives(
  x: number,
  tl: number | SShapedReluScalarParameters,
  al?: number,
  tr?: number,
  ar?: number,
): [number, number, number, number] {
  const [l, a, r, b] = scalarParams(x, tl, al, tr, ar);
  if (x >= r) return [0, 0, 1 - b, x - r];
  if (x <= l) return [1 - a, x - l, 0, 0];
  return x === x ? [0, 0, 0, 0] : [x, x, x, x];
}
