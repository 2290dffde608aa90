// The float64 arithmetic of snake and snakeBeta (snake.ts and snake-beta.ts hold the documented
// exports): f(x) = x + sin²(a·x)/b and f′(x) = 1 + (a/b)·sin(2a·x), snake being a = b. Both
// take sin² of the exact product a·x (internal/sin-squared.ts), and f′ is written as
// ((b − a) + a·2sin²(a·x + π/4))/b, since 1 + sin(2u) = 2sin²(u + π/4): for a = b its zeros are
// double zeros of a square, which the form 1 + sin(2u) would lose to cancellation.
import { productError, sumError } from '../../internal/dd.js';
import { productTail, reduceCodyWaite } from '../../internal/reduce-pi.js';
import { SIN2, sinSquaredDD, sinSquaredReduced } from '../../internal/sin-squared.js';

/** Below this |a·x|, sin(a·x) = a·x to every digit and no reduction is needed. */
const TINY = 2 ** -450;

/**
 * Where a result is below this fraction of its largest term, the terms cancelled: next to a simple
 * root of snakeBeta or of its derivative (a ≠ b). The double-double sums carry 2^−100 of the terms,
 * so above it they keep 2^−64 of the result; below it the result is taken again from `wide`
 * (./wide.ts, summing in integers), which snakeBeta passes and snake, without such roots
 * (sin² u < |u| for u ≠ 0, and a = b in f′), leaves out of its bundle.
 */
const CANCELLED = 2 ** -36;

/** A sum taken again in integers: x, a, b as for the functions below. */
export type Wide = (x: number, a: number, b: number) => number;

/** x + sin²(a·x)/b for finite a and b ≠ 0 (unchecked): ±0, ±∞ and NaN return x. */
export function periodicValue(x: number, a: number, b: number, wide?: Wide): number {
  if (x === 0 || !(x - x === 0)) return x;
  const u = a * x;
  const au = Math.abs(u);
  if (!(au >= TINY)) {
    const v = x + u * (u / b);
    return wide !== undefined && Math.abs(v) < CANCELLED * Math.abs(x) ? wide(x, a, b) : v;
  }
  let sh: number;
  let sl = 0;
  let limit = CANCELLED * Math.abs(x); // below it, the sum is taken again in integers
  if (au <= 2 ** 24) {
    reduceCodyWaite(u, productTail(a, x, u), 0);
    sinSquaredReduced();
    sh = SIN2[0];
    sl = SIN2[1];
  } else {
    // Beyond 2^24, sin²/b is below 2^−24·|a/b| of |x|, so sin(a·x) needs only an absolute error of
    // a few 2^−53 (costing at most 2^−24·|a/b| ulp): sin(u + t) = sin u·cos t + cos u·sin t for
    // the rounded product u (V8 reduces Math.sin's argument exactly) and its exact tail t; beyond
    // 2^60, sin² ≤ 1 is below 2^−7·|a/b| ulp of x and any value in [0, 1] rounds alike. Where
    // |a/b| is so large that the sum is within 2^4/|b| (2^54/|b| beyond 2^60) of 0, these errors
    // would show, and it is taken again in integers.
    if (au === Infinity) return x; // sin²/b ≤ 1/|b|, far below half an ulp of x
    let s = Math.sin(u);
    if (au < 2 ** 60) {
      const t = productTail(a, x, u);
      s = s * Math.cos(t) + Math.cos(u) * Math.sin(t);
      limit = Math.max(limit, 2 ** 4 / Math.abs(b));
    } else limit = Math.max(limit, 2 ** 54 / Math.abs(b));
    sh = s * s;
  }
  let qh = sh / b;
  let ql = 0;
  const ab = Math.abs(b);
  if (ab >= 2 ** -500 && ab <= 2 ** 500 && sh >= 2 ** -500) {
    // the quotient's rounding error, so that x + q rounds once where they nearly cancel
    const p = qh * b;
    ql = (sh - p - productError(qh, b, p) + sl) / b;
  } else {
    qh = (sh + sl) / b;
  }
  const s = x + qh;
  const v = s + (sumError(x, qh, s) + ql);
  return wide !== undefined && Math.abs(v) < limit ? wide(x, a, b) : v;
}

/** ((b − a) + a·2sin²(a·x + π/4))/b = 1 + (a/b)·sin(2a·x) for finite a and b ≠ 0 (unchecked). */
export function periodicSlope(x: number, a: number, b: number, wide?: Wide): number {
  if (a === 0) return x === x ? 1 : x;
  if (!(x - x === 0)) return NaN; // no limit at ±∞; NaN for NaN
  if (!(Math.abs(a * x) >= TINY)) {
    const d = 1 + (2 * a * (a * x)) / b; // 2 sin(u)cos(u) = 2u here
    return wide !== undefined && Math.abs(d) < CANCELLED ? wide(x, a, b) : d;
  }
  sinSquaredDD(a, x, 1);
  const dh = 2 * SIN2[0];
  const dl = 2 * SIN2[1];
  if (a === b) return dh + dl;
  // Scale a and b alike (the value depends on a/b only) so that the products below stay normal.
  const big = Math.max(Math.abs(a), Math.abs(b));
  const scale = big > 2 ** 500 ? 2 ** -600 : big < 2 ** -500 ? 2 ** 600 : 1;
  const as = a * scale;
  const bs = b * scale;
  const th = as * dh;
  const tl = productError(as, dh, th) + as * dl;
  const ch = bs - as;
  const cl = sumError(bs, -as, ch);
  const nh = ch + th;
  if (wide !== undefined && Math.abs(nh) < CANCELLED * Math.abs(ch)) return wide(x, a, b);
  const nl = sumError(ch, th, nh) + cl + tl; // numerator (b − a) + a·D as nh + nl
  const qh = nh / bs;
  const p = qh * bs;
  return qh + (nh - p - productError(qh, bs, p) + nl) / bs;
}
