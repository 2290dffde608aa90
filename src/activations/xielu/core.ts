// The float64 arithmetic of xielu and xielu′ (the module comment is in xielu.ts). Each value is
// formed in double-double with a bound on its error: the bound holds it within 4 ulp where it
// is accepted, and elsewhere (next to the zeros of xielu and xielu′, where the exponential cancels
// against the linear terms, and at magnitudes where the error-free transformations overflow or
// underflow) the value is evaluated exactly but for eᵐ (exp-big.ts, 2⁻²³⁰ relative) and rounded
// once (exact.ts).
//
// With m = min(x, eps) and h(m) = eᵐ − 1 − m ≥ 0 (x ≤ 0):
//   xielu(x) = alphaN·(h(m) + (m − x)) + beta·x,  xielu′(x) = alphaN·(eˣ − 1) + beta for x < eps
// For −1 ≤ m ≤ 0 h is its Taylor series (no cancellation); below −1 it is eᵐ + (−1 − m), a sum
// of positive terms with eᵐ's 1-ulp error.
import { productError, sumError } from '../../internal/dd.js';
import { productOf, roundScaled, type Scaled, sumOf } from '../../internal/exact.js';
import { expBig } from '../../internal/exp-big.js';

// Powers of two (shorter than their decimal literals in the scalar's bundle, which stays under
// 3 KB): 2⁻¹⁰⁰ bounds the neglected second-order terms, 2⁻⁹⁶⁰ and 2⁹⁹⁰ keep the error-free
// transformations exact, 2⁻¹⁰⁶⁰ covers the underflow of a tiny m².
const U2 = 2 ** -51;
const U1 = 2 ** -52;
/** 3.5·2⁻⁵³: an error below it and the final rounding stay within the contract's 4 ulp. */
const FLOAT64_TOLERANCE = 3.5 * 2 ** -53;
const SECOND_ORDER = 2 ** -100;
const TINY = 2 ** -960;
const HUGE = 2 ** 990;
const UNDERFLOW_SLACK = 2 ** -1060;

/** 1/k! for k = 0 … 19, each correctly rounded (k! is exact in float64). */
function inverseFactorials(): Float64Array {
  const t = new Float64Array(20);
  for (let k = 0, f = 1; k < 20; f *= ++k) t[k] = 1 / f;
  return t;
}
const INVERSE_FACTORIAL = /* @__PURE__ */ inverseFactorials();

/** Scratch for the double-double parts: [hi, lo, error bound]. */
const dd = new Float64Array(3);

/**
 * h(m) = eᵐ − 1 − m for finite m ≤ 0 into dd (hi, lo and a bound on |error|): for m ≥ −1 the
 * series m²·(1/2 + m/6 + …), its last steps in double-double (about 1 ulp); below, eᵐ + (−1 − m).
 */
function expm1MinusX(m: number): void {
  if (m >= -1) {
    // Σ m^(k−3)/k!, k = 3 … 19 (1/20! is 2⁻⁵⁸ of it at m = −1), by Horner
    let r = 0;
    for (let k = 19; k >= 3; k--) r = r * m + INVERSE_FACTORIAL[k];
    const t = m * r;
    const p = 0.5 + t;
    const pLo = sumError(0.5, t, p) + productError(m, r, t);
    const q = m * m;
    const qLo = productError(m, m, q);
    const h = q * p;
    dd[0] = h;
    dd[1] = productError(q, p, h) + q * pLo + qLo * p;
    dd[2] = U2 * h + UNDERFLOW_SLACK;
    return;
  }
  const e = Math.exp(m);
  const s = -1 - m;
  const sLo = sumError(-1, -m, s);
  const h = e + s;
  dd[0] = h;
  dd[1] = sumError(e, s, h) + sLo;
  dd[2] = U1 * e + UNDERFLOW_SLACK;
}

/** h(eps) = e^eps − 1 − eps to about 1 ulp (the kernels' constant on eps ≤ x ≤ 0). */
export function expm1MinusXOf(m: number): number {
  expm1MinusX(m);
  return dd[0] + dd[1];
}

/**
 * alphaN·E + Σ products, exactly but for E = eᵐ (2⁻²³⁰), rounded once; eᵐ below e⁻⁴⁰⁹⁶ counts as
 * a positive infinitesimal, and m = NaN leaves the exponential out.
 */
function slowPath(m: number, alphaN: number, rest: readonly (readonly number[])[]): number {
  const terms: Scaled[] = rest.map(productOf);
  if (m >= -4096) {
    const [em, ee] = expBig(m);
    const [am, ae] = productOf([alphaN]);
    terms.push([em * am, ee + ae]);
  }
  const [n, e] = sumOf(terms);
  if (n === 0n && m < -4096) return alphaN > 0 ? 0 : alphaN < 0 ? -0 : 0;
  return roundScaled(n, e);
}

/**
 * A double-double sum hi + lo accepted when its error bound err is within `tolerance` of it
 * (3.5·2⁻⁵³, at most 3.5 ulp, for the float64 forms), else NaN (take the slow path).
 */
