// One element of xielu's Float32Array kernels: the value in float64 from the float32 input with
// fastExpMinusOne32 (2⁻³¹ relative) and a bound on the error of the result; where the bound
// exceeds 2⁻²⁶ of the value (next to the zeros of xielu and xielu′, or NaN and ±∞) the element
// takes the float64 scalar's evaluation (core.ts). Either way the result is within 2⁻²⁶ of the
// exact value before the float32 rounding, so within 1 float32 ulp after it.
// (Literals: 2⁻⁵², 2⁻⁴³, 2⁻³¹ + 2⁻⁵² rounded up, 2⁻²⁶ and −1/32.)
import { fastExpMinusOneLowClamp32 } from '../../internal/fast-exp32.js';
import type { XieluParams } from './checks.js';
import { expm1MinusXOf, xieluSlope, xieluValue } from './core.js';

/** xielu(v) within 2⁻²⁶ relative, as a float64 to be stored into a Float32Array. */
export function valueAt(v: number, p: XieluParams): number {
  const alphaN = p[1];
  const beta = p[2];
  const eps = p[3];
  let a: number;
  let err: number;
  if (v > 0) {
    a = p[0] * (v * v);
    err = 0;
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
      g = p[5] + (eps - v);
      err = 4.440892098500626e-16 * (p[5] + Math.abs(eps) + Math.abs(v));
    }
    a = alphaN * g;
    err *= Math.abs(alphaN);
  }
  const b = beta * v;
  const f = a + b;
  // the three roundings of a, b and f: at most 2⁻⁵³ of |a|, |b| and |f| ≤ |a| + |b|
  if (err + 2.220446049250313e-16 * (Math.abs(a) + Math.abs(b)) <= 1.4901161193847656e-8 * Math.abs(f)) return f + 0;
  return xieluValue(v, p[0], alphaN, beta, eps);
}

/** xielu′(v) within 2⁻²⁶ relative, as a float64 (see valueAt). */
export function slopeAt(v: number, p: XieluParams): number {
  const beta = p[2];
  let s: number;
  let t: number;
  let err: number;
  if (v > 0) {
    t = 2 * p[0] * v;
    err = 0;
  } else if (v < p[3]) {
    const e1 = fastExpMinusOneLowClamp32(v);
    t = p[1] * e1;
    err = 4.7e-10 * Math.abs(t);
  } else {
    return p[4] + (v - v); // beta − alphaN; NaN for NaN
  }
  s = t + beta;
  if (err + 2.220446049250313e-16 * (Math.abs(t) + Math.abs(beta)) <= 1.4901161193847656e-8 * Math.abs(s)) return s + 0;
  s = xieluSlope(v, p[0], p[1], beta, p[3]);
  return s;
}

/** ∂xielu/∂alphaN = e^v − 1 − v for v < eps, to about 1 float64 ulp (+∞ at −∞). */
export function partialAlphaN(v: number): number {
  return v === -Infinity ? Infinity : expm1MinusXOf(v);
}
