// Sweep (scripts/simd-sweep.mjs: every float32 with |x| < 128, both signs, ±0 and subnormals
// included; every 64th float32 beyond, to FLT_MAX; ±Infinity, NaN, kinks, roots; backward with
// dy cycling 1, −3.5, 1e−30, 1e30; extra parameter sets every 16th; n = 0…40 in place and not),
// vs Math.fround of the float64 scalar; "specials" = equal to the JS kernel bit for bit:
//   geluF32()                          2.28e+09 inputs, max 1 ulp (9100418 at 1 ulp), 362467 differ from JS, specials 45/45
//   geluDerivativeF32()                2.28e+09 inputs, max 1 ulp (769638 at 1 ulp), 391449 differ from JS, specials 45/45
//   geluBackwardF32()                  2.28e+09 inputs, max 1 ulp (790863 at 1 ulp), 696603 differ from JS, specials 180/180
// gelu(x) = x·Φ(x) and gelu′(x) = Φ(x) + x·φ(x), in f64x2: with a = |x| (clamped at 16, beyond
// which every result rounds to 0, −0, x or 1, as the JS kernel's table ends there),
// Q(a) = e^{−a²/2}·P(a)/S(a) (math/gauss.ts) = 2ᵏD·P/(N·S), Φ = 1 − Q for x ≥ 0 and Q for
// x < 0, and gelu′ = 1 − G for x ≥ 0, G for x < 0, with G = e^{−a²/2}·(R(a) − a/√(2π)) =
// 2ᵏD·(P − (a/√(2π))·S)/(N·S). The forward clamps x below at −16 (x·Q(16) rounds to −0, as
// the JS kernel's −FLT_MAX·Q does for −Infinity); the derivative clamps x to ±20, where
// G·FLT_MAX still rounds to ±0, so a backward with a huge dy is exact beyond 16 too (the JS
// kernel's table stops at 16 and is a few thousand ulp off there for dy ≈ 1e30). Within 1/32
// of gelu′'s root (x ≈ −0.7518, where R − a/√(2π) cancels) the root series.
import { expScale, ratioE, ratioRO } from '../math/exp';
import { tailP, tailS } from '../math/gauss';
import { backward, clamp4, fabs, splat, unary } from '../math/lanes';
import { nearRoot, nearRootMask4, rootSeries } from '../math/root';

/** The shifted t of e^{−a²/2} from a² (k = round(−a²/(2 ln2))). */
@inline function halfSquareShift(a2: v128): v128 {
  return f64x2.add(f64x2.mul(a2, splat(-0.7213475204444817)), splat(6755399441056767.0));
}

/** r′ = a²/2 + k·ln2 (= −r) for e^{−a²/2} = 2ᵏ·D(r′)/N(r′). */
@inline function halfSquareReduce(a2: v128, t: v128): v128 {
  return f64x2.add(f64x2.mul(a2, splat(0.5)), f64x2.mul(f64x2.sub(t, splat(6755399441056767.0)), splat(0.6931471805599453)));
}

@final class GeluValue {
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
    return f32x4.pmax(v, f32x4.splat(-16));
  }

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const a = f64x2.pmin(fabs(x), splat(16));
    const a2 = f64x2.mul(a, a);
    const t = halfSquareShift(a2);
    const r = halfSquareReduce(a2, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const q = f64x2.div(f64x2.mul(f64x2.mul(expScale(t), f64x2.sub(e, ro)), tailP(a)), f64x2.mul(f64x2.add(e, ro), tailS(a)));
    return f64x2.mul(x, v128.bitselect(f64x2.sub(splat(1), q), q, f64x2.ge(x, splat(0))));
  }
}

@final class GeluSlope {
  @inline pre(v: v128, p0: f64, p1: f64): v128 {
    return clamp4(v, -20, 20);
  }

  @inline fixes(): bool {
    return true;
  }

  @inline mask(v: v128, p0: f64, p1: f64): v128 {
    return nearRootMask4(v, -0.7517915246935645);
  }

  @inline fix(x: v128, y: v128, a: v128, b: v128): v128 {
    return v128.bitselect(rootSeries(x, -0.7517915246935645, 1.4956759177009883e-17,
      1.5910289282787528e-17, 0.43149399231404695, 0.38828498299003067, -0.018199676398844466,
      -0.11400823062787473, -0.014771521260522079, 0.019417306229061352, 0.004537773865144903),
    y, nearRoot(x, -0.7517915246935645));
  }

  @inline f(x: v128, pa: v128, pb: v128): v128 {
    const a = fabs(x);
    const a2 = f64x2.mul(a, a);
    const t = halfSquareShift(a2);
    const r = halfSquareReduce(a2, t);
    const r2 = f64x2.mul(r, r);
    const e = ratioE(r2);
    const ro = ratioRO(r, r2);
    const s = tailS(a);
    const num = f64x2.sub(tailP(a), f64x2.mul(f64x2.mul(a, splat(0.3989422804014327)), s));
    const g = f64x2.div(f64x2.mul(f64x2.mul(expScale(t), f64x2.sub(e, ro)), num), f64x2.mul(f64x2.add(e, ro), s));
    return v128.bitselect(f64x2.sub(splat(1), g), g, f64x2.ge(x, splat(0)));
  }
}

export function geluF32(x: usize, out: usize, n: i32): void {
  unary<GeluValue>(x, out, n, 0, 0);
}

export function geluDerivativeF32(x: usize, out: usize, n: i32): void {
  unary<GeluSlope>(x, out, n, 0, 0);
}

export function geluBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  backward<GeluSlope>(dy, x, dx, n, 0, 0);
}
