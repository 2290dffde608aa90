// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   swishF32(1)                        2.28e+09 inputs, max 1 ulp (81244 at 1 ulp), 226883 differ from JS, specials 65/65
//   swishF32(0.5)                      1.72e+08 inputs, max 1 ulp (4950 at 1 ulp), 13854 differ from JS, specials 65/65
//   swishF32(-2)                       1.72e+08 inputs, max 1 ulp (5054 at 1 ulp), 14097 differ from JS, specials 65/65
//   swishF32(0)                        1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 65/65
//   swishF32(1.7)                      1.72e+08 inputs, max 1 ulp (5078 at 1 ulp), 14067 differ from JS, specials 65/65
//   swishF32(-1.162240468228274)       1.72e+08 inputs, max 1 ulp (5271 at 1 ulp), 14678 differ from JS, specials 65/65
//   swishDerivativeF32(1)              2.28e+09 inputs, max 1 ulp (83455 at 1 ulp), 230098 differ from JS, specials 65/65
//   swishDerivativeF32(0.5)            1.72e+08 inputs, max 1 ulp (5281 at 1 ulp), 12003 differ from JS, specials 65/65
//   swishDerivativeF32(-2)             1.72e+08 inputs, max 1 ulp (5399 at 1 ulp), 12265 differ from JS, specials 65/65
//   swishDerivativeF32(0)              1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 65/65
//   swishDerivativeF32(1.7)            1.72e+08 inputs, max 1 ulp (5114 at 1 ulp), 14267 differ from JS, specials 65/65
//   swishDerivativeF32(-1.162240468228274) 1.72e+08 inputs, max 1 ulp (5197 at 1 ulp), 14443 differ from JS, specials 65/65
//   swishBackwardF32(1)                2.28e+09 inputs, max 1 ulp (81952 at 1 ulp), 227872 differ from JS, specials 260/260
//   swishBackwardF32(0.5)              1.72e+08 inputs, max 1 ulp (5091 at 1 ulp), 12744 differ from JS, specials 260/260
//   swishBackwardF32(-2)               1.72e+08 inputs, max 1 ulp (5263 at 1 ulp), 13121 differ from JS, specials 260/260
//   swishBackwardF32(0)                1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 260/260
//   swishBackwardF32(1.7)              1.72e+08 inputs, max 1 ulp (5066 at 1 ulp), 14295 differ from JS, specials 260/260
//   swishBackwardF32(-1.162240468228274) 1.72e+08 inputs, max 1 ulp (5230 at 1 ulp), 14545 differ from JS, specials 260/260
// swish(x; β) = x·σ(βx) and swish′(x; β) = silu′(βx), in f64x2 as silu's kernels with y = βx
// (clamped to ±400): swish = x·N/(N + 2ᵏD), swish′ = N·(den + y·2ᵏD)/den². ±Infinity inputs
// (one f32x4 test per four lanes) get the JS kernel's limits in the rare path: x where βx → +∞,
// ±0 with x's sign where βx → −∞. β = 0 has its own loops: x/2, and 1/2 (NaN → NaN).
// swish′ near silu′'s root: the lanes with βx within 1/32 of it (pre-tested in float32 against
// root/β with a margin that only widens the test) take the root series at βx + its exact
// rounding error (x has 24 bits, so x·βₕ is exact for β split into βₕ with 29 bits + βₗ),
// as the JS kernel's scalar form does with betaError.
import { expReduceNeg, expScale, expShiftNeg, ratioE, ratioRO } from '../math/exp';
import { backward, splat, unary } from '../math/lanes';
import { nearRoot } from '../math/root';

/** x·σ(βx) for finite x (the ±Infinity lanes are redone by fix). */
@final class SwishValue {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return v;
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return f32x4.eq(v128.and(v, i32x4.splat(0x7fffffff)), f32x4.splat(Infinity));
  }

  @inline fix(x: v128, y: v128, beta: v128, b: v128): v128 {
    // βx = ±∞ (β ≠ 0): x where βx > 0, else ±0 with x's sign
    const inf = f64x2.eq(fabs64(x), splat(Infinity));
    const limit = v128.bitselect(x, v128.and(x, i64x2.splat(0x8000000000000000)), f64x2.gt(f64x2.mul(beta, x), splat(0)));
    return v128.bitselect(limit, y, inf);
  }

  @inline f(x: v128, beta: v128, b: v128): v128 {
    const c = f64x2.pmax(f64x2.pmin(f64x2.mul(beta, x), splat(400)), splat(-400));
    const t = expShiftNeg(c);
    const r = expReduceNeg(c, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    return f64x2.div(f64x2.mul(x, num), f64x2.add(num, f64x2.mul(expScale(t), f64x2.sub(e, ro))));
  }
}

