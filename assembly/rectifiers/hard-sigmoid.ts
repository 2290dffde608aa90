// hardSigmoid = clamp(alpha·x + beta, 0, 1), hardSigmoid′ = alpha·(+(g₀ > 0) − +(g₁ ≥ 0)), the
// float64 computation of the JavaScript kernels done two lanes at a time (f64x2), step for step:
// the gate d·(alpha·x + beta − k) carried exactly with Dekker's product and Knuth's sum (d = 6
// when alpha is the double 1/6), alpha·x itself where |alpha·x| > 4(|beta| + 1), then rounded to
// float32 once, so every result is the JavaScript kernel's bit for bit. (No FMA: wasm's f64x2
// has none outside relaxed SIMD, and JavaScript has none, so the products round alike.) That
// exact path runs only for the vectors the fast paths below cannot decide (a lane near a float32
// rounding boundary or a root, ±Infinity, NaN, |beta| > 2^40); swept over all 2^32 float32 at
// the defaults with scripts/simd-exact-sweep.ts: 0 differ.
import { ZERO, keepNaN, map, zip } from '../lanes';

const SIXTH: f64 = 1.0 / 6.0;
const SPLITTER: f64 = 134217729; // 2^27 + 1
const ONE64: v128 = f64x2.splat(1);
const ZERO64: v128 = f64x2.splat(0);
const SIX64: v128 = f64x2.splat(6);
const FAST_BETA: f64 = 1099511627776; // 2^40
const TINY: f64 = 9.332636185032189e-302; // 2^-1000

