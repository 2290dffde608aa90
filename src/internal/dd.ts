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
 * Compensated Horner evaluation (Graillat, Langlois & Louvet 2005) of Σ c[k]·x^{n−1−k}, the
 * coefficients from the highest degree down: as accurate as Horner in double-double, so the
 * rounding errors of the n steps no longer accumulate. Writes the value as out[0] + out[1].
 */
export function hornerDD(c: Readonly<Float64Array>, x: number, out: Float64Array): void {
  let p = c[0];
  let lo = 0;
  for (let k = 1; k < c.length; k++) {
    const product = p * x;
    const productLo = productError(p, x, product);
    const sum = product + c[k];
    lo = lo * x + (productLo + sumError(product, c[k], sum));
    p = sum;
  }
  out[0] = p;
  out[1] = lo;
}
