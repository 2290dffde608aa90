// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   siluF32()                          2.28e+09 inputs, max 1 ulp (81244 at 1 ulp), 226883 differ from JS, specials 45/45
//   siluDerivativeF32()                2.28e+09 inputs, max 1 ulp (83465 at 1 ulp), 230098 differ from JS, specials 45/45
//   siluBackwardF32()                  2.28e+09 inputs, max 1 ulp (81962 at 1 ulp), 227872 differ from JS, specials 180/180
// silu(x) = x·σ(x) = x·N/(N + 2ᵏD) and silu′(x) = (1 + e + x·e)/(1 + e)² = N·(den + x·2ᵏD)/den²
// with e = e^{−x} = 2ᵏ·D(r′)/N(r′) (math/exp.ts, rational form) and den = N + 2ᵏD, in f64x2.
// The forward clamps x below at −400 (x·σ(x) then rounds to −0 as the JS kernel's −FLT_MAX·σ
// does) and the exponent's argument above at 400 (σ = 1 exactly beyond, so x and +Infinity
// pass through); the derivative clamps x to ±400 (silu′ is −0 or 1 beyond, as in the JS kernel:
// den² overflows to Infinity below −355). Within 1/32 of silu′'s root the root series.
import { expReduceNeg, expScale, expShiftNeg, ratioE, ratioRO } from '../math/exp';
import { backward, clamp4, splat, unary } from '../math/lanes';
import { nearRoot, nearRootMask4, rootSeries } from '../math/root';

@final class SiluValue {
  @inline fixes(): bool {
    return false;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return i32x4.splat(0);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return y;
  }

  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return f32x4.pmax(v, f32x4.splat(-400));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    const c = f64x2.pmin(x, splat(400));
    const t = expShiftNeg(c);
    const r = expReduceNeg(c, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    return f64x2.div(f64x2.mul(x, num), f64x2.add(num, f64x2.mul(expScale(t), f64x2.sub(e, ro))));
  }
}

@final class SiluSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return clamp4(v, -400, 400);
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return nearRootMask4(v, -1.2784645427610737);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return v128.bitselect(rootSeries(x, -1.2784645427610737, -1.0946994183093437e-16,
      -1.3191167371917698e-18, 0.2178117057198001, 0.14664879699699013, 0.01887481422377279,
      -0.015222655444506019, -0.006606589089587564, 0.00012699004156908452, 0.0007984419808782184),
    y, nearRoot(x, -1.2784645427610737));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    const t = expShiftNeg(x);
    const r = expReduceNeg(x, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const den = f64x2.add(num, sd);
    return f64x2.div(f64x2.mul(num, f64x2.add(den, f64x2.mul(x, sd))), f64x2.mul(den, den));
  }
}

export function siluF32(x: usize, out: usize, n: i32): void {
  unary<SiluValue>(x, out, n, 0, 0);
}

export function siluDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<SiluSlope>(x, out, n, 0, 0);
}

export function siluBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<SiluSlope>(dy, x, dx, n, 0, 0);
}
