// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   logSigmoidF32()                    2.28e+09 inputs, max 1 ulp (1643921 at 1 ulp), 1668628 differ from JS, specials 35/35
//   logSigmoidDerivativeF32()          2.28e+09 inputs, max 1 ulp (81210 at 1 ulp), 225083 differ from JS, specials 35/35
//   logSigmoidBackwardF32()            2.28e+09 inputs, max 1 ulp (79290 at 1 ulp), 220834 differ from JS, specials 140/140
// logSigmoid(x) = min(x, 0) − log1p(e^{−|x|}) (the JS kernel's form; relative also in the right
// tail where it is −e^{−x}), in f64x2: e^{−a} (a = |x| clamped at 700: beyond, −e^{−700} rounds
// to −0, the JS kernel's result at +Infinity) in the rational form and log1p from
// W = 2ᵏD/(½·2ᵏD + N), as softplus (math/log1p.ts); min(x, 0) keeps −0 and −Infinity.
// logSigmoid′(x) = σ(−x) = D/(D + 2ᵏN) with eˣ = 2ᵏN/D, x clamped to ±400 (σ(−400) rounds
// to 0 in float32, as the JS kernel's 1/(1 + e^{400}) does).
import { expReduce, expReduceNeg, expScale, expShift, expShiftNeg, ratioE, ratioRO } from '../math/exp';
import { backward, clamp4, fabs, splat, unary } from '../math/lanes';
import { log1pFromTwoW } from '../math/log1p';

@final class LogSigmoidValue {
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

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const a = f64x2.pmin(fabs(x), splat(700));
    const t = expShiftNeg(a);
    const r = expReduceNeg(a, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const w = f64x2.div(sd, f64x2.add(f64x2.mul(sd, splat(0.5)), num));
    return f64x2.sub(f64x2.pmin(x, splat(0)), log1pFromTwoW(w));
  }
}

@final class LogSigmoidSlope {
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
    return clamp4(v, -400, 400);
  }

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const t = expShift(x);
    const r = expReduce(x, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const d = f64x2.sub(e, ro);
    return f64x2.div(d, f64x2.add(d, f64x2.mul(expScale(t), f64x2.add(e, ro))));
  }
}

export function logSigmoidF32(x: usize, out: usize, n: i32): void {
  unary<LogSigmoidValue>(x, out, n, 0, 0);
}

export function logSigmoidDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<LogSigmoidSlope>(x, out, n, 0, 0);
}

export function logSigmoidBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<LogSigmoidSlope>(dy, x, dx, n, 0, 0);
}
