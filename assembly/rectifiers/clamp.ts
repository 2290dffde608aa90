// The clamps: relu6 = min(max(x, 0), 6), hardTanh = x clamped to [minVal, maxVal], shiftedRelu =
// max(x, −a); slopes 1 strictly inside, 0 outside (and at the bounds), NaN for NaN.
//
// The JavaScript kernels compare a float32 x with float64 bounds. For float32 x, x ≤ v exactly
// when x ≤ floor32(v) and x ≥ v exactly when x ≥ ceil32(v) (the float32 neighbours of v toward
// the inside), so one float32 comparison per bound gives the float64 comparison's answer; the
// results are x or a bound rounded to float32, as the JavaScript kernels store them.
import { ONE, ZERO, ceil32, floor32, keepNaN, map, zip } from '../lanes';

const SIX: v128 = f32x4.splat(6);

@final @unmanaged class Relu6 {
  // pmax/pmin (x < 0 ? 0 : x, 6 < x ? 6 : x) keep NaN, + 0 turns −0 into +0: one instruction
  // each where V8 spends about nine on f32x4.max/min (NaN and signed-zero rules); n = 1e6,
  // allocF32 arrays: 0.32 → 0.15 ns/element, relu's speed.
  @inline apply(v: v128, six: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.add(f32x4.pmin(f32x4.pmax(v, ZERO), six), ZERO);
  }
}
@final @unmanaged class Relu6Slope {
  @inline apply(v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.and(ONE, v128.and(f32x4.gt(v, ZERO), f32x4.lt(v, SIX))));
  }
}
@final @unmanaged class Relu6Backward {
  @inline apply(g: v128, v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.mul(g, keepNaN(v, v128.and(ONE, v128.and(f32x4.gt(v, ZERO), f32x4.lt(v, SIX)))));
  }
}

// Lanes: lo = floor32(minVal), hi = ceil32(maxVal) (the comparison bounds), lo32, hi32 (the values).
@final @unmanaged class Clamp {
  @inline apply(v: v128, lo: v128, hi: v128, lo32: v128, hi32: v128, e: v128, f: v128): v128 {
    return v128.bitselect(lo32, v128.bitselect(hi32, v, f32x4.ge(v, hi)), f32x4.le(v, lo));
  }
}
// Bounds that are no float32 zero (lanes lo32, hi32): x ≤ floor32(minVal) gives lo32 and
// x ≥ ceil32(maxVal) gives hi32 exactly when pmax(x, lo32) and pmin(…, hi32) do (the float32s
// between the comparison bound and the value bound are the bound itself), NaN and −0 pass
// through as in Clamp; two instructions instead of two comparisons and two selections.
@final @unmanaged class ClampNonZero {
  @inline apply(v: v128, lo32: v128, hi32: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.pmin(f32x4.pmax(v, lo32), hi32);
  }
}
/** 1 for lo < x < hi, 0 elsewhere, NaN for NaN. */
@inline
function inside(v: v128, lo: v128, hi: v128): v128 {
  return keepNaN(v, v128.and(ONE, v128.and(f32x4.gt(v, lo), f32x4.lt(v, hi))));
}
@final @unmanaged class ClampSlope {
  @inline apply(v: v128, lo: v128, hi: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return inside(v, lo, hi);
  }
}
@final @unmanaged class ClampBackward {
  @inline apply(g: v128, v: v128, lo: v128, hi: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.mul(g, inside(v, lo, hi));
  }
}
// shiftedRelu: lanes lo = floor32(−a), lo32 = fround(−a): x ≤ −a gives −a (+0 for a = 0).
@final @unmanaged class Floor {
  @inline apply(v: v128, lo: v128, lo32: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.bitselect(lo32, v, f32x4.le(v, lo));
  }
}
@final @unmanaged class FloorSlope {
  @inline apply(v: v128, lo: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.and(ONE, f32x4.gt(v, lo)));
  }
}
@final @unmanaged class FloorBackward {
  @inline apply(g: v128, v: v128, lo: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return f32x4.mul(g, keepNaN(v, v128.and(ONE, f32x4.gt(v, lo))));
  }
}

export function relu6F32(x: usize, out: usize, n: i32): void {
  map<Relu6>(x, out, n, SIX, ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function relu6DerivativeF32(x: usize, out: usize, n: i32): void {
  map<Relu6Slope>(x, out, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function relu6BackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  zip<Relu6Backward>(dy, x, dx, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}

export function hardTanhF32(x: usize, out: usize, n: i32, minVal: f64, maxVal: f64): void {
  const lo32 = <f32>minVal;
  const hi32 = <f32>maxVal;
  if (lo32 != 0 && hi32 != 0) {
    map<ClampNonZero>(x, out, n, f32x4.splat(lo32), f32x4.splat(hi32), ZERO, ZERO, ZERO, ZERO);
    return;
  }
  // A bound that rounds to ±0 decides the sign of a zero result as the JavaScript kernel does.
  const lo = f32x4.splat(floor32(minVal));
  const hi = f32x4.splat(ceil32(maxVal));
  map<Clamp>(x, out, n, lo, hi, f32x4.splat(lo32), f32x4.splat(hi32), ZERO, ZERO);
}
export function hardTanhDerivativeF32(x: usize, out: usize, n: i32, minVal: f64, maxVal: f64): void {
  map<ClampSlope>(x, out, n, f32x4.splat(floor32(minVal)), f32x4.splat(ceil32(maxVal)), ZERO, ZERO, ZERO, ZERO);
}
export function hardTanhBackwardF32(dy: usize, x: usize, dx: usize, n: i32, minVal: f64, maxVal: f64): void {
  zip<ClampBackward>(dy, x, dx, n, f32x4.splat(floor32(minVal)), f32x4.splat(ceil32(maxVal)), ZERO, ZERO, ZERO, ZERO);
}

export function shiftedReluF32(x: usize, out: usize, n: i32, a: f64): void {
  const floor = 0 - a;
  map<Floor>(x, out, n, f32x4.splat(floor32(floor)), f32x4.splat(<f32>floor), ZERO, ZERO, ZERO, ZERO);
}
export function shiftedReluDerivativeF32(x: usize, out: usize, n: i32, a: f64): void {
  map<FloorSlope>(x, out, n, f32x4.splat(floor32(0 - a)), ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function shiftedReluBackwardF32(dy: usize, x: usize, dx: usize, n: i32, a: f64): void {
  zip<FloorBackward>(dy, x, dx, n, f32x4.splat(floor32(0 - a)), ZERO, ZERO, ZERO, ZERO, ZERO);
}
