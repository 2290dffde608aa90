// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   hardSwishF32()                     2.28e+09 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 65/65
//   hardSwishDerivativeF32()           2.28e+09 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 65/65
//   hardSwishBackwardF32()             2.28e+09 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 260/260
// hardSwish(x) = x·min(max(x + 3, 0), 6)/6 and hardSwish′(x) = 1 for x ≥ 3, 0 for x ≤ −3,
// (2x + 3)/6 between, in f64x2: x·(x + 3) is exact there (24-bit x), so each result rounds once
// in float64 (the division, as the float64 scalar) and once to float32. x is clamped below at
// −FLT_MAX (−Infinity·0 would be NaN; the JS kernel's −0); x ≤ −3 gives −0 (x·0), NaN → NaN.
import { backward, splat, unary } from '../math/lanes';

@final class HardSwishValue {
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
    return f32x4.pmax(v, f32x4.splat(-3.4028234663852886e38));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    const c = f64x2.pmin(f64x2.pmax(f64x2.add(x, splat(3)), splat(0)), splat(6));
    return f64x2.div(f64x2.mul(x, c), splat(6));
  }
}

@final class HardSwishSlope {
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
    const s = f64x2.div(f64x2.add(f64x2.add(x, x), splat(3)), splat(6));
    // x ≤ −3: +0; x ≥ 3: 1; NaN fails both tests and keeps s = NaN
    return v128.bitselect(splat(1), v128.andnot(s, f64x2.le(x, splat(-3))), f64x2.ge(x, splat(3)));
  }
}

export function hardSwishF32(x: usize, out: usize, n: i32): void {
  unary<HardSwishValue>(x, out, n, 0, 0);
}

export function hardSwishDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<HardSwishSlope>(x, out, n, 0, 0);
}

export function hardSwishBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<HardSwishSlope>(dy, x, dx, n, 0, 0);
}
