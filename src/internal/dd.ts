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
