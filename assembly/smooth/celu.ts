// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   celuF32(1)                         2.28e+09 inputs, max 1 ulp (52296 at 1 ulp), 61015 differ from JS, specials 55/55
//   celuF32(0.5)                       1.72e+08 inputs, max 1 ulp (3224 at 1 ulp), 3812 differ from JS, specials 55/55
//   celuF32(3)                         1.72e+08 inputs, max 1 ulp (3788 at 1 ulp), 4349 differ from JS, specials 55/55
//   celuF32(1e-20)                     1.72e+08 inputs, max 1 ulp (3644 at 1 ulp), 3644 differ from JS, specials 55/55
//   celuF32(1e+25)                     1.72e+08 inputs, max 1 ulp (823 at 1 ulp), 823 differ from JS, specials 55/55
//   celuDerivativeF32(1)               2.28e+09 inputs, max 1 ulp (88936 at 1 ulp), 260004 differ from JS, specials 55/55
//   celuDerivativeF32(0.5)             1.72e+08 inputs, max 1 ulp (5504 at 1 ulp), 16171 differ from JS, specials 55/55
//   celuDerivativeF32(3)               1.72e+08 inputs, max 1 ulp (5168 at 1 ulp), 15679 differ from JS, specials 55/55
//   celuDerivativeF32(1e-20)           1.72e+08 inputs, max 1 ulp (5518 at 1 ulp), 5518 differ from JS, specials 55/55
//   celuDerivativeF32(1e+25)           1.72e+08 inputs, max 1 ulp (1407 at 1 ulp), 1407 differ from JS, specials 55/55
//   celuBackwardF32(1)                 2.28e+09 inputs, max 1 ulp (80206 at 1 ulp), 228547 differ from JS, specials 220/220
//   celuBackwardF32(0.5)               1.72e+08 inputs, max 1 ulp (4933 at 1 ulp), 14273 differ from JS, specials 220/220
//   celuBackwardF32(3)                 1.72e+08 inputs, max 1 ulp (4623 at 1 ulp), 13717 differ from JS, specials 220/220
//   celuBackwardF32(1e-20)             1.72e+08 inputs, max 1 ulp (4980 at 1 ulp), 4980 differ from JS, specials 220/220
//   celuBackwardF32(1e+25)             1.72e+08 inputs, max 1 ulp (1266 at 1 ulp), 1266 differ from JS, specials 220/220
// celu(x; α) = x for x > 0, α·expm1(x/α) otherwise, and celu′ = 1 for x > 0, e^{x/α} otherwise,
// in f64x2 with y = min(x, 0)·(1/α) (for α in [2⁻⁶⁰, 2⁶⁰], as the JS kernel; the rounding of 1/α
// and of the product is below 2⁻⁵¹ relative) or min(x, 0)/α (other α, as the JS kernel's scalar
// loop). The forward takes x itself wherever y > −2⁻⁵⁴ (the library's rule: there α·expm1(y)
// rounds to x; it also gives x for x > 0, −0 for −0, and x itself where x/α underflows), else
// α·expm1(max(y, −400)) (polynomial expm1, math/exp.ts: −α at −Infinity). The derivative is
// e^{max(y, −700)} (rational exp; e⁰ = 1 exactly for x ≥ 0; NaN propagates).
import { expm1InRange, expRatioInRange } from '../math/exp';
import { backward, splat, unary } from '../math/lanes';

@final class CeluValue {
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

  @inline f(x: v128, alpha: v128, inverse: v128): v128 {
    const y = f64x2.mul(f64x2.pmin(x, splat(0)), inverse);
    return v128.bitselect(x, f64x2.mul(alpha, expm1InRange(f64x2.pmax(y, splat(-400)))), f64x2.gt(y, splat(-5.551115123125783e-17)));
  }
}

/** CeluValue with a true division, for α outside [2⁻⁶⁰, 2⁶⁰]. */
@final class CeluValueDivide {
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

  @inline f(x: v128, alpha: v128, b: v128): v128 {
    const y = f64x2.div(f64x2.pmin(x, splat(0)), alpha);
    return v128.bitselect(x, f64x2.mul(alpha, expm1InRange(f64x2.pmax(y, splat(-400)))), f64x2.gt(y, splat(-5.551115123125783e-17)));
  }
}

@final class CeluSlope {
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

  @inline f(x: v128, alpha: v128, inverse: v128): v128 {
    return expRatioInRange(f64x2.pmax(f64x2.mul(f64x2.pmin(x, splat(0)), inverse), splat(-700)));
  }
}

@final class CeluSlopeDivide {
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

  @inline f(x: v128, alpha: v128, b: v128): v128 {
    return expRatioInRange(f64x2.pmax(f64x2.div(f64x2.pmin(x, splat(0)), alpha), splat(-700)));
  }
}

@inline function fastAlpha(alpha: f64): bool {
  return alpha >= 8.673617379884035e-19 && alpha <= 1152921504606846976.0; // 2⁻⁶⁰, 2⁶⁰
}

export function celuF32(x: usize, out: usize, n: i32, alpha: f64): void {
  if (fastAlpha(alpha)) unary<CeluValue>(x, out, n, alpha, 1 / alpha);
  else unary<CeluValueDivide>(x, out, n, alpha, 0);
}

export function celuDerivativeF32(x: usize, out: usize, n: i32, alpha: f64): void {
  if (fastAlpha(alpha)) unary<CeluSlope>(x, out, n, alpha, 1 / alpha);
  else unary<CeluSlopeDivide>(x, out, n, alpha, 0);
}

export function celuBackwardF32(dy: usize, x: usize, dx: usize, n: i32, alpha: f64): void {
  if (fastAlpha(alpha)) backward<CeluSlope>(dy, x, dx, n, alpha, 1 / alpha);
  else backward<CeluSlopeDivide>(dy, x, dx, n, alpha, 0);
}
