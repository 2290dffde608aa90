/**
 * xIELU: a quadratic positive branch and an ELU-like negative branch whose slope, from αn − β
 * far out, can be negative, derived by integrating a chosen derivative (Huang & Schlag 2025,
 * "Deriving Activation Functions Using Integration"); the activation of the Apertus language
 * models. Its parameters are learnable; the defaults are the Hugging Face transformers
 * `XIELUActivation`'s initial values (`alpha_p_init=0.8, alpha_n_init=0.8, beta=0.5, eps=-1e-6`).
 *
 * ![xielu and xielu′, −4 ≤ x ≤ 4](../../../docs/plots/xielu.svg)
 *
 * **Formula** (m = min(x, eps))
 *
 * ```text
 * xielu(x) = alphaP·x² + beta·x                        for x > 0
 *            alphaN·(expm1(m) − x) + beta·x             for x ≤ 0
 * xielu′(x) = 2·alphaP·x + beta                         for x > 0
 *             alphaN·(eˣ − 1) + beta                    for x < eps
 *             beta − alphaN                             for eps ≤ x ≤ 0
 * ∂/∂alphaP = x² (x > 0),  ∂/∂alphaN = expm1(m) − x (x ≤ 0),  ∂/∂beta = x
 * ```
 *
 * **Parameters**: the effective values, not a checkpoint's raw ones. `alphaP` (default 0.8),
 * `alphaN` (default 0.8), `beta` (default 0.5): finite; `eps` (default −1e-6): finite and ≤ 0;
 * −0 taken as +0. Hugging Face stores `alpha_p` and `alpha_n` through a softplus: the values to
 * pass are alphaP = softplus(alpha_p) and alphaN = beta + softplus(alpha_n) (with this
 * package's {@link softplus!softplus}), and their gradients are ∂/∂alpha_p = ∂/∂alphaP·σ(alpha_p),
 * ∂/∂alpha_n = ∂/∂alphaN·σ(alpha_n). So alphaP > 0 and alphaN > beta in a trained model, where
 * xielu′ has its zero at ln(1 − beta/alphaN) and xielu one further left (both evaluated to full
 * relative accuracy, see Numerics).
 *
 * **Special values**: NaN → NaN; xielu(±0) = alphaN·expm1(eps) (≈ −8e−7: the negative branch,
 * whose eps leaves a jump of that size at 0; +0 for eps = 0); xielu(+∞) = ±∞ by the sign of
 * alphaP (of beta if alphaP = 0); xielu(−∞) = +∞ for alphaN > beta, −∞ for alphaN < beta, −alphaN
 * for alphaN = beta; xielu′(−∞) = beta − alphaN. At x = eps, where min(x, eps) has a kink, xielu′
 * takes the right-hand slope beta − alphaN, and at 0 the left branch's.
 *
 * Five forms: `xielu(x, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6)`, `xieluDerivative(x, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6)`, `xieluF32(out, x, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6)`, `xieluDerivativeF32(out, x, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6)` and `xieluBackwardF32(dx, dy, x, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6, paramGrads?)` (out-first; `out` may be `x`). Import from `rectified/xielu` or `rectified`.
 *
 * @module xielu
 * @category Exponential linear
 */