@inline function fabs64(x: v128): v128 {
  return v128.and(x, i64x2.splat(0x7fffffffffffffff));
}

/** β with its low 24 mantissa bits cleared (29 significant bits: x·βₕ is exact for float32 x). */
@inline function betaHigh(beta: f64): f64 {
  return reinterpret<f64>(reinterpret<u64>(beta) & 0xffffffffff000000);
}

@final class SwishSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return v;
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, beta: f64, p1: f64): v128 {
    // |x − root/β| < 0.0313/|β| in float32, with a few subnormal ulps more: only ever wider
    // than fix's exact test |βx − root| < 1/32 (NaN: false)
    const centre = <f32>(-1.2784645427610737 / beta);
    const margin = <f32>(0.0313 / Math.abs(beta)) + <f32>1e-44;
    return f32x4.lt(v128.and(f32x4.sub(v, f32x4.splat(centre)), i32x4.splat(0x7fffffff)), f32x4.splat(margin));
  }

  @inline fix(x: v128, s: v128, beta: v128, b: v128): v128 {
    const y = f64x2.mul(beta, x);
    const bh = f64x2.splat(betaHigh(f64x2.extract_lane(beta, 0)));
    const yLo = f64x2.add(f64x2.sub(f64x2.mul(x, bh), y), f64x2.mul(x, f64x2.sub(beta, bh)));
    // Σ cₖδᵏ with δ = (y − root_hi) + (yLo − root_lo), y − root_hi exact (Sterbenz)
    const d = f64x2.add(f64x2.sub(y, splat(-1.2784645427610737)), f64x2.sub(yLo, splat(-1.0946994183093437e-16)));
    let p = f64x2.add(f64x2.mul(d, splat(0.0007984419808782184)), splat(0.00012699004156908452));
    p = f64x2.add(f64x2.mul(p, d), splat(-0.006606589089587564));
    p = f64x2.add(f64x2.mul(p, d), splat(-0.015222655444506019));
    p = f64x2.add(f64x2.mul(p, d), splat(0.01887481422377279));
    p = f64x2.add(f64x2.mul(p, d), splat(0.14664879699699013));
    // c₀ = 0, not the generated −1.3e−18 (the interpolant's own error at the root): βx can come
    // within 1e−16 of the root for some β, where silu′ ≈ 0.218δ is itself that small
    p = f64x2.mul(f64x2.add(f64x2.mul(p, d), splat(0.2178117057198001)), d);
    return v128.bitselect(p, s, nearRoot(y, -1.2784645427610737));
  }

  @inline f(x: v128, beta: v128, b: v128): v128 {
    const y = f64x2.pmax(f64x2.pmin(f64x2.mul(beta, x), splat(400)), splat(-400));
    const t = expShiftNeg(y);
    const r = expReduceNeg(y, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const den = f64x2.add(num, sd);
    return f64x2.div(f64x2.mul(num, f64x2.add(den, f64x2.mul(y, sd))), f64x2.mul(den, den));
  }
}

@final class Half {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return v;
  }

  @inline fixes(): bool {
    return false;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return i32x4.splat(0);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return y;
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    return f64x2.mul(x, splat(0.5));
  }
}

/** 1/2, NaN for NaN (swish′ at β = 0). */
@final class HalfSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return v;
  }

  @inline fixes(): bool {
    return false;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return i32x4.splat(0);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return y;
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    return v128.bitselect(splat(0.5), x, f64x2.eq(x, x));
  }
}

export function swishF32(x: usize, out: usize, n: i32, beta: f64): void {
  if (beta == 0) unary<Half>(x, out, n, 0, 0);
  else unary<SwishValue>(x, out, n, beta, 0);
}

export function swishDerivativeF32(x: usize, out: usize, n: i32, beta: f64): void {
  if (beta == 0) unary<HalfSlope>(x, out, n, 0, 0);
  else unary<SwishSlope>(x, out, n, beta, 0);
}

export function swishBackwardF32(dy: usize, x: usize, dx: usize, n: i32, beta: f64): void {
  if (beta == 0) backward<HalfSlope>(dy, x, dx, n, 0, 0);
  else backward<SwishSlope>(dy, x, dx, n, beta, 0);
}
