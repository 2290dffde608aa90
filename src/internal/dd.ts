// Error-free transformations (Dekker 1971, Veltkamp splitting): the exact rounding error of a
// product, so that a few scalar functions can carry an argument in double-double precision
// where their condition number would otherwise turn one rounding into hundreds of ulps.

const SPLITTER = 134217729; // 2^27 + 1

/**
 * The exact error `a·b − p` of the rounded product `p = a * b` (Dekker's two-product without
 * FMA). Exact unless a·b overflows or the partial products underflow; callers use it only for
 * |a·b| well inside the normal range.
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
}

/** `exp(hi + lo)` for a double-double argument with |lo| ≤ ulp(hi): exp(hi)·(1 + lo). */
export function expDD(hi: number, lo: number): number {
  const e = Math.exp(hi);
  return e + e * lo;
}

/** The exact error `a + b − s` of the rounded sum `s = a + b` (Knuth's two-sum). */
export function sumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/**
 * (a + aLo)·(hi + lo) rounded once, for a double-double hi + lo (|lo| ≲ ulp(hi)) and a factor
 * that may itself carry its rounding error aLo (|aLo| ≤ ulp(a)/2; 0 where a is exact): a·hi with
 * its exact error (two-product) plus a·lo + aLo·hi (aLo·lo is below 2⁻¹⁰⁶ of the result). Rounding hi + lo first and then the product would let a 1.5-ulp
 * error of hi + lo become 3 ulp of the product (a·hi can sit at the top of a binade where hi sat
 * at the bottom) plus half an ulp. Outside the range where the two-product is exact (|a| ≥ 2⁹⁹⁵,
 * |a·hi| < 2⁻⁹⁶⁸) a is scaled by a power of 2 (exact) and the result scaled back, which rounds
 * only where it lands among the subnormals; ±0, infinities and NaN take the plain product, with
 * lo = 0 so that a zero keeps its IEEE sign.
 */
export function productDD(a: number, hi: number, lo: number, aLo = 0): number {
  const p = a * hi;
  const m = Math.abs(p);
  const big = Math.abs(a) >= 3.3484643974570854e299; // 2⁹⁹⁵: SPLITTER·a would overflow
  if (m >= 4.008336720017946e-292 && !big) return p + (productError(a, hi, p) + a * lo + aLo * hi); // 2⁻⁹⁶⁸
  if (p - p !== 0 || p === 0) return lo === 0 ? p : a * (hi + lo);
  // |hi| ≥ 2⁻¹⁰⁷⁴ bounds both rescaled products inside the exact range, so one step suffices
  if (big) return productDD(a * 2.938735877055719e-39, hi, lo, aLo * 2.938735877055719e-39) * 3.402823669209385e38; // 2⁻¹²⁸, 2¹²⁸
  return productDD(a * 3.402823669209385e38, hi, lo, aLo * 3.402823669209385e38) * 2.938735877055719e-39;
}
