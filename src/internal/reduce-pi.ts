// Argument reduction of the exact product a·x (and a·x + π/4) modulo π/2, for the periodic
// activations (snake, snakeBeta). The product is never rounded first: one ulp of a rounded a·x
// is many periods once |a·x| is large, and near the zeros of sin(a·x + π/4) (those of snake′)
// the rounding of a·x alone would cost every digit of the result. So a·x is taken exactly, as a
// double-double, and reduced with π/4 to 165 bits (Cody–Waite) while |a·x| ≤ 2^24; beyond, or
// where the double-double product would overflow, it is reduced exactly in integers with 4/π to
// 2304 bits (Payne–Hanek), which covers every product of two finite doubles.

import { productError, sumError } from './dd.js';
import { split } from './exact.js';

/** π/4 = P1 + P2 + P3 + P4 + P5 to 2^−165; P1…P4 have 28 significant bits, so m·Pi is exact for |m| < 2^25. */
const P1 = 0.7853981629014015;
const P2 = 4.960467904491228e-10;
const P3 = -6.088525874283039e-19;
const P4 = -1.4703943327990652e-27;
const P5 = -2.3945989795309957e-36;
/** π/4 as a double-double. */
export const PIO4_HI = 0.7853981633974483;
export const PIO4_LO = 3.061616997868383e-17;
const FOUR_OVER_PI = 1.2732395447351628;
/** Below this |a·x| the Cody–Waite pieces apply (|m| ≤ 2^24·4/π + 1 < 2^25). */
const CODY_WAITE_LIMIT = 16777216;

/** ⌊4/π·2^2304⌋ (test/internal/reduce-pi.test.ts checks it against decimal.js). */
export const FOUR_OVER_PI_BITS = BigInt(
  '0x145f306dc9c882a53f84eafa3ea69bb81b6c52b3278872083fca2c757bd778ac36e48dc74849ba5c00c925dd413a32439fc3bd63962534e7dd1046bea5d768909d338e04d68befc827323ac7306a673e93908bf177bf250763ff12fffbc0b301fde5e2316b414da3eda6cfd9e4f96136e9e8c7ecd3cbfd45aea4f758fd7cbe2f67a0e73ef14a525d4d7f6bf623f1aba10ac06608df8f6d757e19f784135e86c3b53c722c2bdcc3610cb330abe2940d0811bffb1009ae64e620c0c2aad94e75192c1c4f78118d68f883386cf9bb9d0125506b388ed172c394dbb5e89a2ae320a7d4bfe0e0a7efc67d06585bc9f3064fb77867a4dded63cbdf13e743e6b95e4fe3b0fe24320f8f848d5f4ddaaee5a6086762b8c296b3a338785895a829a58ba0018',
);
const FRACTION_BITS = 2304;

/**
 * The reduced argument of the last {@link reduceProduct} call: r = REDUCED[0] + REDUCED[1] with
 * a·x + q·π/4 = r + k·π/2, |r| ≤ π/4 (up to a rounding), and REDUCED[2] = k mod 2.
 */
export const REDUCED = new Float64Array(3);

/**
 * Reduces a·x + q·π/4 (q = 0 or 1) modulo π/2 into {@link REDUCED}, for finite a and x with
 * |a·x| ≥ 2^−450 (smaller products need no reduction). The result is within about 2^−140 of
 * the exact reduced argument.
 */
export function reduceProduct(a: number, x: number, q: number): void {
  const uh = a * x;
  const abs = Math.abs(uh);
  if (abs <= CODY_WAITE_LIMIT) reduceCodyWaite(uh, productTail(a, x, uh), q);
  else reduceExact(a, x, q);
}

/**
 * The exact a·x − u of u = a·x rounded, for 2^−400 ≤ |u| < 2^60 (0 below, where no reduction
 * needs it): Dekker's product error, with a and x scaled by 2^∓600 where one of them is extreme
 * (the product stays the same, and the split neither overflows nor underflows).
 */
export function productTail(a: number, x: number, u: number): number {
  if (!(Math.abs(u) >= 2 ** -400)) return 0;
  if (Math.abs(a) >= 2 ** 500) return productError(a * 2 ** -600, x * 2 ** 600, u);
  if (Math.abs(x) >= 2 ** 500) return productError(a * 2 ** 600, x * 2 ** -600, u);
  return productError(a, x, u);
}

/** Cody–Waite for u = uh + ul, |u| ≤ 2^24: r = u − m·π/4 with m ≡ q (mod 2), summed as a double-double, into {@link REDUCED}. */
export function reduceCodyWaite(uh: number, ul: number, q: number): void {
  const n = Math.floor((uh * FOUR_OVER_PI + q + 1) / 2);
  const m = 2 * n - q;
  let hi = uh - m * P1;
  let lo = sumError(uh, -m * P1, hi);
  let s = hi + ul;
  lo += sumError(hi, ul, s);
  hi = s;
  s = hi - m * P2;
  lo += sumError(hi, -m * P2, s);
  hi = s;
  s = hi - m * P3;
  lo += sumError(hi, -m * P3, s);
  hi = s;
  s = hi - m * P4;
  lo += sumError(hi, -m * P4, s);
  hi = s;
  const t5 = -m * P5;
  lo += t5 - productError(m, P5, -t5);
  s = hi + lo;
  REDUCED[0] = s;
  REDUCED[1] = lo - (s - hi);
  REDUCED[2] = n & 1;
}

/**
 * Payne–Hanek in integers, for finite nonzero a and x: a·x·4/π = Ma·Mx·F·2^(e − 2304) exactly up
 * to F's truncation (2^−2304 relative), taken modulo 8 and split into m = 2n − q and the
 * remainder d = (a·x·4/π − m)·2^shift, |d| ≤ 2^shift; returns [d, shift, n].
 */
export function reduceWide(a: number, x: number, q: number): [bigint, number, bigint] {
  const [ma, ea] = split(a);
  const [mx, ex] = split(x);
  const shift = FRACTION_BITS - (ea + ex); // > 0: ea + ex ≤ 2·971
  const p = BigInt.asUintN(shift + 3, ma * mx * FOUR_OVER_PI_BITS); // (a·x·4/π mod 8)·2^shift
  const n = (p + (BigInt(q + 1) << BigInt(shift))) >> BigInt(shift + 1);
  return [p - ((2n * n - BigInt(q)) << BigInt(shift)), shift, n];
}

/** {@link reduceWide}'s remainder kept to 112 bits and times π/4, as a double-double, into {@link REDUCED}. */
function reduceExact(a: number, x: number, q: number): void {
  const [d, shift, n] = reduceWide(a, x, q);
  const bits = d === 0n ? 0 : (d < 0n ? -d : d).toString(16).length * 4;
  const drop = Math.max(0, bits - 112);
  const top = d >> BigInt(drop);
  const th = Number(top);
  const tl = Number(top - BigInt(th));
  const scale = drop - shift; // t = (th + tl)·2^scale, the reduced argument in units of π/4
  const h = pow2Scale(th, scale);
  const l = pow2Scale(tl, scale);
  const rh = h * PIO4_HI;
  const rl = productError(h, PIO4_HI, rh) + h * PIO4_LO + l * PIO4_HI;
  const s = rh + rl;
  REDUCED[0] = s;
  REDUCED[1] = rl - (s - rh);
  REDUCED[2] = Number(n & 1n);
}

/** v·2^e without overflow of the intermediate power (e may be below −1022). */
export function pow2Scale(v: number, e: number): number {
  while (e < -1000) {
    v *= 2 ** -1000;
    e += 1000;
  }
  return v * 2 ** e;
}
