// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   sigmoidF32()                       2.28e+09 inputs, max 1 ulp (81210 at 1 ulp), 225083 differ from JS, specials 35/35
//   sigmoidDerivativeF32()             2.28e+09 inputs, max 1 ulp (81682 at 1 ulp), 176246 differ from JS, specials 35/35
//   sigmoidBackwardF32()               2.28e+09 inputs, max 1 ulp (75626 at 1 ulp), 162468 differ from JS, specials 140/140
// sigmoid: σ(x) = 1/(1 + e^{−x}) and σ′(x) = e/(1 + e)² with e = e^{−|x|}, in f64x2 with the
// rational exponential of math/exp.ts: e^{−x} = 2ᵏ·D(r′)/N(r′), so σ = N/(N + 2ᵏD) and
// σ′ = 2ᵏD·N/(N + 2ᵏD)², one division each. x is clamped to ±400 first (one f32x4 op):
// σ(−400) ≈ 2e−174 and σ′(±400) round to 0 in float32 as the JS kernels' do, ±Infinity give
// the limits, NaN propagates.
import { expReduceNeg, expScale, expShiftNeg, ratioE, ratioRO } from '../math/exp';
import { backward, clamp4, splat, unary } from '../math/lanes';

@final class SigmoidValue {
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

  @inline f(x: v128, a: v128, b: v128): v128 {
    // e^{−x} = 2ᵏ·N(r)/D(r) = 2ᵏ·D(r′)/N(r′) with r′ = −r: σ = N(r′)/(N(r′) + 2ᵏ·D(r′))
    const t = expShiftNeg(x);
    const r = expReduceNeg(x, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    return f64x2.div(num, f64x2.add(num, f64x2.mul(expScale(t), f64x2.sub(e, ro))));
  }
}

@final class SigmoidSlope {
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
    return v128.and(clamp4(v, -400, 400), i32x4.splat(0x7fffffff));
  }

  @inline f(x: v128, a: v128, b: v128): v128 {
    // e = e^{−|x|} = 2ᵏ·D(r′)/N(r′): σ′ = e/(1 + e)² = 2ᵏD·N/(N + 2ᵏD)²
    const t = expShiftNeg(x);
    const r = expReduceNeg(x, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const den = f64x2.add(num, sd);
    return f64x2.div(f64x2.mul(sd, num), f64x2.mul(den, den));
  }
}

export function sigmoidF32(x: usize, out: usize, n: i32): void {
  unary<SigmoidValue>(x, out, n, 0, 0);
}

export function sigmoidDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<SigmoidSlope>(x, out, n, 0, 0);
}

export function sigmoidBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<SigmoidSlope>(dy, x, dx, n, 0, 0);
}
