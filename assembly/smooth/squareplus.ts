// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   squareplusF32(4)                   2.28e+09 inputs, max 1 ulp (210 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusF32(1)                   1.72e+08 inputs, max 1 ulp (177 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusF32(0)                   1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusF32(1e-30)               1.72e+08 inputs, max 1 ulp (737 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusF32(1e+30)               1.72e+08 inputs, max 1 ulp (183 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusDerivativeF32(4)         2.28e+09 inputs, max 1 ulp (180 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusDerivativeF32(1)         1.72e+08 inputs, max 1 ulp (163 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusDerivativeF32(0)         1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusDerivativeF32(1e-30)     1.72e+08 inputs, max 1 ulp (555 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusDerivativeF32(1e+30)     1.72e+08 inputs, max 1 ulp (161 at 1 ulp), 0 differ from JS, specials 95/95
//   squareplusBackwardF32(4)           2.28e+09 inputs, max 1 ulp (148 at 1 ulp), 0 differ from JS, specials 380/380
//   squareplusBackwardF32(1)           1.72e+08 inputs, max 1 ulp (131 at 1 ulp), 0 differ from JS, specials 380/380
//   squareplusBackwardF32(0)           1.72e+08 inputs, max 0 ulp (0 at 1 ulp), 0 differ from JS, specials 380/380
//   squareplusBackwardF32(1e-30)       1.72e+08 inputs, max 1 ulp (504 at 1 ulp), 0 differ from JS, specials 380/380
//   squareplusBackwardF32(1e+30)       1.72e+08 inputs, max 1 ulp (118 at 1 ulp), 0 differ from JS, specials 380/380
// squareplus(x; b) = (x + √(x² + b))/2 and squareplus′ = (1 + x/√(x² + b))/2, in f64x2, as the
// JS kernels: where x² ≤ 2²⁰·b (every x of typical data) the textbook forms, whose cancellation
// for x < 0 amplifies the float64 roundings by at most ~2²³, to 2⁻³⁰; lanes beyond (one f32x4
// test per four lanes, which only has to include them) take the conjugate forms with
// a = min(|x|, 1e150), p = (a + r)/2: squareplus = p for x ≥ 0, (b/4)/p for x < 0, and
// squareplus′ = that over r. b = 0 (relu) has its own kernels: max(x, 0) with +0 for −0, and
// 1 for x > 0, +0 for x ≤ 0, NaN for NaN (the library's values).
import { backward, fabs, splat, unary } from '../math/lanes';

/** Lanes of four float32 where x² > limit (NaN: false; float32 x² overflowing: true). */
@inline function beyond4(v: v128, limit: f64): v128 {
  return f32x4.gt(f32x4.mul(v, v), f32x4.splat(<f32>limit));
}

/** The conjugate form for the lanes with x² > 2²⁰·b, the other lanes of y kept. */
@inline function conjugate(x: v128, y: v128, b: v128, slope: bool): v128 {
  const a = f64x2.pmin(fabs(x), splat(1e150));
  const r = f64x2.sqrt(f64x2.add(f64x2.mul(a, a), b));
  const p = f64x2.mul(f64x2.add(a, r), splat(0.5));
  let v = v128.bitselect(p, f64x2.div(f64x2.mul(b, splat(0.25)), p), f64x2.ge(x, splat(0)));
  if (slope) v = f64x2.div(v, r);
  return v128.bitselect(v, y, f64x2.gt(f64x2.mul(x, x), f64x2.mul(b, splat(1048576))));
}

@final class SquareplusValue {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return v;
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, b: f64, p1: f64): v128 {
    return beyond4(v, b * 1048576);
  }

  @inline fix(x: v128, y: v128, b: v128, pb: v128): v128 {
    return conjugate(x, y, b, false);
  }

  @inline f(x: v128, b: v128, pb: v128): v128 {
    return f64x2.mul(f64x2.add(x, f64x2.sqrt(f64x2.add(f64x2.mul(x, x), b))), splat(0.5));
  }
}

@final class SquareplusSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return v;
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, b: f64, p1: f64): v128 {
    return beyond4(v, b * 1048576);
  }

  @inline fix(x: v128, y: v128, b: v128, pb: v128): v128 {
    return conjugate(x, y, b, true);
  }

  @inline f(x: v128, b: v128, pb: v128): v128 {
    return f64x2.add(splat(0.5), f64x2.div(f64x2.mul(x, splat(0.5)), f64x2.sqrt(f64x2.add(f64x2.mul(x, x), b))));
  }
}

/** max(x, 0) (wasm max: +0 for −0, NaN for NaN), exact. */
@final class Relu {
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
    return f32x4.max(v, f32x4.splat(0));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    return x;
  }
}

/** 1 for x > 0, +0 for x ≤ 0, NaN for NaN. */
@final class ReluSlope {
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
    return v128.bitselect(v128.and(f64x2.gt(x, splat(0)), splat(1)), x, f64x2.eq(x, x));
  }
}

export function squareplusF32(x: usize, out: usize, n: i32, b: f64): void {
  if (b == 0) unary<Relu>(x, out, n, 0, 0);
  else unary<SquareplusValue>(x, out, n, b, 0);
}

export function squareplusDerivativeF32(x: usize, out: usize, n: i32, b: f64): void {
  if (b == 0) unary<ReluSlope>(x, out, n, 0, 0);
  else unary<SquareplusSlope>(x, out, n, b, 0);
}

export function squareplusBackwardF32(dy: usize, x: usize, dx: usize, n: i32, b: f64): void {
  if (b == 0) backward<ReluSlope>(dy, x, dx, n, 0, 0);
  else backward<SquareplusSlope>(dy, x, dx, n, b, 0);
}
