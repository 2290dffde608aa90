// threshold: x for x > threshold, value elsewhere; heaviside: 1 above 0, valueAtZero at ±0, 0
// below. Derivatives: threshold′ = 1 above the threshold, 0 elsewhere; heaviside′ = 0. NaN → NaN.
// As in clamp.ts, x > threshold (float64) is x > floor32(threshold) for float32 x.
import { ONE, ZERO, floor32, keepNaN, map, zip } from '../lanes';

// Lanes: t = floor32(threshold), value32 = fround(value).
@final @unmanaged class Threshold {
  @inline apply(v: v128, t: v128, value32: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.bitselect(v, value32, v128.or(f32x4.gt(v, t), f32x4.ne(v, v)));
  }
}
@final @unmanaged class ThresholdSlope {
  @inline apply(v: v128, t: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.and(ONE, f32x4.gt(v, t)));
  }
}
@final @unmanaged class ThresholdBackward {
  @inline apply(g: v128, v: v128, t: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.mul(g, keepNaN(v, v128.and(ONE, f32x4.gt(v, t))));
  }
}

// Lane z = fround(valueAtZero).
// The three masks are disjoint, so ANDs and ORs select (one instruction each; V8 spends three or
// four on a bitselect).
@final @unmanaged class Heaviside {
  @inline apply(v: v128, z: v128, one: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    const step = v128.or(v128.and(one, f32x4.gt(v, ZERO)), v128.and(z, f32x4.eq(v, ZERO)));
    return v128.or(step, v128.and(v, f32x4.ne(v, v)));
  }
}
@final @unmanaged class HeavisideSlope {
  @inline apply(v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, ZERO);
  }
}
// dy·0 (IEEE: −0 for a negative dy, NaN for an infinite or NaN one), NaN for NaN x.
@final @unmanaged class HeavisideBackward {
  @inline apply(g: v128, v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.mul(g, keepNaN(v, ZERO));
  }
}

export function thresholdF32(x: usize, out: usize, n: i32, threshold: f64, value: f64): void {
  map<Threshold>(x, out, n, f32x4.splat(floor32(threshold)), f32x4.splat(<f32>value), ZERO, ZERO, ZERO, ZERO);
}
export function thresholdDerivativeF32(x: usize, out: usize, n: i32, threshold: f64, value: f64): void {
  map<ThresholdSlope>(x, out, n, f32x4.splat(floor32(threshold)), ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function thresholdBackwardF32(dy: usize, x: usize, dx: usize, n: i32, threshold: f64, value: f64): void {
  zip<ThresholdBackward>(dy, x, dx, n, f32x4.splat(floor32(threshold)), ZERO, ZERO, ZERO, ZERO, ZERO);
}

export function heavisideF32(x: usize, out: usize, n: i32, valueAtZero: f64): void {
  map<Heaviside>(x, out, n, f32x4.splat(<f32>valueAtZero), ONE, ZERO, ZERO, ZERO, ZERO);
}
export function heavisideDerivativeF32(x: usize, out: usize, n: i32, valueAtZero: f64): void {
  map<HeavisideSlope>(x, out, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function heavisideBackwardF32(dy: usize, x: usize, dx: usize, n: i32, valueAtZero: f64): void {
  zip<HeavisideBackward>(dy, x, dx, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
