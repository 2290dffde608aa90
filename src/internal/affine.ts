// The affine map t + a·(x − t) evaluated to within 0.53 ulp, also where it cancels (t > 0 with
// a·(x − t) ≈ −t, or any negative slope), where three plain roundings lose every digit near its
// root: affine() carries the rounding errors of x − t, a·(x − t) and the final sum exactly
// (Dekker/Knuth error-free transformations, dd.ts), and exactAffine() evaluates it exactly in
// BigInt (exact.ts) where those do not apply (magnitudes beyond 2^995, results below 2^−1000, or a
// cancellation of more than 46 bits). sShapedRelu's outer pieces are such maps.
import { productError, sumError } from './dd.js';
import { roundScaled, split } from './exact.js';

/**
 * t + a·(x − t) for finite t and a, within 0.53 ulp: the exact value a = 0 or x = t (t, with
 * −0 → +0), the limit a·x at x = ±Infinity, an exact zero as +0, an underflow with the sign of
 * the exact value.
 */
export function affine(t: number, a: number, x: number): number {
  const d = x - t;
  if (a === 0 || d === 0) return t + 0;
  if (x === Infinity || x === -Infinity) return a * x;
  const e1 = sumError(x, -t, d); // x − t = d + e1
  const p = a * d;
  const e2 = productError(a, d, p); // a·d = p + e2
  const s = t + p;
  const e3 = sumError(t, p, s); // t + p = s + e3
  // value = s + e3 + e2 + a·e1; the correction's own rounding errors are ≤ u²(2|s| + 4|p|)
  const r = s + (e3 + e2 + a * e1);
  const m = Math.abs(r);
  // ≤ 0.53 ulp when |r| ≥ 2⁻⁴⁶(|s| + |p|); the transformations are exact for |a|, |d| ≤ 2^995
  // and the underflow of their partial products is negligible for |r| ≥ 2^−1000.
  // (Literals: 2⁻⁴⁶, 2^−1000 and 2^995.)
  if (
    m >= 1.4210854715202004e-14 * (Math.abs(s) + Math.abs(p)) &&
    m >= 9.332636185032189e-302 &&
    m < Infinity &&
    Math.abs(a) <= 3.3484643974570854e299 &&
    Math.abs(d) <= 3.3484643974570854e299
  ) {
    return r;
  }
  return exactAffine(t, a, x);
}

/**
 * t + a·(x − t) for finite t, a and x, evaluated exactly in integers and rounded once to the
 * nearest double (ties to even): ±Infinity beyond the range, an underflow to the zero of the
 * exact value's sign, +0 for an exact zero.
 */
export function exactAffine(t: number, a: number, x: number): number {
  const [mt, et] = split(t);
  const [ma, ea] = split(a);
  const [mx, ex] = split(x);
  const e0 = Math.min(ex, et);
  const dm = (mx << BigInt(ex - e0)) - (mt << BigInt(et - e0)); // x − t = dm·2^e0
  const ep = ea + e0; // a·(x − t) = ma·dm·2^ep
  const e = Math.min(et, ep);
  const n = (mt << BigInt(et - e)) + ((ma * dm) << BigInt(ep - e)); // value = n·2^e
  return roundScaled(n, e);
}
