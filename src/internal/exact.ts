// Exact arithmetic on doubles in BigInt, for the rare arguments where a double-double evaluation
// cannot bound its error (a cancellation of more bits than it carries, partial products that
// overflow or underflow): a finite double is m·2^e with an integer m, sums and products of such
// values are exact, and roundScaled rounds the exact result once to the nearest double.
// affine.ts (sShapedRelu), starRelu and xielu fall back on it.

/** A value m·2^e with an integer m (BigInt) and an integer exponent e. */
export type Scaled = readonly [m: bigint, e: number];

/** A finite double v as m·2^e with an integer (BigInt) m. */
export function split(v: number): Scaled {
  if (v === 0) return [0n, 0];
  // e from log2, then v·2^−e (two exact power-of-two scalings) is an integer of 52 to 54 bits,
  // unless log2 rounded up to the next power of two, which leaves one fractional bit
  let e = Math.max(Math.floor(Math.log2(Math.abs(v))) - 52, -1074);
  let m = v * 2 ** (-e >> 1) * 2 ** (-e - (-e >> 1));
  if (!Number.isInteger(m)) {
    e -= 1;
    m *= 2;
  }
  return [BigInt(m), e];
}

/** The exact product of finite doubles (1 for none). */
export function productOf(factors: readonly number[]): Scaled {
  let m = 1n;
  let e = 0;
  for (const f of factors) {
    const [fm, fe] = split(f);
    m *= fm;
    e += fe;
  }
  return [m, e];
}

/** The exact sum of scaled values (at least one), as one scaled value. */
export function sumOf(terms: readonly Scaled[]): Scaled {
  const e = Math.min(...terms.map((t) => t[1]));
  let n = 0n;
  for (const [m, te] of terms) n += m << BigInt(te - e);
  return [n, e];
}

/**
 * n·2^e rounded once to the nearest double (ties to even): ±Infinity beyond the range, an
 * underflow to the zero of the exact value's sign, +0 for an exact zero. The integer is first
 * rounded to 53 bits, or to the bits down to 2⁻¹⁰⁷⁴ for a subnormal result; what is left is a
 * double times a power of two, which the two scalings by 2^(k/2) form exactly.
 */
export function roundScaled(n: bigint, e: number): number {
  if (n === 0n) return 0;
  const negative = n < 0n;
  let q = negative ? -n : n;
  const s = Math.max(q.toString(2).length - 53, -1074 - e, 0);
  if (s > 0) {
    const b = BigInt(s);
    const rest = q & ((1n << b) - 1n);
    const half = 1n << (b - 1n);
    q >>= b;
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  const k = e + s;
  const v = Number(q) * 2 ** (k >> 1) * 2 ** (k - (k >> 1));
  return negative ? -v : v;
}

/** Σ Π terms[i] for finite doubles, exactly, rounded once (see roundScaled). */
export function exactSumOfProducts(terms: readonly (readonly number[])[]): number {
  const [n, e] = sumOf(terms.map(productOf));
  return roundScaled(n, e);
}
