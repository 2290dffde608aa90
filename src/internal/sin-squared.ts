// sin²(a·x + q·π/4) as a double-double, for the float64 scalars of snake and snakeBeta: the
// argument reduced exactly (./reduce-pi.ts), then sin or cos of the reduced r (|r| ≤ π/4) as
// Taylor series in double-double (their last terms, below 2^−53 of the sum, in double), so the
// square is within about 2^−100 relative of the exact value, also next to its zeros (those of
// r): snakeBeta's x + sin²(αx)/β has simple roots, where the sum cancels to its last bits.
import { productError, sumError } from './dd.js';
import { REDUCED, reduceProduct } from './reduce-pi.js';

/** The result of the last {@link sinSquaredDD}: sin² = SIN2[0] + SIN2[1]. */
export const SIN2 = new Float64Array(2);

// Taylor coefficients 1/n! as double-doubles (hi, lo) where the tail must stay exact to 2^−106
// relative, then as doubles where their terms are below 2^−53 of the sum, up to the last term
// above 2^−106 at |r| ≤ 0.8 (r^27/27! and r^28/28!).
const F3 = 0.16666666666666666;
const F3L = 9.25185853854297e-18;
const F5 = 0.008333333333333333;
const F5L = 1.1564823173178714e-19;
const F7 = 0.0001984126984126984;
const F7L = 1.7209558293420705e-22;
const F9 = 0.0000027557319223985893;
const F9L = -1.858393274046472e-22;
const F11 = 2.505210838544172e-8;
const F11L = -1.448814070935912e-24;
const F13 = 1.6059043836821613e-10;
const F13L = 1.2585294588752098e-26;
const F15 = 7.647163731819816e-13;
const F15L = 7.03872877733453e-30;
const F4 = 0.041666666666666664;
const F4L = 2.3129646346357427e-18;
const F6 = 0.001388888888888889;
const F6L = -5.300543954373577e-20;
const F8 = 0.0000248015873015873;
const F8L = 2.1511947866775882e-23;
const F10 = 2.755731922398589e-7;
const F10L = 2.3767714622250297e-23;
const F12 = 2.08767569878681e-9;
const F12L = -1.20734505911326e-25;
const F14 = 1.1470745597729725e-11;
const F14L = 2.0655512752830745e-28;
const F16 = 4.779477332387385e-14;
const F16L = 4.399205485834081e-31;

/** 1/21! − z/23! + z²/25! − z³/27!: the last terms of sin's series (below 2^−100 of sin r beyond). */
const TAIL_SIN = (z: number): number =>
  1.9572941063391263e-20 + z * (-3.8681701706306835e-23 + z * (6.446950284384474e-26 - z * 9.183689863795546e-29));
/** 1/20! − z/22! + z²/24! − z³/26! + z⁴/28!: the last terms of cos's series. */
const TAIL_COS = (z: number): number =>
  4.110317623312165e-19 +
  z * (-8.896791392450574e-22 + z * (1.6117375710961184e-24 + z * (-2.4795962632247972e-27 + z * 3.2798892370698385e-30)));

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

/**
 * sin²(a·x + q·π/4) into {@link SIN2} (q = 0 or 1), for finite a and x. sin² has period π, so
 * with a·x + q·π/4 = r + k·π/2 it is sin²(r) for even k and cos²(r) for odd k.
 */
export function sinSquaredDD(a: number, x: number, q: number): void {
  reduceProduct(a, x, q);
  const rh = REDUCED[0];
  const rl = REDUCED[1];
  const zh = rh * rh;
  const zl = productError(rh, rh, zh) + 2 * rh * rl; // r² = zh + zl
  let sh: number;
  let sl: number;
  if (REDUCED[2] === 0) {
    // sin r = r + r·z·(−1/3! + z/5! − …)
    H = 1 / 355687428096000 + zh * (-1 / 121645100408832000 + zh * TAIL_SIN(zh));
    L = 0;
    step(-F15, -F15L, zh, zl);
    step(F13, F13L, zh, zl);
    step(-F11, -F11L, zh, zl);
    step(F9, F9L, zh, zl);
    step(-F7, -F7L, zh, zl);
    step(F5, F5L, zh, zl);
    step(-F3, -F3L, zh, zl);
    step(0, 0, zh, zl); // z·(…)
    step(0, 0, rh, rl); // r·z·(…)
    const s = rh + H;
    const e = sumError(rh, H, s) + rl + L;
    sh = s + e;
    sl = e - (sh - s);
  } else {
    // cos r = 1 + z·(−1/2 + z/4! − …)
    H = -1 / 6402373705728000 + zh * TAIL_COS(zh);
    L = 0;
    step(F16, F16L, zh, zl);
    step(-F14, -F14L, zh, zl);
    step(F12, F12L, zh, zl);
    step(-F10, -F10L, zh, zl);
    step(F8, F8L, zh, zl);
    step(-F6, -F6L, zh, zl);
    step(F4, F4L, zh, zl);
    step(-0.5, 0, zh, zl);
    step(1, 0, zh, zl);
    sh = H;
    sl = L;
  }
  const sq = sh * sh;
  SIN2[0] = sq;
  SIN2[1] = productError(sh, sh, sq) + 2 * sh * sl;
}
