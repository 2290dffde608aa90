// erf and erfc in float64: a port of Sun's fdlibm s_erf.c (FreeBSD lib/msun/src/s_erf.c,
// "Copyright (C) 1993 by Sun Microsystems, Inc. ... Permission to use, copy, modify, and
// distribute this software is freely granted, provided that this notice is preserved."),
// whose comments give the method and the error of each rational approximation. Branch points,
// coefficients and the low-word trick are fdlibm's; the exp part of the tail is evaluated
// more carefully (see tail()). Additions for the exact GELU:
// - erfc takes its argument as a double-double x + xLo (gelu's z = -x/√2 is rounded, and a
//   1-ulp error in z becomes ~2z² ulp in erfc(z));
// - erfcTimes(m, x) = m·erfc(x) without the double rounding when erfc(x) is subnormal.

import { productError } from './dd.js';

// One shared DataView for word access (no per-call allocation; big-endian by default, so
// offset 0 is the high word on every host).
const words = new DataView(new ArrayBuffer(8));

/** fdlibm GET_HIGH_WORD, as a signed int32 (so `hx < 0` tests the sign as in C). */
function highWord(x: number): number {
  words.setFloat64(0, x);
  return words.getInt32(0);
}

/** fdlibm SET_LOW_WORD(x, 0): x with its 32 low significand bits cleared (21 bits remain). */
function clearLowWord(x: number): number {
  words.setFloat64(0, x);
  words.setUint32(4, 0);
  return words.getFloat64(0);
}

const erx = 8.45062911510467529297e-1; /* 0x3FEB0AC1, 0x60000000 */
const efx = 1.28379167095512586316e-1; /* 0x3FC06EBA, 0x8214DB69 */
const efx8 = 1.02703333676410069053; /* 0x3FF06EBA, 0x8214DB69 */

// The coefficients are fdlibm's (same decimal literals; the names pp0…sb7 of s_erf.c in the
// comments), written in place: bundlers turn module-level `const` into `var`, which costs
// bytes in every bundle (gelu's scalar import is ~3 KB) and a reload per use in V8.

/** fdlibm's R/S on |x| < 0.84375 (z = x²): erf(x) = x + x·R/S (pp0…pp4 over qq1…qq5). */
function smallRatio(z: number): number {
  const r =
    1.28379167095512558561e-1 +
    z * (-3.2504210724700149937e-1 + z * (-2.84817495755985104766e-2 + z * (-5.77027029648944159157e-3 + z * -2.37630166566501626084e-5)));
  const s =
    1 +
    z *
      (3.97917223959155352819e-1 +
        z *
          (6.50222499887672944485e-2 + z * (5.08130628187576562776e-3 + z * (1.32494738004321644526e-4 + z * -3.9602282787753681232e-6))));
  return r / s;
}

/** fdlibm's P/Q on 0.84375 ≤ |x| < 1.25 (s = |x| − 1): erf(|x|) = erx + P/Q (pa0…pa6 over qa1…qa6). */
function nearOneRatio(s: number): number {
  const P =
    -2.36211856075265944077e-3 +
    s *
      (4.14856118683748331666e-1 +
        s *
          (-3.72207876035701323847e-1 +
            s *
              (3.18346619901161753674e-1 +
                s * (-1.10894694282396677476e-1 + s * (3.54783043256182359371e-2 + s * -2.166375594868790843e-3)))));
  const Q =
    1 +
    s *
      (1.06420880400844228286e-1 +
        s *
          (5.40397917702171048937e-1 +
            s *
              (7.18286544141962662868e-2 +
                s * (1.26171219808761642112e-1 + s * (1.36370839120290507362e-2 + s * 1.1984499846799107417e-2)))));
  return P / Q;
}

const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/√π = erf′(0)
const M_MIN = 2 ** -960; // |m| range where Dekker's two-product of m/zh·zh is exact
const M_MAX = 2 ** 990;
const MIN_NORMAL = 2 ** -1022;

