// One element of xielu's Float32Array kernels: the value in float64 from the float32 input with
// fastExpMinusOne32 (2⁻³¹ relative) and a bound on the error of the result; where the bound
// exceeds 2⁻²⁶ of the value (next to the zeros of xielu and xielu′, or NaN and ±∞) the element
// takes the float64 scalar's double-double evaluation (core.ts) with a tolerance of 2⁻²⁷, which
// reaches the exact slow path only within about 2⁻²⁷ of the zero. Either way the result is within
// 2⁻²⁶ of the exact value before the float32 rounding, so within 1 float32 ulp after it.
// (Literals: 2⁻⁵², 2⁻⁴³, 2⁻³¹ + 2⁻⁵² rounded up, 2⁻²⁶ and −1/32.)
import { fastExpMinusOneLowClamp32 } from '../../internal/fast-exp32.js';
import type { XieluParams } from './checks.js';
import { expm1MinusXOf, xieluSlope } from './core.js';

/** The kernels' tolerance for the double-double fallback: 2⁻²⁷. */
export const FALLBACK_TOLERANCE = 7.450580596923828e-9;

/**
 * xielu(v) within 2⁻²⁶ relative as a float64 to be stored into a Float32Array, or NaN where the
 * bound is not met (then the caller takes xieluValue with FALLBACK_TOLERANCE). Small, so that
 * V8 inlines it into the kernels' loops.
 */
export function fastValue(v: number, alphaP: number, alphaN: number, beta: number, eps: number, hEps: number): number {
  let a: number;
  let err = 0;
  if (v > 0) {
    a = alphaP * (v * v);
  } else {
    let g: number;
    if (v < eps) {
      if (v > -0.03125) {
        // e^v − 1 − v by its series to v⁷ (the next term is 2⁻⁴⁴ of it at |v| = 1/32)
        g = v * v * (0.5 + v * (1 / 6 + v * (1 / 24 + v * (1 / 120 + v * (1 / 720 + v * (1 / 5040))))));
        err = 1.1368683772161603e-13 * g;
      } else {
        const e1 = fastExpMinusOneLowClamp32(v);
        g = e1 - v;
        err = 4.7e-10 * Math.abs(e1) + 2.220446049250313e-16 * Math.abs(v);
      }
    } else {
      g = hEps + (eps - v);
      err = 4.440892098500626e-16 * (hEps + Math.abs(eps) + Math.abs(v));
    }
    a = alphaN * g;
    err *= Math.abs(alphaN);
  }
  const b = beta * v;
  const f = a + b;
  // the three roundings of a, b and f: at most 2⁻⁵³ of |a|, |b| and |f| ≤ |a| + |b|
  return err + 2.220446049250313e-16 * (Math.abs(a) + Math.abs(b)) <= 1.4901161193847656e-8 * Math.abs(f) ? f + 0 : NaN;
}

/** xielu′(v) within 2⁻²⁶ relative, or NaN where the bound is not met (see fastValue). */
export function fastSlope(v: number, alphaP: number, alphaN: number, beta: number, eps: number, plateau: number): number {
  let t: number;
  let err = 0;
  if (v > 0) {
    t = 2 * alphaP * v;
  } else if (v < eps) {
    t = alphaN * fastExpMinusOneLowClamp32(v);
    err = 4.7e-10 * Math.abs(t);
  } else {
    return plateau + (v - v); // beta − alphaN; NaN for NaN
  }
  const s = t + beta;
  return err + 2.220446049250313e-16 * (Math.abs(t) + Math.abs(beta)) <= 1.4901161193847656e-8 * Math.abs(s) ? s + 0 : NaN;
}

/** xielu′(v) within 2⁻²⁶ relative (fastSlope, else the double-double slope). */
export function slopeAt(v: number, p: XieluParams): number {
  const s = fastSlope(v, p[0], p[1], p[2], p[3], p[4]);
  return s === s ? s : xieluSlope(v, p[0], p[1], p[2], p[3], FALLBACK_TOLERANCE);
}

/** ∂xielu/∂alphaN = e^v − 1 − v for v < eps, to about 1 float64 ulp (+∞ at −∞). */
export function partialAlphaN(v: number): number {
  return v === -Infinity ? Infinity : expm1MinusXOf(v);
}
