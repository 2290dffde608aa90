// Sums c + k·sin²(a·x + q·π/4) in integers, for the rare doubles where snakeBeta's float64 scalars
// cancel: next to a simple root of x + sin²(αx)/β or of (β − α) + α·2sin²(αx + π/4) the
// double-double of ./sin-squared.ts (2^−100 relative) leaves too few bits, and how deep two doubles
// can cancel there depends on α and β (x = −β exactly, α = 1 cancels to β²/3 of x). So sin² is
// taken to W bits, W doubled until the sum keeps 64 bits above its error: ./reduce-pi.ts's
// Payne–Hanek remainder (or the exact product where no reduction is needed), times π/4, and
// Taylor series in fixed point.
import { split } from './exact.js';
import { FOUR_OVER_PI_BITS, pow2Scale, reduceWide } from './reduce-pi.js';

function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/**
 * sin²(a·x + q·π/4) = m·2^e (q = 0 or 1) for finite nonzero a and x, as [m, e], to about W − 8
 * bits: the remainder r of the reduction (a·x + q·π/4 = r + n·π/2, |r| ≤ π/4) to W significant
 * bits, then sin² r = r²·(Σ (−z)^k/(2k+1)!)² for even n and cos² r = (Σ (−z)^k/(2k)!)² for odd
 * n, z = r², each summed in W-bit fixed point until its terms vanish.
 */
function sinSquaredWide(a: number, x: number, q: number, w: number): [bigint, number] {
  const W = BigInt(w);
  const one = 1n << W;
  let rm: bigint;
  let er: number;
  let cos = false;
  const [ma, ea] = split(a);
  const [mx, ex] = split(x);
  if (q === 0 && Math.abs(a * x) < 0.75) {
    rm = ma * mx; // |a·x| < π/4: r = a·x exactly
    er = ea + ex;
  } else {
    const [d, shift, n] = reduceWide(a, x, q);
    cos = (n & 1n) === 1n;
    const drop = bitLength(d) - w;
    const t = drop >= 0 ? d >> BigInt(drop) : d << BigInt(-drop);
    rm = (t * ((1n << (2304n + W)) / FOUR_OVER_PI_BITS)) >> W; // times π/4·2^W
    er = drop - shift;
  }
  const r2 = rm * rm;
  const zs = 2 * er + w;
  const z = zs >= 0 ? r2 << BigInt(zs) : r2 >> BigInt(-zs); // r²·2^W
  let g = one;
  let term = one;
  for (let j = cos ? 1 : 2; term !== 0n; j += 2) {
    term = -((term * z) >> W) / BigInt(j * (j + 1));
    g += term;
  }
  return cos ? [g * g, -2 * w] : [r2 * g * g, 2 * er - 2 * w];
}

/**
 * (c·2^ce + k·2^ke·sin²(a·x + q·π/4))/b rounded to a double (to within an ulp), for integers c
 * and k, finite nonzero a and x, and finite b ≠ 0.
 */
export function wideRatio(a: number, x: number, q: number, c: bigint, ce: number, k: bigint, ke: number, b: number): number {
  for (let w = 256; ; w *= 2) {
    const [sm, se] = sinSquaredWide(a, x, q, w);
    const te = ke + se;
    const e = Math.min(ce, te);
    const t = k * sm;
    const m = (c << BigInt(ce - e)) + (t << BigInt(te - e));
    // sin²'s error is below 2^−(W−8) of the term k·sin²; keep 64 bits of the sum above it
    if (w < 4096 && bitLength(m) + e < bitLength(t) + te - w + 72) continue;
    if (m === 0n) return 0;
    const [mb, eb] = split(b);
    const s = 120 - (bitLength(m) - bitLength(mb)); // a quotient of 120 bits or so
    const top = (s >= 0 ? m << BigInt(s) : m >> BigInt(-s)) / mb;
    return pow2Scale(Number(top), e - s - eb);
  }
}