function accept(hi: number, lo: number, err: number, tolerance: number): number {
  const r = hi + lo;
  const a = Math.abs(r);
  return err <= tolerance * a && a >= TINY && a < HUGE ? r : NaN;
}

/**
 * xielu(x) for a number x (checked parameters; see xielu.ts), within 4 ulp; the kernels pass a
 * tolerance of 2⁻²⁷, which the double-double value meets much closer to the zero.
 */
export function xieluValue(x: number, alphaP: number, alphaN: number, beta: number, eps: number, tolerance = FLOAT64_TOLERANCE): number {
  if (x !== x) return x;
  if (x === Infinity) return alphaP !== 0 ? alphaP * x : beta !== 0 ? beta * x : 0;
  if (x === -Infinity) return alphaN > beta ? Infinity : alphaN < beta ? -Infinity : -alphaN + 0;
  // c·g + beta·x with g = x² (exact in double-double unless it underflows) or h(m) + (m − x)
  const positive = x > 0;
  const below = x < eps;
  const m = below ? x : eps;
  let c = alphaP;
  let g = x * x;
  let gLo = productError(x, x, g);
  let gErr = UNDERFLOW_SLACK;
  if (!positive) {
    c = alphaN;
    expm1MinusX(m);
    g = dd[0];
    gLo = dd[1];
    gErr = dd[2];
    if (!below) {
      const d = m - x;
      const hi = g + d;
      gLo += sumError(g, d, hi) + sumError(m, -x, d);
      g = hi;
    }
  }
  const a = c * g;
  const aLo = productError(c, g, a) + c * gLo;
  const b = beta * x;
  const bLo = productError(beta, x, b);
  const s = a + b;
  const err = Math.abs(c) * gErr + SECOND_ORDER * (Math.abs(a) + Math.abs(b));
  // an operand beyond 2⁹⁹⁶ makes the splitting in productError overflow to NaN, which accept refuses
  const r = accept(s, sumError(a, b, s) + aLo + bLo, err, tolerance);
  if (r === r) return r;
  // exactly: alphaP·x² + beta·x, or alphaN·eᵐ − alphaN·(1 + x) + beta·x
  return positive
    ? slowPath(NaN, 0, [
        [alphaP, x, x],
        [beta, x],
      ])
    : slowPath(m, alphaN, [[-alphaN], [-alphaN, x], [beta, x]]);
}

/** xielu′(x) for a number x (checked parameters; see xielu.ts), within `tolerance` as xieluValue. */
export function xieluSlope(x: number, alphaP: number, alphaN: number, beta: number, eps: number, tolerance = FLOAT64_TOLERANCE): number {
  if (x !== x) return x;
  if (x > 0) {
    if (x === Infinity) return alphaP !== 0 ? alphaP * x : beta;
    const a2 = 2 * alphaP;
    const p = a2 * x;
    const s = p + beta;
    const ok = x <= 3.1217485503159922e144 && Math.abs(alphaP) < HUGE && Math.abs(beta) < HUGE && Math.abs(p) < HUGE;
    const r = ok ? accept(s, sumError(p, beta, s) + productError(a2, x, p), SECOND_ORDER * (Math.abs(p) + Math.abs(beta)), tolerance) : NaN;
    return r === r ? r : slowPath(NaN, 0, [[2, alphaP, x], [beta]]);
  }
  // the min's slope: eᵐ counts for x < eps only (at x = eps, the right-hand slope)
  if (!(x < eps)) return beta - alphaN;
  let r = NaN;
  if (x >= -1) {
    expm1MinusX(x);
    const q = x + dd[0]; // eˣ − 1 = x + h(x)
    const qLo = sumError(x, dd[0], q) + dd[1];
    const a = alphaN * q;
    const aLo = productError(alphaN, q, a) + alphaN * qLo;
    const s = a + beta;
    const err = Math.abs(alphaN) * dd[2] + SECOND_ORDER * (Math.abs(a) + Math.abs(beta));
    if (Math.abs(alphaN) < HUGE && Math.abs(beta) < HUGE) r = accept(s, sumError(a, beta, s) + aLo, err, tolerance);
  } else if (Math.abs(alphaN) < HUGE && Math.abs(beta) < HUGE) {
    const e = Math.exp(x); // alphaN·eˣ + (beta − alphaN), the difference exact in double-double
    const a = alphaN * e;
    const aLo = productError(alphaN, e, a);
    const c = beta - alphaN;
    const cLo = sumError(beta, -alphaN, c);
    const s = a + c;
    const err = Math.abs(alphaN) * (U1 * e + UNDERFLOW_SLACK) + SECOND_ORDER * (Math.abs(a) + Math.abs(c));
    r = accept(s, sumError(a, c, s) + aLo + cLo, err, tolerance);
  }
  if (r === r) return r;
  return slowPath(x, alphaN, [[beta], [-alphaN]]);
}