/** erf(x), fdlibm's algorithm (< 1 ulp). erf(±0) = ±0, erf(±∞) = ±1, erf(NaN) = NaN. */
export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return 1 - ((hx >>> 31) << 1) + 1 / x; // NaN → NaN, ±∞ → ±1
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3e300000) {
      // |x| < 2^-28; the scaling by 8 keeps subnormal x from losing bits in efx·x
      if (ix < 0x00800000) return (8 * x + efx8 * x) / 8;
      return x + efx * x;
    }
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25
    const pq = nearOneRatio(Math.abs(x) - 1);
    return hx >= 0 ? erx + pq : -erx - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1; // |x| >= 6: 1 - tiny rounds to 1
  // 1.25 <= |x| < 6: erf = ±(1 − erfc(|x|)); fdlibm's erf splits at 0x4006DB6E, erfc at ...6D.
  const r = tail(1, Math.abs(x), 0, ix < 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

/**
 * erfc(x + xLo) for a double-double argument (|xLo| ≤ ulp(x)/2), fdlibm's algorithm.
 * Measured error ≤ 2.2 ulp (fdlibm's own cancellation on 0.625 < x < 1.25), ≤ 1.8 ulp for
 * x ≥ 1.25, 0.5 ulp for deeply subnormal results (test/internal/erfc.test.ts).
 * erfc(NaN) = NaN, erfc(+∞) = 0, erfc(−∞) = 2; underflows to +0 near x = 27.2.
 */
export function erfc(x: number, xLo = 0): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return ((hx >>> 31) << 1) + 1 / x; // NaN → NaN, +∞ → 0, −∞ → 2
  if (ix < 0x3ff40000) {
    // |x| < 1.25. Here the relative condition number |x·erfc′(x)/erfc(x)| is at most ~3.8
    // (at x = 1.25), so xLo shifts erfc by up to ~2.3 ulp: too much to ignore, but a
    // first-order term d = xLo·erfc′(x) = −xLo·(2/√π)·exp(−x²) is exact enough (its own
    // error and the dropped xLo² term are < 2^-100 relative). x + xLo itself would round to x.
    const d = xLo === 0 ? 0 : xLo * TWO_OVER_SQRT_PI * Math.exp(-x * x);
    if (ix < 0x3feb0000) {
      // |x| < 0.84375: erfc = 1 − (x + x·R); below 2^-56 erfc rounds to 1 − x whatever xLo is
      if (ix < 0x3c700000) return 1 - x;
      const y = smallRatio(x * x);
      if (hx < 0x3fd00000) return 1 - (x + (x * y + d)); // x < 1/4
      return 0.5 - (x * y + d + (x - 0.5));
    }
    // 0.84375 <= |x| < 1.25: erfc = (1 − erx) − P/Q for x > 0, 1 + (erx + P/Q) for x < 0
    const pq = nearOneRatio(Math.abs(x) - 1);
    if (hx >= 0) return 1 - erx - (pq + d);
    return 1 + (erx + (pq - d));
  }
  if (ix < 0x403c0000) {
    // 1.25 <= |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2; // x <= -6: 2 − tiny rounds to 2
    // |x + xLo| = |x| + zl with zl = ±xLo (the sign of x flips it)
    const r = tail(1, Math.abs(x), hx < 0 ? -xLo : xLo, ix < 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? 0 : 2; // |x| >= 28: tiny·tiny underflows to 0, 2 − tiny rounds to 2
}

/**
 * m·erfc(x + xLo), accurate also when erfc(x) is subnormal or underflows but m·erfc(x) does
 * not (for the exact GELU, m = x/2 and the result is subnormal near x ≈ −38). Special cases:
 * m = ±0, or x = +∞ (erfc = 0), give m·0: the signed zero (0 × −5 = −0), NaN for infinite m
 * and x = +∞ as in IEEE. An infinite m gives ±Infinity for every other non-NaN x, because
 * erfc(x) > 0 there even where it underflows. For finite m and x >= 28, erfc(x) < 7e-343 is
 * taken as 0 (right unless |m| > 2^61). NaN in m or x gives NaN.
 */
export function erfcTimes(m: number, x: number, xLo = 0): number {
  if (m === Infinity || m === -Infinity) return x === Infinity || x !== x ? NaN : m;
  const ix = highWord(x) & 0x7fffffff;
  // Only the positive tail 1.25 <= x < 28 can underflow; elsewhere erfc(x) >= 0.07.
  if (x >= 1.25 && ix < 0x403c0000) return tail(m, x, xLo, ix < 0x4006db6d);
  return m * erfc(x, xLo);
}

/**
 * m·erfc(zh + zl) for 1.25 <= zh < 28, finite m (with m = 1, zl = 0 also erf's core).
 * erfc(z) = exp(−z² − 0.5625 + R/S)/z. fdlibm's Note 1: with s = z with its low word
 * cleared (21 significant bits), −s² − 0.5625 is exact (s² has 42 bits), and
 * −z² = −s² + (s−z)(s+z) leaves only a small remainder to round. For a double-double z:
 *   −(zh+zl)² = −s² − ((zh−s)+zl)·(zh+s+zl)            (zh−s exact)
 *   1/(zh+zl) = (1/zh)·exp(−zl/zh + O(2^-106))          (no extra rounding, unlike ·(1−zl/zh))
 * The dependence of R/S on zl is dropped: |d(R/S)/dz| ≤ 0.24 on [1.25, 28), i.e. ≤ 0.3 ulp at
 * z = 1.25 and falling fast.
 * One deviation from fdlibm's evaluation (not its approximation): exp(−s²−0.5625)·exp(rest)/z
 * costs two exps, a product and a quotient (measured up to 2.44 ulp, 2.5 with m). Instead the
 * exact big part A and the small rest w form a double-double B + Bl, m/zh another, and
 * m·exp(B + Bl)/zh = (m/zh)_hi·exp(B)·(1 + d): one exp and two roundings (measured ≤ 1.8 ulp).
 * m is applied before the possibly tiny exp(B); if exp(B) or the result would be subnormal,
 * exp(B) is split into exp(B/2)·exp(B/2) (B/2 exact) so that only the last multiply rounds
 * into the subnormals (no double rounding there).
 */
function tail(m: number, zh: number, zl: number, near: boolean): number {
  const s = 1 / (zh * zh);
  let R: number;
  let S: number;
  if (near) {
    // |z| < 1/0.35: ra0…ra7 over sa1…sa8; beyond, rb0…rb6 over sb1…sb7
    R =
      -9.86494403484714822705e-3 +
      s *
        (-6.93858572707181764372e-1 +
          s *
            (-1.05586262253232909814e1 +
              s *
                (-6.23753324503260060396e1 +
                  s *
                    (-1.62396669462573470355e2 +
                      s * (-1.84605092906711035994e2 + s * (-8.12874355063065934246e1 + s * -9.81432934416914548592))))));
    S =
      1 +
      s *
        (1.96512716674392571292e1 +
          s *
            (1.376577541435190426e2 +
              s *
                (4.34565877475229228821e2 +
                  s *
                    (6.45387271733267880336e2 +
                      s *
                        (4.29008140027567833386e2 +
                          s * (1.08635005541779435134e2 + s * (6.57024977031928170135 + s * -6.04244152148580987438e-2)))))));
  } else {
    R =
      -9.86494292470009928597e-3 +
      s *
        (-7.99283237680523006574e-1 +
          s *
            (-1.77579549177547519889e1 +
              s *
                (-1.60636384855821916062e2 +
                  s * (-6.37566443368389627722e2 + s * (-1.02509513161107724954e3 + s * -4.83519191608651397019e2)))));
    S =
      1 +
      s *
        (3.03380607434824582924e1 +
          s *
            (3.25792512996573918826e2 +
              s *
                (1.53672958608443695994e3 +
                  s *
                    (3.19985821950859553908e3 +
                      s * (2.55305040643316442583e3 + s * (4.74528541206955367215e2 + s * -2.24409524465858183362e1))))));
  }
  const z = clearLowWord(zh);
  const A = -z * z - 0.5625; // exact, <= −2.125
  const w = -(zh - z + zl) * (zh + z + zl) + R / S - zl / zh; // |w| < 0.25
  const B = A + w;
  const Bl = A - B + w; // exact rounding error of B (Dekker's fast two-sum, |A| > |w|)
  // m/zh = qh·(1 + rem/m) exactly: m − qh·zh is exact by Dekker's two-product (m − p is exact
  // by Sterbenz); skipped where the product's partial terms could over- or underflow.
  const qh = m / zh;
  const p = qh * zh;
  const am = Math.abs(m);
  const rel = am > M_MIN && am < M_MAX ? (m - p - productError(qh, zh, p)) / m : 0;
  const d = Bl + rel; // m·erfc = qh·exp(B)·(1 + d) to 2^-85 relative (Bl² ≤ 2^-88)
  if (B >= -708.39) {
    // exp(B) >= 2^-1022 (ln 2^-1022 = −708.396…): m·erfc rounds once, then the correction d
    const q = qh * Math.exp(B);
    if (Math.abs(q) >= MIN_NORMAL) return q + q * d;
  }
  // exp(B) or the result is subnormal: split exp(B) = exp(B/2)², B/2 exact, exp(B/2) >= e^-393,
  // so that only the last multiply rounds (once) into the subnormals
  const h = Math.exp(0.5 * B);
  const q = qh * h;
  return (q === 0 ? q : q + q * d) * h; // a zero q keeps its sign (−0 + +0 would be +0)
}