import { checkBackward, checkParamGrads, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { assertInput } from '../../internal/params.js';
import { xieluParams, xieluScalarParams } from './checks.js';
import { xieluSlope, xieluValue } from './core.js';
import { FALLBACK_TOLERANCE, fastSlope, fastValue, partialAlphaN, slopeAt } from './kernel.js';

/**
 * xIELU (Huang & Schlag 2025): alphaP·x² + beta·x for x > 0, alphaN·(expm1(min(x, eps)) − x) +
 * beta·x for x ≤ 0, within 4 ulp, also next to its zero (double-double, and an exact
 * evaluation with a 230-bit exponential where even that cancels).
 *
 * @param x - input
 * @param alphaP - the positive branch's curvature (default 0.8; finite)
 * @param alphaN - the negative branch's scale (default 0.8; finite)
 * @param beta - the linear term (default 0.5; finite)
 * @param eps - the clamp of the exponential's argument (default −1e-6; finite, ≤ 0)
 * @returns the activation; NaN for NaN; see the module's special values
 * @throws {TypeError} if x or a parameter is not a number
 * @throws {RangeError} if a parameter is not finite, or eps > 0
 * @example
 * xielu(2) //=> 4.2
 * xielu(-1) //=> -0.20569644706284612
 * xielu(0) //=> -7.999996000001333e-7
 * // from a Hugging Face checkpoint's raw alpha_p = 0.3, alpha_n = -0.4 (beta 0.5):
 * xielu(-1, softplus(0.3), 0.5 + softplus(-0.4)) //=> -0.1273325150489578
 * @category Exponential linear
 */
export function xielu(x: number, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6): number {
  assertInput(x);
  const p = xieluScalarParams(alphaP, alphaN, beta, eps);
  return xieluValue(x, p[0], p[1], p[2], p[3]);
}

/**
 * Derivative of {@link xielu} w.r.t. x: 2·alphaP·x + beta for x > 0, alphaN·(eˣ − 1) + beta
 * for x < eps, beta − alphaN for eps ≤ x ≤ 0; within 4 ulp, also next to its zero at
 * ln(1 − beta/alphaN). The parameter derivatives are x², expm1(min(x, eps)) − x and x;
 * {@link xieluBackwardF32} accumulates them.
 *
 * @param x - input
 * @param alphaP - the positive branch's curvature (default 0.8; finite)
 * @param alphaN - the negative branch's scale (default 0.8; finite)
 * @param beta - the linear term (default 0.5; finite)
 * @param eps - the clamp of the exponential's argument (default −1e-6; finite, ≤ 0)
 * @returns the slope; NaN for NaN
 * @throws {TypeError} if x or a parameter is not a number
 * @throws {RangeError} if a parameter is not finite, or eps > 0
 * @example
 * xieluDerivative(2) //=> 3.7
 * xieluDerivative(-1) //=> -0.00569644706284617
 * xieluDerivative(0) //=> -0.30000000000000004
 * @category Exponential linear
 */
export function xieluDerivative(x: number, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6): number {
  assertInput(x);
  const p = xieluScalarParams(alphaP, alphaN, beta, eps);
  return xieluSlope(x, p[0], p[1], p[2], p[3]);
}

/**
 * Elementwise {@link xielu} into `out`; returns `out`. `out` may be `x`. Within 1 float32 ulp:
 * each element in float64 with a table exponential and a bound on its error, and the float64
 * scalar's evaluation for the few elements (next to the zero) where the bound is not met.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alphaP - default 0.8 (finite)
 * @param alphaN - default 0.8 (finite)
 * @param beta - default 0.5 (finite)
 * @param eps - default −1e-6 (finite, ≤ 0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or a parameter is not a number
 * @throws {RangeError} if the lengths differ, a parameter is not finite, or eps > 0
 * @example
 * xieluF32(new Float32Array(3), Float32Array.of(-1, 0, 2)) //=> Float32Array [-0.20569645, -7.999996e-7, 4.2]
 * @category Exponential linear
 */
export function xieluF32(out: Float32Array, x: Readonly<Float32Array>, alphaP = 0.8, alphaN = 0.8, beta = 0.5, eps = -1e-6): Float32Array {
  checkUnary(out, x);
  const p = xieluParams(alphaP, alphaN, beta, eps);
  const src = copyIfPartialOverlap(out, x);
  const [alphaP_, alphaN_, beta_, eps_, , hEps] = p;
  for (let i = 0, n = src.length; i < n; i++) {
    const v = src[i];
    const f = fastValue(v, alphaP_, alphaN_, beta_, eps_, hEps);
    out[i] = f === f ? f : xieluValue(v, alphaP_, alphaN_, beta_, eps_, FALLBACK_TOLERANCE);
  }
  return out;
}

/**
 * Elementwise {@link xieluDerivative} into `out`; returns `out`. `out` may be `x`. Within 1
 * float32 ulp, with the same error bound and fallback as {@link xieluF32}.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param alphaP - default 0.8 (finite)
 * @param alphaN - default 0.8 (finite)
 * @param beta - default 0.5 (finite)
 * @param eps - default −1e-6 (finite, ≤ 0)
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array, or a parameter is not a number
 * @throws {RangeError} if the lengths differ, a parameter is not finite, or eps > 0
 * @example
 * xieluDerivativeF32(new Float32Array(3), Float32Array.of(-1, 0, 2)) //=> Float32Array [-0.005696447, -0.3, 3.7]
 * @category Exponential linear
 */
export function xieluDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  alphaP = 0.8,
  alphaN = 0.8,
  beta = 0.5,
  eps = -1e-6,
): Float32Array {
  checkUnary(out, x);
  const p = xieluParams(alphaP, alphaN, beta, eps);
  const src = copyIfPartialOverlap(out, x);
  const [alphaP_, alphaN_, beta_, eps_, plateau] = p;
  for (let i = 0, n = src.length; i < n; i++) {
    const v = src[i];
    const s = fastSlope(v, alphaP_, alphaN_, beta_, eps_, plateau);
    out[i] = s === s ? s : xieluSlope(v, alphaP_, alphaN_, beta_, eps_, FALLBACK_TOLERANCE);
  }
  return out;
}

