// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   seluF32()                          2.28e+09 inputs, max 1 ulp (53295 at 1 ulp), 61959 differ from JS, specials 35/35
//   seluDerivativeF32()                2.28e+09 inputs, max 1 ulp (171116 at 1 ulp), 312552 differ from JS, specials 35/35
//   seluBackwardF32()                  2.28e+09 inputs, max 1 ulp (150623 at 1 ulp), 276571 differ from JS, specials 140/140
// selu(x) = λx for x > 0, λα·expm1(x) otherwise (λ = 1.0507009873554805, λα =
// 1.7580993408473768), as elu: λ·max(x, −0) + λα·expm1(min(x, 0)) with x clamped below at −400
// (polynomial expm1, math/exp.ts; −λα at −Infinity, −0 at −0); selu′ = λ for x > 0, else
// e^{min(x, 0) + ln λα} clamped below at −700 (rational exp: e^{−700}·λα·FLT_MAX still rounds
// to 0, as the JS kernel's clamp at e^{−400}).
import { expm1InRange, expRatioInRange } from '../math/exp';
import { backward, splat, unary } from '../math/lanes';

@final class SeluValue {
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
    const m = f64x2.pmin(x, splat(0));
    return f64x2.add(f64x2.mul(f64x2.pmax(x, splat(-0.0)), splat(1.0507009873554805)), f64x2.mul(splat(1.7580993408473768), expm1InRange(m)));
  }
}

/** f takes ln λα as its first parameter. */
@final class SeluSlope {
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

  @inline f(x: v128, logLambdaAlpha: v128, b: v128): v128 {
    const y = f64x2.pmax(f64x2.add(f64x2.pmin(x, splat(0)), logLambdaAlpha), splat(-700));
    return v128.bitselect(splat(1.0507009873554805), expRatioInRange(y), f64x2.gt(x, splat(0)));
  }
}

export function seluF32(x: usize, out: usize, n: i32): void {
  unary<SeluValue>(x, out, n, 0, 0);
}

export function seluDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<SeluSlope>(x, out, n, Math.log(1.7580993408473768), 0);
}

export function seluBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<SeluSlope>(dy, x, dx, n, Math.log(1.7580993408473768), 0);
}
