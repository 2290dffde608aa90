// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   mishF32()                          2.28e+09 inputs, max 1 ulp (81912 at 1 ulp), 227837 differ from JS, specials 45/45
//   mishDerivativeF32()                2.28e+09 inputs, max 1 ulp (81549 at 1 ulp), 219938 differ from JS, specials 45/45
//   mishBackwardF32()                  2.28e+09 inputs, max 1 ulp (82283 at 1 ulp), 229968 differ from JS, specials 180/180
// mish(x) = x·tanh(softplus(x)) = x·n/(n + 2) with n = e(e + 2), e = eˣ, and mish′(x) =
// e·((e + 2)·m + 4x(1 + e))/m², m = n + 2 (the JS kernels' forms), in f64x2 with e = A/D,
// A = 2ᵏN, from the rational exponential (math/exp.ts), every quotient merged into one:
//   mish  = x·P/(P + 2D²),               P = A(A + 2D);
//   mish′ = A·((A + 2D)·M + 4x·D²(A + D))/M²,  M = P + 2D².
// The forward clamps x below at −400 (x·n/(n + 2) ≈ x·eˣ then rounds to −0, as in the JS
// kernel) and the exponent above at 300 (n/(n + 2) = 1 in float64 beyond, so x and +Infinity
// pass); the derivative clamps x to [−400, 100] (M² stays finite; mish′ = 1 beyond). Within
// 1/32 of mish′'s root (x ≈ −1.1924) the root series.
import { expReduce, expScale, expShift, ratioE, ratioRO } from '../math/exp';
import { backward, clamp4, splat, unary } from '../math/lanes';
import { nearRoot, nearRootMask4, rootSeries } from '../math/root';

@final class MishValue {
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

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const c = f64x2.pmin(x, splat(300));
    const t = expShift(c);
    const r = expReduce(c, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const d = f64x2.sub(e, ro);
    const a = f64x2.mul(expScale(t), f64x2.add(e, ro));
    const p = f64x2.mul(a, f64x2.add(a, f64x2.add(d, d)));
    const d2 = f64x2.mul(d, d);
    return f64x2.div(f64x2.mul(x, p), f64x2.add(p, f64x2.add(d2, d2)));
  }
}

@final class MishSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return clamp4(v, -400, 100);
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return nearRootMask4(v, -1.1924312145154952);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return v128.bitselect(rootSeries(x, -1.1924312145154952, -4.8484829848031044e-17,
      -7.03249796687291e-18, 0.2669479140495345, 0.20473126408033632, 0.04190782104366902,
      -0.020271823896551397, -0.015821126864562204, -0.003358751798643303, 0.001092901740944077),
    y, nearRoot(x, -1.1924312145154952));
  }

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const t = expShift(x);
    const r = expReduce(x, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const d = f64x2.sub(e, ro);
    const a = f64x2.mul(expScale(t), f64x2.add(e, ro));
    const a2d = f64x2.add(a, f64x2.add(d, d));
    const d2 = f64x2.mul(d, d);
    const m = f64x2.add(f64x2.mul(a, a2d), f64x2.add(d2, d2));
    const q = f64x2.add(f64x2.mul(a2d, m), f64x2.mul(f64x2.mul(f64x2.mul(x, splat(4)), d2), f64x2.add(a, d)));
    return f64x2.div(f64x2.mul(a, q), f64x2.mul(m, m));
  }
}

export function mishF32(x: usize, out: usize, n: i32): void {
  unary<MishValue>(x, out, n, 0, 0);
}

export function mishDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<MishSlope>(x, out, n, 0, 0);
}

export function mishBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<MishSlope>(dy, x, dx, n, 0, 0);
}
