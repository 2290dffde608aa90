// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   eluF32(1)                          2.28e+09 inputs, max 1 ulp (52296 at 1 ulp), 61015 differ from JS, specials 35/35
//   eluF32(0.5)                        1.72e+08 inputs, max 1 ulp (3224 at 1 ulp), 3812 differ from JS, specials 35/35
//   eluF32(2)                          1.72e+08 inputs, max 1 ulp (3224 at 1 ulp), 3812 differ from JS, specials 35/35
//   eluF32(0)                          1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 35/35
//   eluDerivativeF32(1)                2.28e+09 inputs, max 1 ulp (88936 at 1 ulp), 260004 differ from JS, specials 35/35
//   eluDerivativeF32(0.5)              1.72e+08 inputs, max 1 ulp (5498 at 1 ulp), 16168 differ from JS, specials 35/35
//   eluDerivativeF32(2)                1.72e+08 inputs, max 1 ulp (5518 at 1 ulp), 16190 differ from JS, specials 35/35
//   eluDerivativeF32(0)                1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 35/35
//   eluBackwardF32(1)                  2.28e+09 inputs, max 1 ulp (80206 at 1 ulp), 228547 differ from JS, specials 140/140
//   eluBackwardF32(0.5)                1.72e+08 inputs, max 1 ulp (4913 at 1 ulp), 14230 differ from JS, specials 140/140
//   eluBackwardF32(2)                  1.72e+08 inputs, max 1 ulp (4930 at 1 ulp), 14261 differ from JS, specials 140/140
//   eluBackwardF32(0)                  1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 140/140
// elu(x, α) = x for x > 0, α·expm1(x) otherwise, computed as max(x, 0) + α·expm1(min(x, 0))
// (−0 stays −0: −0 + α·(−0)) with the polynomial expm1 of math/exp.ts (no division), x clamped
// below at −400 first (expm1 = −1 exactly there, so −Infinity gives −α as in the JS kernel).
// elu′(x, α) = 1 for x > 0, α·eˣ otherwise, formed as e^{min(x, 0) + ln α} clamped below at
// −700 (the sum's rounding is below 2⁻⁴³ relative; below the clamp α·eˣ·FLT_MAX still rounds to
// 0, as for α = 0, where ln α = −Infinity), so that any α is exact, also the α > 1e80 that the
// JS kernel sends to a scalar loop. NaN propagates.
import { expm1InRange, expRatioInRange } from '../math/exp';
import { backward, splat, unary } from '../math/lanes';

@final class EluValue {
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

  @inline f(x: v128, alpha: v128, b: v128): v128 {
    const m = f64x2.pmin(x, splat(0));
    // max(x, −0): −0 for x < 0, so that α = 0 gives −0 there, as the JS kernel's x·0 does
    return f64x2.add(f64x2.pmax(x, splat(-0.0)), f64x2.mul(alpha, expm1InRange(m)));
  }
}

/** f takes ln α as its first parameter. */
@final class EluSlope {
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

  @inline f(x: v128, logAlpha: v128, b: v128): v128 {
    const s = f64x2.add(f64x2.pmin(x, splat(0)), logAlpha);
    // For x = −∞ or α = 0 (s = −∞) the slope is exactly 0, not the clamp's e^−700, so that
    // dy = ±∞ gives ∞·0 = NaN there as in the JS kernel (whose finite x keep a tiny slope).
    const left = v128.bitselect(splat(0), expRatioInRange(f64x2.pmax(s, splat(-700))), f64x2.eq(s, splat(-Infinity)));
    return v128.bitselect(splat(1), left, f64x2.gt(x, splat(0)));
  }
}

export function eluF32(x: usize, out: usize, n: i32, alpha: f64): void {
  unary<EluValue>(x, out, n, alpha, 0);
}

export function eluDerivativeF32(x: usize, out: usize, n: i32, alpha: f64): void {
  unary<EluSlope>(x, out, n, Math.log(alpha), 0);
}

export function eluBackwardF32(dy: usize, x: usize, dx: usize, n: i32, alpha: f64): void {
  backward<EluSlope>(dy, x, dx, n, Math.log(alpha), 0);
}
