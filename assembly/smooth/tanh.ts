// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   tanhF32()                          2.28e+09 inputs, max 1 ulp (3040 at 1 ulp), 3040 differ from JS, specials 35/35
//   tanhDerivativeF32()                2.28e+09 inputs, max 1 ulp (81960 at 1 ulp), 176844 differ from JS, specials 35/35
//   tanhBackwardF32()                  2.28e+09 inputs, max 1 ulp (76662 at 1 ulp), 164812 differ from JS, specials 140/140
// tanh(x) = m/(m + 2) with m = e^{2x} − 1 (the JS kernel's form), in f64x2 with the rational
// exponential of math/exp.ts: e^{2x} = 2ᵏN/D, so m = (2rO − (1 − 2ᵏ)N)/D — exact in the
// reduction for k = 0, so tanh(x) ≈ x keeps its relative accuracy near 0, and −0 gives −0 —
// and tanh = (2rO − (1 − 2ᵏ)N)/(2rO − (1 − 2ᵏ)N + 2D): one division. x is clamped to ±20 first
// (tanh = ±1 in float32 beyond). tanh′(x) = 4e/(1 + e)², e = e^{−2|x|} = 2ᵏD/N:
// 4·2ᵏD·N/(N + 2ᵏD)², |x| clamped at 200 (4e^{−400}·FLT_MAX still rounds to 0, as the JS
// kernel's clamp at e^{−400}).
import { expReduce, expReduceNeg, expScale, expShift, expShiftNeg, ratioE, ratioE3, ratioRO, ratioRO3 } from '../math/exp';
import { backward, clamp4, splat, unary } from '../math/lanes';

@final class TanhValue {
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
    return clamp4(v, -20, 20);
  }

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const y = f64x2.add(x, x);
    const t = expShift(y);
    const r = expReduce(y, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE3(r2);
    const ro = ratioRO3(r, r2);
    const m = f64x2.sub(f64x2.add(ro, ro), f64x2.mul(f64x2.sub(splat(1), expScale(t)), f64x2.add(e, ro)));
    const d = f64x2.sub(e, ro);
    return f64x2.div(m, f64x2.add(m, f64x2.add(d, d)));
  }
}

@final class TanhSlope {
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
    return f32x4.pmin(v128.and(v, i32x4.splat(0x7fffffff)), f32x4.splat(200));
  }

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const y = f64x2.add(x, x);
    const t = expShiftNeg(y);
    const r = expReduceNeg(y, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const num = f64x2.add(e, ro);
    const sd = f64x2.mul(expScale(t), f64x2.sub(e, ro));
    const den = f64x2.add(num, sd);
    return f64x2.div(f64x2.mul(f64x2.mul(sd, splat(4)), num), f64x2.mul(den, den));
  }
}

export function tanhF32(x: usize, out: usize, n: i32): void {
  unary<TanhValue>(x, out, n, 0, 0);
}

export function tanhDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<TanhSlope>(x, out, n, 0, 0);
}

export function tanhBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<TanhSlope>(dy, x, dx, n, 0, 0);
}
