// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   softplusF32(1, Infinity)           2.28e+09 inputs, max 1 ulp (1643921 at 1 ulp), 1668628 differ from JS, specials 65/65
//   softplusF32(2, 20)                 1.72e+08 inputs, max 1 ulp (102757 at 1 ulp), 104405 differ from JS, specials 65/65
//   softplusF32(0.5, Infinity)         1.72e+08 inputs, max 1 ulp (102653 at 1 ulp), 104259 differ from JS, specials 65/65
//   softplusDerivativeF32(1, Infinity) 2.28e+09 inputs, max 1 ulp (81210 at 1 ulp), 225083 differ from JS, specials 65/65
//   softplusDerivativeF32(2, 20)       1.72e+08 inputs, max 1 ulp (5101 at 1 ulp), 13904 differ from JS, specials 65/65
//   softplusDerivativeF32(0.5, Infinity) 1.72e+08 inputs, max 1 ulp (4987 at 1 ulp), 13685 differ from JS, specials 65/65
//   softplusBackwardF32(1, Infinity)   2.28e+09 inputs, max 1 ulp (79290 at 1 ulp), 220834 differ from JS, specials 260/260
//   softplusBackwardF32(2, 20)         1.72e+08 inputs, max 1 ulp (5029 at 1 ulp), 14503 differ from JS, specials 260/260
//   softplusBackwardF32(0.5, Infinity) 1.72e+08 inputs, max 1 ulp (4897 at 1 ulp), 14225 differ from JS, specials 260/260
// softplus(x; β, threshold) = x where βx > threshold, else max(x, 0) + log1p(e^{−|βx|})/β, and
// softplus′ = 1 where βx > threshold, else σ(βx), in f64x2. e^{−a} (a = |βx| clamped at 700,
// where the term is below 1e−304·|x|/a: 0 in float32 for every β, so no scalar path is needed
// for β < 1 as in the JS kernel) in the rational form of math/exp.ts, and log1p by
// math/log1p.ts from 2w = 2ᵏD/(½·2ᵏD + N): one division. max(x, 0) keeps −0 and NaN (pmax's
// first operand). σ(βx) as in sigmoid, βx clamped to ±400. The threshold test is one compare
// and select (false for NaN; never true at the default threshold = Infinity).
import { expReduceNeg, expScale, expShiftNeg, ratioE, ratioRO } from '../math/exp';
import { backward, fabs, splat, unary } from '../math/lanes';
import { log1pFromTwoW } from '../math/log1p';

@final class SoftplusValue {
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

  @inline f(x: v128, beta: v128, threshold: v128): v128 {
    const y = f64x2.mul(beta, x);
    const a = f64x2.pmin(fabs(y), splat(700));
    const t = expShiftNeg(a);
    const r = expReduceNeg(a, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const w = f64x2.div(sd, f64x2.add(f64x2.mul(sd, splat(0.5)), num));
    const v = f64x2.add(f64x2.pmax(x, splat(0)), f64x2.mul(log1pFromTwoW(w), f64x2.div(splat(1), beta)));
    return v128.bitselect(x, v, f64x2.gt(y, threshold));
  }
}

/** SoftplusValue for threshold = +Infinity (the default), where the test is never true. */
@final class SoftplusValueNoThreshold {
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

  @inline f(x: v128, beta: v128, threshold: v128): v128 {
    const y = f64x2.mul(beta, x);
    const a = f64x2.pmin(fabs(y), splat(700));
    const t = expShiftNeg(a);
    const r = expReduceNeg(a, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const w = f64x2.div(sd, f64x2.add(f64x2.mul(sd, splat(0.5)), num));
    return f64x2.add(f64x2.pmax(x, splat(0)), f64x2.mul(log1pFromTwoW(w), f64x2.div(splat(1), beta)));
  }
}

@final class SoftplusSlope {
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

  @inline f(x: v128, beta: v128, threshold: v128): v128 {
    const y = f64x2.mul(beta, x);
    const c = f64x2.pmax(f64x2.pmin(y, splat(400)), splat(-400));
    const t = expShiftNeg(c);
    const r = expReduceNeg(c, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const s = f64x2.div(num, f64x2.add(num, f64x2.mul(expScale(t), f64x2.sub(e, ro))));
    return v128.bitselect(splat(1), s, f64x2.gt(y, threshold));
  }
}

export function softplusF32(x: usize, out: usize, n: i32, beta: f64, threshold: f64): void {
  if (threshold == Infinity) unary<SoftplusValueNoThreshold>(x, out, n, beta, threshold);
  else unary<SoftplusValue>(x, out, n, beta, threshold);
}

export function softplusDerivativeF32(x: usize, out: usize, n: i32, beta: f64, threshold: f64): void {
  unary<SoftplusSlope>(x, out, n, beta, threshold);
}

export function softplusBackwardF32(dy: usize, x: usize, dx: usize, n: i32, beta: f64, threshold: f64): void {
  backward<SoftplusSlope>(dy, x, dx, n, beta, threshold);
}