@inline function low(v: v128): v128 {
  return f64x2.promote_low_f32x4(v);
}
@inline function high(v: v128): v128 {
  return f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 2, 3));
}
@inline function join(lo: v128, hi: v128): v128 {
  return v128.shuffle<f32>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

/** Knuth's two-sum error a + b − s of s = fl(a + b). */
@inline function sumError(a: v128, b: v128, s: v128): v128 {
  const bb = f64x2.sub(s, a);
  return f64x2.add(f64x2.sub(a, f64x2.sub(s, bb)), f64x2.sub(b, bb));
}

/** The gate for alpha = 1/6: 6·(x/6 + beta) − k6 with b = 6·beta, eb its error, lim = 24(|beta| + 1). */
@inline function gateSixth(x: v128, lim: v128, b: v128, eb: v128, k6: v128): v128 {
  const s = f64x2.add(x, b);
  const g = f64x2.add(f64x2.sub(s, k6), f64x2.add(sumError(x, b, s), eb));
  return v128.bitselect(g, x, f64x2.le(f64x2.abs(x), lim));
}

/** The gate for another alpha (aHi + aLo its Dekker split): alpha·x + beta − k, lim = 4(|beta| + 1). */
@inline function gate(x: v128, alpha: v128, aHi: v128, aLo: v128, lim: v128, beta: v128, k: v128): v128 {
  const p = f64x2.mul(alpha, x);
  const t = f64x2.mul(f64x2.splat(SPLITTER), x);
  const xHi = f64x2.sub(t, f64x2.sub(t, x));
  const xLo = f64x2.sub(x, xHi);
  let ep = f64x2.sub(f64x2.mul(aHi, xHi), p);
  ep = f64x2.add(ep, f64x2.mul(aHi, xLo));
  ep = f64x2.add(ep, f64x2.mul(aLo, xHi));
  ep = f64x2.add(ep, f64x2.mul(aLo, xLo));
  const s = f64x2.add(p, beta);
  const g = f64x2.add(f64x2.sub(s, k), f64x2.add(sumError(p, beta, s), ep));
  return v128.bitselect(g, p, f64x2.le(f64x2.abs(p), lim));
}

/** clampBetween(t, 0, 1): +0 for t ≤ 0, 1 for t ≥ 1, t between, NaN for NaN. */
@inline function clamp01(t: v128): v128 {
  return v128.bitselect(ZERO64, v128.bitselect(ONE64, t, f64x2.ge(t, ONE64)), f64x2.le(t, ZERO64));
}

/** alpha·(+(g₀ > 0) − +(g₁ ≥ 0)) in float64. */
@inline function slope(g0: v128, g1: v128, alpha: v128): v128 {
  return f64x2.mul(alpha, f64x2.sub(v128.and(ONE64, f64x2.gt(g0, ZERO64)), v128.and(ONE64, f64x2.ge(g1, ZERO64))));
}

// alpha = 1/6. Lanes: lim, b, eb (and k6 = 6, alpha for the slopes).
@final @unmanaged class Sixth {
  @inline apply(v: v128, lim: v128, b: v128, eb: v128, d: v128, e: v128, f: v128): v128 {
    const lo = f64x2.div(gateSixth(low(v), lim, b, eb, ZERO64), SIX64);
    const hi = f64x2.div(gateSixth(high(v), lim, b, eb, ZERO64), SIX64);
    return join(clamp01(lo), clamp01(hi));
  }
}
@inline function sixthSlope(x: v128, lim: v128, b: v128, eb: v128, alpha: v128): v128 {
  return slope(gateSixth(x, lim, b, eb, ZERO64), gateSixth(x, lim, b, eb, SIX64), alpha);
}
@final @unmanaged class SixthSlope {
  @inline apply(v: v128, lim: v128, b: v128, eb: v128, alpha: v128, e: v128, f: v128): v128 {
    return keepNaN(v, join(sixthSlope(low(v), lim, b, eb, alpha), sixthSlope(high(v), lim, b, eb, alpha)));
  }
}
@final @unmanaged class SixthBackward {
  @inline apply(g: v128, v: v128, lim: v128, b: v128, eb: v128, alpha: v128, e: v128, f: v128): v128 {
    const lo = f64x2.mul(low(g), sixthSlope(low(v), lim, b, eb, alpha));
    const hi = f64x2.mul(high(g), sixthSlope(high(v), lim, b, eb, alpha));
    return keepNaN(v, join(lo, hi));
  }
}

// The fast path of the forward kernels. With p = fl(alpha·x) and t = fl(p + beta) (alpha the
// double, 1/6 rounded too), the JavaScript kernel's float64 value v (before its clamp) lies within
// 6u|p| + 3u|beta| + 2⁻¹⁰⁶⁰ ≤ 6.01u|t| + 9u|beta| + 2⁻¹⁰⁶⁰ of t (u = 2⁻⁵³; the Dekker/Knuth gate
// is within u of alpha·x + beta, alpha = 1/6 adds 2u|p| and /6 one more rounding; the tiny term
// is Dekker's underflow; |p| ≤ |t|(1 + u) + |beta|). For −1 ≤ t ≤ 2 that is below
// e = 2⁻⁴⁹(|beta| + 2) + 2⁻¹⁰⁰⁰ (with room for the roundings of t ± e); outside, with
// |beta| ≤ 2⁴⁰, v is clamped to the same bound as t (and where |alpha·x| > 4(|beta| + 1) the
// gate drops beta, but clamps both sides alike). Rounding to float32 and clamping to [0, 1]
// commute and are monotone, so where fround(t − e) = fround(t + e) (±0 alike) its clamp is the
// result: every lane but those within e of a float32 midpoint (mostly exact ties, where
// x/6 + beta is dyadic: 0.7 % of inputs uniform on [−8, 8] at the defaults), ±Infinity and NaN,
// whose vectors take the exact path. Lanes: alpha, beta, e.
const ONE32: v128 = f32x4.splat(1);
@inline function below(x: v128, alpha: v128, beta: v128, e: v128): v128 {
  return f64x2.sub(f64x2.add(f64x2.mul(x, alpha), beta), e);
}
@inline function above(x: v128, alpha: v128, beta: v128, e: v128): v128 {
  return f64x2.add(f64x2.add(f64x2.mul(x, alpha), beta), e);
}
/** clamp(y, 0, 1) in float32: +0 for y ≤ 0 (−0 too), NaN for NaN (pmax/pmin keep their first operand's NaN). */
@inline function clamp32(y: v128): v128 {
  return f32x4.add(f32x4.pmin(f32x4.pmax(y, ZERO), ONE32), ZERO);
}
@final @unmanaged class FastSixth {
  @inline apply(v: v128, alpha: v128, beta: v128, c: v128, lim: v128, b: v128, eb: v128): v128 {
    const lo = low(v);
    const hi = high(v);
    const down = join(below(lo, alpha, beta, c), below(hi, alpha, beta, c));
    const up = join(above(lo, alpha, beta, c), above(hi, alpha, beta, c));
    if (i32x4.all_true(f32x4.eq(down, up))) return clamp32(down);
    return join(clamp01(f64x2.div(gateSixth(lo, lim, b, eb, ZERO64), SIX64)), clamp01(f64x2.div(gateSixth(hi, lim, b, eb, ZERO64), SIX64)));
  }
}
@final @unmanaged class FastAffine {
  @inline apply(v: v128, alpha: v128, beta: v128, c: v128, aHi: v128, aLo: v128, lim: v128): v128 {
    const lo = low(v);
    const hi = high(v);
    const down = join(below(lo, alpha, beta, c), below(hi, alpha, beta, c));
    const up = join(above(lo, alpha, beta, c), above(hi, alpha, beta, c));
    if (i32x4.all_true(f32x4.eq(down, up))) return clamp32(down);
    return join(clamp01(gate(lo, alpha, aHi, aLo, lim, beta, ZERO64)), clamp01(gate(hi, alpha, aHi, aLo, lim, beta, ZERO64)));
  }
}

// The slopes' fast path: g₀ and g₁ have the signs of t and t − 1 wherever both are farther than
// e from 0 (the same bound; t − 1 is exact near 1, and far from it its rounding cannot flip a
// sign): the slope is alpha for 0 < t < 1, +0 elsewhere. Other vectors (and NaN) take the gates.
@inline function tee(x: v128, alpha: v128, beta: v128): v128 {
  return f64x2.add(f64x2.mul(x, alpha), beta);
}
// e bounds |v − t| for −1 ≤ t ≤ 2, and farther out t's sign and t − 1's cannot be wrong.
@inline function sure(x: v128, alpha: v128, beta: v128, e: v128): v128 {
  const t = tee(x, alpha, beta);
  return v128.and(f64x2.gt(f64x2.abs(t), e), f64x2.gt(f64x2.abs(f64x2.sub(t, ONE64)), e));
}
@inline function bothSure(lo: v128, hi: v128, alpha: v128, beta: v128, c: v128): bool {
  return i64x2.all_true(v128.and(sure(lo, alpha, beta, c), sure(hi, alpha, beta, c)));
}
@inline function fastSlope(x: v128, alpha: v128, beta: v128): v128 {
  const t = tee(x, alpha, beta);
  return v128.and(alpha, v128.and(f64x2.gt(t, ZERO64), f64x2.lt(t, ONE64)));
}
@final @unmanaged class FastSixthSlope {
  @inline apply(v: v128, alpha: v128, beta: v128, c: v128, lim: v128, b: v128, eb: v128): v128 {
    const lo = low(v);
    const hi = high(v);
    if (bothSure(lo, hi, alpha, beta, c)) return join(fastSlope(lo, alpha, beta), fastSlope(hi, alpha, beta));
    return keepNaN(v, join(sixthSlope(lo, lim, b, eb, alpha), sixthSlope(hi, lim, b, eb, alpha)));
  }
}
@final @unmanaged class FastSixthBackward {
  @inline apply(g: v128, v: v128, alpha: v128, beta: v128, c: v128, lim: v128, b: v128, eb: v128): v128 {
    const lo = low(v);
    const hi = high(v);
    if (bothSure(lo, hi, alpha, beta, c)) return join(f64x2.mul(low(g), fastSlope(lo, alpha, beta)), f64x2.mul(high(g), fastSlope(hi, alpha, beta)));
    return keepNaN(v, join(f64x2.mul(low(g), sixthSlope(lo, lim, b, eb, alpha)), f64x2.mul(high(g), sixthSlope(hi, lim, b, eb, alpha))));
  }
}
@final @unmanaged class FastAffineSlope {
  @inline apply(v: v128, alpha: v128, beta: v128, c: v128, aHi: v128, aLo: v128, lim: v128): v128 {
    const lo = low(v);
    const hi = high(v);
    if (bothSure(lo, hi, alpha, beta, c)) return join(fastSlope(lo, alpha, beta), fastSlope(hi, alpha, beta));
    return keepNaN(v, join(affineSlope(lo, alpha, aHi, aLo, lim, beta), affineSlope(hi, alpha, aHi, aLo, lim, beta)));
  }
}
@final @unmanaged class FastAffineBackward {
  @inline apply(g: v128, v: v128, alpha: v128, beta: v128, c: v128, aHi: v128, aLo: v128, lim: v128): v128 {
    const lo = low(v);
    const hi = high(v);
    if (bothSure(lo, hi, alpha, beta, c)) return join(f64x2.mul(low(g), fastSlope(lo, alpha, beta)), f64x2.mul(high(g), fastSlope(hi, alpha, beta)));
    return keepNaN(v, join(f64x2.mul(low(g), affineSlope(lo, alpha, aHi, aLo, lim, beta)), f64x2.mul(high(g), affineSlope(hi, alpha, aHi, aLo, lim, beta))));
  }
}

// Another alpha. Lanes: alpha, aHi, aLo, lim, beta.
@final @unmanaged class Affine {
  @inline apply(v: v128, alpha: v128, aHi: v128, aLo: v128, lim: v128, beta: v128, f: v128): v128 {
    const lo = gate(low(v), alpha, aHi, aLo, lim, beta, ZERO64);
    const hi = gate(high(v), alpha, aHi, aLo, lim, beta, ZERO64);
    return join(clamp01(lo), clamp01(hi));
  }
}
@inline function affineSlope(x: v128, alpha: v128, aHi: v128, aLo: v128, lim: v128, beta: v128): v128 {
  return slope(gate(x, alpha, aHi, aLo, lim, beta, ZERO64), gate(x, alpha, aHi, aLo, lim, beta, ONE64), alpha);
}
@final @unmanaged class AffineSlope {
  @inline apply(v: v128, alpha: v128, aHi: v128, aLo: v128, lim: v128, beta: v128, f: v128): v128 {
    return keepNaN(v, join(affineSlope(low(v), alpha, aHi, aLo, lim, beta), affineSlope(high(v), alpha, aHi, aLo, lim, beta)));
  }
}
@final @unmanaged class AffineBackward {
  @inline apply(g: v128, v: v128, alpha: v128, aHi: v128, aLo: v128, lim: v128, beta: v128, f: v128): v128 {
    const lo = f64x2.mul(low(g), affineSlope(low(v), alpha, aHi, aLo, lim, beta));
    const hi = f64x2.mul(high(g), affineSlope(high(v), alpha, aHi, aLo, lim, beta));
    return keepNaN(v, join(lo, hi));
  }
}

/** Dekker's exact error a·b − p of p = fl(a·b) (scalar: the constants). */
function productError(a: f64, b: f64, p: f64): f64 {
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
}
@inline function hi(a: f64): f64 {
  const t = SPLITTER * a;
  return t - (t - a);
}

export function hardSigmoidF32(x: usize, out: usize, n: i32, alpha: f64, beta: f64): void {
  if (Math.abs(beta) <= FAST_BETA) {
    const a = f64x2.splat(alpha);
    const bt = f64x2.splat(beta);
    const c = f64x2.splat((Math.abs(beta) + 2) * 1.7763568394002505e-15 + TINY); // 2^-49(|beta| + 2) + 2^-1000
    if (alpha == SIXTH) {
      const b = 6 * beta;
      const lim = f64x2.splat(24 * (Math.abs(beta) + 1));
      map<FastSixth>(x, out, n, a, bt, c, lim, f64x2.splat(b), f64x2.splat(productError(6, beta, b)));
    } else {
      const aHi = hi(alpha);
      map<FastAffine>(x, out, n, a, bt, c, f64x2.splat(aHi), f64x2.splat(alpha - aHi), f64x2.splat(4 * (Math.abs(beta) + 1)));
    }
  } else if (alpha == SIXTH) {
    const b = 6 * beta;
    const lim = f64x2.splat(24 * (Math.abs(beta) + 1));
    map<Sixth>(x, out, n, lim, f64x2.splat(b), f64x2.splat(productError(6, beta, b)), ZERO, ZERO, ZERO);
  } else {
    const lim = f64x2.splat(4 * (Math.abs(beta) + 1));
    const aHi = hi(alpha);
    map<Affine>(x, out, n, f64x2.splat(alpha), f64x2.splat(aHi), f64x2.splat(alpha - aHi), lim, f64x2.splat(beta), ZERO);
  }
}

export function hardSigmoidDerivativeF32(x: usize, out: usize, n: i32, alpha: f64, beta: f64): void {
  if (Math.abs(beta) <= FAST_BETA) {
    const c = f64x2.splat((Math.abs(beta) + 2) * 1.7763568394002505e-15 + TINY);
    if (alpha == SIXTH) {
      const b = 6 * beta;
      map<FastSixthSlope>(x, out, n, f64x2.splat(alpha), f64x2.splat(beta), c, f64x2.splat(24 * (Math.abs(beta) + 1)), f64x2.splat(b), f64x2.splat(productError(6, beta, b)));
    } else {
      const aHi = hi(alpha);
      map<FastAffineSlope>(x, out, n, f64x2.splat(alpha), f64x2.splat(beta), c, f64x2.splat(aHi), f64x2.splat(alpha - aHi), f64x2.splat(4 * (Math.abs(beta) + 1)));
    }
  } else if (alpha == SIXTH) {
    const b = 6 * beta;
    const lim = f64x2.splat(24 * (Math.abs(beta) + 1));
    map<SixthSlope>(x, out, n, lim, f64x2.splat(b), f64x2.splat(productError(6, beta, b)), f64x2.splat(alpha), ZERO, ZERO);
  } else {
    const lim = f64x2.splat(4 * (Math.abs(beta) + 1));
    const aHi = hi(alpha);
    map<AffineSlope>(x, out, n, f64x2.splat(alpha), f64x2.splat(aHi), f64x2.splat(alpha - aHi), lim, f64x2.splat(beta), ZERO);
  }
}

export function hardSigmoidBackwardF32(dy: usize, x: usize, dx: usize, n: i32, alpha: f64, beta: f64): void {
  if (Math.abs(beta) <= FAST_BETA) {
    const c = f64x2.splat((Math.abs(beta) + 2) * 1.7763568394002505e-15 + TINY);
    if (alpha == SIXTH) {
      const b = 6 * beta;
      zip<FastSixthBackward>(dy, x, dx, n, f64x2.splat(alpha), f64x2.splat(beta), c, f64x2.splat(24 * (Math.abs(beta) + 1)), f64x2.splat(b), f64x2.splat(productError(6, beta, b)));
    } else {
      const aHi = hi(alpha);
      zip<FastAffineBackward>(dy, x, dx, n, f64x2.splat(alpha), f64x2.splat(beta), c, f64x2.splat(aHi), f64x2.splat(alpha - aHi), f64x2.splat(4 * (Math.abs(beta) + 1)));
    }
  } else if (alpha == SIXTH) {
    const b = 6 * beta;
    const lim = f64x2.splat(24 * (Math.abs(beta) + 1));
    zip<SixthBackward>(dy, x, dx, n, lim, f64x2.splat(b), f64x2.splat(productError(6, beta, b)), f64x2.splat(alpha), ZERO, ZERO);
  } else {
    const lim = f64x2.splat(4 * (Math.abs(beta) + 1));
    const aHi = hi(alpha);
    zip<AffineBackward>(dy, x, dx, n, f64x2.splat(alpha), f64x2.splat(aHi), f64x2.splat(alpha - aHi), lim, f64x2.splat(beta), ZERO);
  }
}
