// softshrink: x − λ above λ, x + λ below −λ, +0 on [−λ, λ]; hardshrink: x outside, +0 on it;
// both slopes 1 outside, +0 on it, NaN for NaN; dx = dy·slope. Bit-identical to the JavaScript
// kernels, whose branch-free blends give exactly these (src/activations/softshrink).
//
// As in clamp.ts, |x| ≤ λ (float64) is |x| ≤ floor32(λ) for float32 x, one comparison that is
// false for NaN, so `andnot` with it zeroes the inside (+0, also for x = −0) and keeps NaN.
// softshrink's x ∓ λ is x − copysign(λ, x): the JavaScript kernel forms it in float64 and rounds
// to float32; for a float32 λ the float32 difference is the same number (a difference of two
// float32 rounded to float64 first and then to float32 equals the directly rounded one, as
// 53 ≥ 2·24 + 2), otherwise the lanes widen to f64x2.
import { ONE, floor32, isFloat32, keepNaN, map, zip } from '../lanes';

const SIGN: v128 = i32x4.splat(0x80000000);
const SIGN64: v128 = i64x2.splat(0x8000000000000000);

/** All ones in the lanes where −λ ≤ x ≤ λ (lane `lo` = floor32(λ)), never for NaN. */
@inline function inside(v: v128, lo: v128): v128 {
  return f32x4.le(f32x4.abs(v), lo);
}

/** fround(x − copysign(λ, x)) with the difference in float64 (lane `l64` = λ as f64x2). */
@inline function shift64(v: v128, l64: v128): v128 {
  const a = f64x2.promote_low_f32x4(v);
  const b = f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 2, 3));
  const lo = f32x4.demote_f64x2_zero(f64x2.sub(a, v128.or(l64, v128.and(a, SIGN64))));
  const hi = f32x4.demote_f64x2_zero(f64x2.sub(b, v128.or(l64, v128.and(b, SIGN64))));
  return v128.shuffle<f32>(lo, hi, 0, 1, 4, 5);
}

// Lanes: lo = floor32(λ), l32 = λ (a float32).
@final @unmanaged class Soft32 {
  @inline apply(v: v128, lo: v128, l32: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.andnot(f32x4.sub(v, v128.or(l32, v128.and(v, SIGN))), inside(v, lo));
  }
}
// Lanes: lo = floor32(λ), l64 = λ (f64x2).
@final @unmanaged class Soft64 {
  @inline apply(v: v128, lo: v128, l64: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.andnot(shift64(v, l64), inside(v, lo));
  }
}
@final @unmanaged class Hard {
  @inline apply(v: v128, lo: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.andnot(v, inside(v, lo));
  }
}
@final @unmanaged class ShrinkSlope {
  @inline apply(v: v128, lo: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.andnot(ONE, inside(v, lo)));
  }
}
// dy·slope: the slope is 0, 1 or NaN, so the float32 product is the float64 one.
@final @unmanaged class ShrinkBackward {
  @inline apply(g: v128, v: v128, lo: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.mul(g, keepNaN(v, v128.andnot(ONE, inside(v, lo))));
  }
}

export function softshrinkF32(x: usize, out: usize, n: i32, lambd: f64): void {
  const lo = f32x4.splat(floor32(lambd));
  if (isFloat32(lambd)) map<Soft32>(x, out, n, lo, f32x4.splat(<f32>lambd), lo, lo, lo, lo);
  else map<Soft64>(x, out, n, lo, f64x2.splat(lambd), lo, lo, lo, lo);
}
export function softshrinkDerivativeF32(x: usize, out: usize, n: i32, lambd: f64): void {
  const lo = f32x4.splat(floor32(lambd));
  map<ShrinkSlope>(x, out, n, lo, lo, lo, lo, lo, lo);
}
export function softshrinkBackwardF32(dy: usize, x: usize, dx: usize, n: i32, lambd: f64): void {
  const lo = f32x4.splat(floor32(lambd));
  zip<ShrinkBackward>(dy, x, dx, n, lo, lo, lo, lo, lo, lo);
}

export function hardshrinkF32(x: usize, out: usize, n: i32, lambd: f64): void {
  const lo = f32x4.splat(floor32(lambd));
  map<Hard>(x, out, n, lo, lo, lo, lo, lo, lo);
}
export function hardshrinkDerivativeF32(x: usize, out: usize, n: i32, lambd: f64): void {
  const lo = f32x4.splat(floor32(lambd));
  map<ShrinkSlope>(x, out, n, lo, lo, lo, lo, lo, lo);
}
export function hardshrinkBackwardF32(dy: usize, x: usize, dx: usize, n: i32, lambd: f64): void {
  const lo = f32x4.splat(floor32(lambd));
  zip<ShrinkBackward>(dy, x, dx, n, lo, lo, lo, lo, lo, lo);
}