/**
 * Fused backward pass of {@link xielu}: dx[i] = dy[i]·xielu′(x[i]) (an IEEE product), and, when
 * `paramGrads` is given, the parameter gradients are **accumulated** into it (added to what it
 * holds, as PyTorch accumulates `.grad`; zero it first): paramGrads[0] += Σ dy·x² over x > 0
 * (∂loss/∂alphaP), paramGrads[1] += Σ dy·(expm1(min(x, eps)) − x) over x ≤ 0 (∂loss/∂alphaN),
 * paramGrads[2] += Σ dy·x (∂loss/∂beta), each term to about 1 float64 ulp, each sum formed in
 * float64 and rounded once, as {@link prelu!preluBackwardF32} accumulates its weight gradient.
 * These are the gradients of the effective parameters: for a Hugging Face checkpoint's raw
 * alpha_p and alpha_n multiply by σ(alpha_p) and σ(alpha_n). Returns `dx`.
 *
 * `dx` may alias `dy` or `x`; `paramGrads` must not share memory with dx, dy or x.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param alphaP - default 0.8 (finite)
 * @param alphaN - default 0.8 (finite)
 * @param beta - default 0.5 (finite)
 * @param eps - default −1e-6 (finite, ≤ 0)
 * @param paramGrads - optional accumulator of 3 elements: [∂loss/∂alphaP, ∂loss/∂alphaN, ∂loss/∂beta]
 * @returns dx
 * @throws {TypeError} if dx, dy, x or paramGrads is not a Float32Array, or a parameter is not a number
 * @throws {RangeError} if the lengths differ, a parameter is not finite, eps > 0, or paramGrads
 *   does not have 3 elements or overlaps dx, dy or x
 * @example
 * const paramGrads = new Float32Array(3);
 * xieluBackwardF32(new Float32Array(2), Float32Array.of(1, 1), Float32Array.of(-1, 2), 0.8, 0.8, 0.5, -1e-6, paramGrads)
 * //=> Float32Array [-0.005696447, 3.7]
 * paramGrads //=> Float32Array [4, 0.36787945, 1]
 * @category Exponential linear
 */
export function xieluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  alphaP = 0.8,
  alphaN = 0.8,
  beta = 0.5,
  eps = -1e-6,
  paramGrads?: Float32Array,
): Float32Array {
  checkBackward(dx, dy, x);
  const p = xieluParams(alphaP, alphaN, beta, eps);
  if (paramGrads !== undefined) checkParamGrads(paramGrads, 3, dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  if (paramGrads === undefined) {
    const [alphaP_, alphaN_, beta_, eps_, plateau] = p;
    for (let i = 0; i < n; i++) {
      const v = src[i];
      const s = fastSlope(v, alphaP_, alphaN_, beta_, eps_, plateau);
      dx[i] = g[i] * (s === s ? s : xieluSlope(v, alphaP_, alphaN_, beta_, eps_, FALLBACK_TOLERANCE));
    }
    return dx;
  }
  const e = p[3];
  const hEps = p[5];
  let sumP = 0;
  let sumN = 0;
  let sumB = 0;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    const dyi = g[i];
    if (v > 0) sumP += dyi * (v * v);
    else if (v < e) sumN += dyi * partialAlphaN(v);
    else sumN += dyi * (hEps + (e - v));
    sumB += dyi * v;
    dx[i] = dyi * slopeAt(v, p);
  }
  paramGrads[0] += sumP;
  paramGrads[1] += sumN;
  paramGrads[2] += sumB;
  return dx;
}
