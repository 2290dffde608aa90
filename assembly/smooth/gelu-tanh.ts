// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   geluTanhF32()                      2.28e+09 inputs, max 1 ulp (65119 at 1 ulp), 191486 differ from JS, specials 45/45
//   geluTanhDerivativeF32()            2.28e+09 inputs, max 1 ulp (66901 at 1 ulp), 194281 differ from JS, specials 45/45
//   geluTanhBackwardF32()              2.28e+09 inputs, max 1 ulp (66574 at 1 ulp), 194444 differ from JS, specials 180/180
// geluTanh(x) = x·σ(y), y = 2u = C·x·(1 + K·x²) (C = 2√(2/π), K = 0.044715), and
// geluTanh′(x) = (1 + e + x·e·C·(1 + 3K·x²))/(1 + e)², e = e^{−y} = 2ᵏ·D(r′)/N(r′) (math/exp.ts,
// rational form), in f64x2: σ = N/den and geluTanh′ = N·(den + x·2ᵏD·C(1 + 3Kx²))/den² with
// den = N + 2ᵏD. The forward clamps x below at −20 (y ≥ −603, so 2ᵏ stays normal and
// x·σ(y) < 1e−260 rounds to −0, the JS kernel's result) and y above at 600 (σ = 1 beyond: x and
// +Infinity pass through); the derivative clamps x to ±20 (geluTanh′ is 1, or −0 where den²
// overflows, beyond). Within 1/32 of geluTanh′'s root the root series.
import { expReduceNeg, expScale, expShiftNeg, ratioE, ratioRO } from '../math/exp';
import { backward, clamp4, splat, unary } from '../math/lanes';
import { nearRoot, nearRootMask4, rootSeries } from '../math/root';

@final class GeluTanhValue {
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
    return f32x4.pmax(v, f32x4.splat(-20));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    const x2 = f64x2.mul(x, x);
    const y = f64x2.pmin(f64x2.mul(x, f64x2.add(f64x2.mul(x2, splat(1.5957691216057308 * 0.044715)), splat(1.5957691216057308))), splat(600));
    const t = expShiftNeg(y);
    const r = expReduceNeg(y, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    return f64x2.div(f64x2.mul(x, num), f64x2.add(num, f64x2.mul(expScale(t), f64x2.sub(e, ro))));
  }
}

@final class GeluTanhSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return clamp4(v, -20, 20);
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return nearRootMask4(v, -0.7524614220710163);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return v128.bitselect(rootSeries(x, -0.7524614220710163, 3.635560509207687e-17,
      1.7210883057291617e-17, 0.4304000910248585, 0.38751844613522496, -0.01578285352206391,
      -0.11394448019339053, -0.01661932723771584, 0.01967757825376864, 0.005259248170536995),
    y, nearRoot(x, -0.7524614220710163));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    const x2 = f64x2.mul(x, x);
    const y = f64x2.mul(x, f64x2.add(f64x2.mul(x2, splat(1.5957691216057308 * 0.044715)), splat(1.5957691216057308)));
    const dy = f64x2.add(f64x2.mul(x2, splat(1.5957691216057308 * 0.134145)), splat(1.5957691216057308));
    const t = expShiftNeg(y);
    const r = expReduceNeg(y, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const den = f64x2.add(num, sd);
    return f64x2.div(f64x2.mul(num, f64x2.add(den, f64x2.mul(f64x2.mul(x, dy), sd))), f64x2.mul(den, den));
  }
}

export function geluTanhF32(x: usize, out: usize, n: i32): void {
  unary<GeluTanhValue>(x, out, n, 0, 0);
}

export function geluTanhDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<GeluTanhSlope>(x, out, n, 0, 0);
}

export function geluTanhBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<GeluTanhSlope>(dy, x, dx, n, 0, 0);
}
