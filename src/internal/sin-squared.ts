// sin²(a·x + q·π/4) as a double-double, for the float64 scalars of snake and snakeBeta: the
// argument reduced exactly (./reduce-pi.ts), then sin or cos of the reduced r (|r| ≤ π/4) as
// Taylor series in double-double, so the square is within about 2^−100 relative of the exact
// value, also next to its zeros (those of r). Where snakeBeta's x + sin²(αx)/β cancels this to its
// last bits, next to a simple root, ./sin-squared-wide.ts takes over.
import { productError, sumError } from './dd.js';
import { REDUCED, reduceProduct } from './reduce-pi.js';

/** The result of the last {@link sinSquaredDD}: sin² = SIN2[0] + SIN2[1]. */
export const SIN2 = new Float64Array(2);

/** 1/j! for j = 0 … 28 as double-doubles [hi, lo, …] (made on first use). */
let INVERSE_FACTORIALS: Float64Array | undefined;

function inverseFactorials(): Float64Array {
  const t = new Float64Array(58);
  let f = 1; // j!, exact up to 22!; beyond, its terms are below 2^−60 of the sums and their rounding does not show
  for (let j = 0; j <= 28; j++) {
    if (j > 0) f *= j;
    const h = 1 / f;
    const p = h * f;
    t[2 * j] = h;
    t[2 * j + 1] = (1 - p - productError(h, f, p)) / f;
  }
  return t;
}

/** The double-double result of {@link step}. */
let H = 0;
let L = 0;

/** (ch + cl) + (zh + zl)·(H + L) into H + L: one Horner step in double-double. */
function step(ch: number, cl: number, zh: number, zl: number): void {
  const p = zh * H;
  const pl = productError(zh, H, p) + zh * L + zl * H;
  const s = ch + p;
  const e = sumError(ch, p, s) + cl + pl;
  H = s + e;
  L = e - (H - s);
}

/** sin²(a·x + q·π/4) into {@link SIN2} (q = 0 or 1), for finite a and x: the exact reduction, then {@link sinSquaredReduced}. */
export function sinSquaredDD(a: number, x: number, q: number): void {
  reduceProduct(a, x, q);
  sinSquaredReduced();
}

/**
 * sin² of the argument reduced into REDUCED (r + k·π/2) into {@link SIN2}: sin² has period π, so
 * it is sin²(r) for even k and cos²(r) for odd k, with sin r = r·Σ (−z)^k/(2k+1)! and
 * cos r = Σ (−z)^k/(2k)!, z = r², summed in double-double to the last term above 2^−106 at |r| ≤ 0.8.
 */
export function sinSquaredReduced(): void {
  const rh = REDUCED[0];
  const rl = REDUCED[1];
  const zh = rh * rh;
  const zl = productError(rh, rh, zh) + 2 * rh * rl; // r² = zh + zl
  INVERSE_FACTORIALS ??= inverseFactorials();
  const c = INVERSE_FACTORIALS;
  const odd = REDUCED[2] === 0 ? 1 : 0; // sin: the odd factorials
  H = 0;
  L = 0;
  for (let k = 14 - odd; k >= 0; k--) {
    const j = 2 * k + odd;
    const sign = k & 1 ? -1 : 1;
    step(sign * c[2 * j], sign * c[2 * j + 1], zh, zl);
  }
  if (odd === 1) step(0, 0, rh, rl);
  const sq = H * H;
  SIN2[0] = sq;
  SIN2[1] = productError(H, H, sq) + 2 * H * L;
}
