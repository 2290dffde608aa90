// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   softsignF32()                      2.28e+09 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 35/35
//   softsignDerivativeF32()            2.28e+09 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 35/35
//   softsignBackwardF32()              2.28e+09 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 140/140
// softsign(x) = x/(1 + |x|) and softsign′(x) = 1/(1 + |x|)², in f64x2 (one rounding each before
// the float32 one, as the JS kernels), x clamped to ±FLT_MAX first (one f32x4 op pair) so that
// ±Infinity give ±1 and 0 rather than ∞/∞; (1 + |x|)² ≤ 1.2e77 cannot overflow.
import { backward, clamp4, fabs, splat, unary } from '../math/lanes';

@final class SoftsignValue {
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
    return clamp4(v, -3.4028234663852886e38, 3.4028234663852886e38);
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    return f64x2.div(x, f64x2.add(fabs(x), splat(1)));
  }
}

@final class SoftsignSlope {
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
    return clamp4(v, -3.4028234663852886e38, 3.4028234663852886e38);
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    const d = f64x2.add(fabs(x), splat(1));
    return f64x2.div(splat(1), f64x2.mul(d, d));
  }
}

export function softsignF32(x: usize, out: usize, n: i32): void {
  unary<SoftsignValue>(x, out, n, 0, 0);
}

export function softsignDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<SoftsignSlope>(x, out, n, 0, 0);
}

export function softsignBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<SoftsignSlope>(dy, x, dx, n, 0, 0);
}
