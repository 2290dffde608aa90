// Exact arithmetic on doubles in BigInt, for the rare arguments where a double-double evaluation
// cannot bound its error (a cancellation of more bits than it carries, partial products that
// overflow or underflow): a finite double is m·2^e with an integer m, sums and products of such
// values are exact, and roundScaled rounds the exact result once to the nearest double.
// affine.ts (sShapedRelu), starRelu and xielu fall back on it.

/** A value m·2^e with an integer m (BigInt) and an integer exponent e. */
export type Scaled = readonly [m: bigint, e: number];

/** Scratch for the bit-level conversions (made on first use). */
let scratch: { f: Float64Array; u: BigUint64Array } | undefined;

function view(): { f: Float64Array; u: BigUint64Array } {
  scratch ??= (() => {
    const f = new Float64Array(1);
    return { f, u: new BigUint64Array(f.buffer) };
  })();
  return scratch;
}

/** A finite double v as m·2^e with an integer (BigInt) m. */
export function split(v: number): Scaled {
  const s = view();
  s.f[0] = v;
  const b = s.u[0];
  const biased = Number((b >> 52n) & 0x7ffn);
  const frac = b & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | 0x10000000000000n;
  return [b >> 63n ? -m : m, biased === 0 ? -1074 : biased - 1075];
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

/** The exact sum of scaled values, as one scaled value. */
export function sumOf(terms: readonly Scaled[]): Scaled {
  let e = Infinity;
  for (const [m, te] of terms) if (m !== 0n && te < e) e = te;
  if (e === Infinity) return [0n, 0];
  let n = 0n;
  for (const [m, te] of terms) if (m !== 0n) n += m << BigInt(te - e);
  return [n, e];
}

/**
 * n·2^e rounded once to the nearest double (ties to even): ±Infinity beyond the range, an
 * underflow to the zero of the exact value's sign, +0 for an exact zero.
 */
export function roundScaled(n: bigint, e: number): number {
  if (n === 0n) return 0;
  const negative = n < 0n;
  let q = negative ? -n : n;
  const top = q.toString(2).length - 1 + e; // the value's binary exponent
  let exp = Math.max(top - 52, -1074); // exponent of the result's last place
  if (exp <= e) {
    q <<= BigInt(e - exp);
  } else {
    const shift = BigInt(exp - e);
    const rest = q & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    q >>= shift;
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  if (q === 0x20000000000000n) {
    q >>= 1n;
    exp += 1;
  }
  let bits: bigint;
  if (q < 0x10000000000000n)
    bits = q; // subnormal (exp = −1074) or zero
  else if (exp + 1075 >= 2047)
    bits = 0x7ffn << 52n; // overflow: Infinity
  else bits = (BigInt(exp + 1075) << 52n) | (q & 0xfffffffffffffn);
  if (negative) bits |= 1n << 63n;
  const s = view();
  s.u[0] = bits;
  return s.f[0];
}

/** Σ Π terms[i] for finite doubles, exactly, rounded once (see roundScaled). */
export function exactSumOfProducts(terms: readonly (readonly number[])[]): number {
  const [n, e] = sumOf(terms.map(productOf));
  return roundScaled(n, e);
}
