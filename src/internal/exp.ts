// m·eˣ without losing digits where eˣ alone is subnormal but m·eˣ is not (or is less so).
import { productDD, productError, sumError } from './dd.js';

/** Below this, eˣ is subnormal in float64 (e^{−708.4} ≈ 2.2e−308). */
export const EXP_SUBNORMAL = -708;

/**
 * m·eˣ, unchecked. For x < −708 the rounded eˣ would carry only the few bits of a subnormal,
 * and a factor m (silu's x, softplus's 1/β, elu′'s alpha) would magnify that error into
 * hundreds of ulp of a normal result; there it is formed as (m·e^{x/2})·e^{x/2} (x/2 is
 * exact), so only the final product rounds into the subnormal range.
 */
export function expTimes(m: number, x: number): number {
  if (x >= EXP_SUBNORMAL) return m * Math.exp(x);
  const half = Math.exp(x / 2);
  return m * half * half;
}

/**
 * (a + aLo)·(m + mLo)·e^{x + xLo} rounded once (aLo: a's own rounding error, 0 where a is exact), for −796 ≤ x < EXP_SUBNORMAL (the gated units' ∂/∂b in
 * the far left tail, where g′ = m·eˣ is still a normal double but eˣ is not). expTimes rounds
 * m·e^{x/2} and then the product with e^{x/2}, so a relative error of a few ulps reaches the
 * product with a; here e^{x + 128·ln2} (normal) is formed with the argument's shift carried in
 * double-double (e^{y + yLo} = e^{y}(1 + yLo), |yLo| ≤ ulp(y)), m·eˣ·2¹²⁸ in
 * double-double, multiplied by a once (productDD) and scaled back by 2⁻¹²⁸ exactly, or with one
 * rounding where the result is subnormal.
 */
export function expProductDD(a: number, m: number, mLo: number, x: number, xLo: number, aLo = 0): number {
  const y = x + 88.722839111673; // 128·ln2 in double-double: 88.722839111673 + 2.9683799217232634e-15
  const yLo = sumError(x, 88.722839111673, y) + 2.9683799217232634e-15 + xLo;
  const e = Math.exp(y);
  const hi = e * m;
  return productDD(a, hi, productError(e, m, hi) + e * yLo * m + e * mLo, aLo) * 2.938735877055719e-39; // 2⁻¹²⁸
}
