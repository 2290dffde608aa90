// leakyRelu and prelu with a scalar weight: x for x > 0, w·x below (the product in float64
// unless w is a float32), slope 1 or w, dx = dy·slope. prelu's innerSize has no effect on a
// scalar weight (src/simd checks that it divides n, as the JavaScript kernel does).
import { ONE, ZERO, isFloat32, keepNaN, map, mulF64, zip } from '../lanes';

const NEG_MAX: v128 = f32x4.splat(-3.4028234663852886e38);

// w = 0: x·0 with −Infinity first raised to −FLT_MAX, so that the result is −0, not NaN.
@final @unmanaged class LeakyZero {
  @inline apply(v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.bitselect(v, f32x4.mul(f32x4.max(v, NEG_MAX), ZERO), f32x4.gt(v, ZERO));
  }
}
// w a nonzero float32 (lane `w`): one float32 product (NaN·w is NaN, −∞·w is ∓∞).
@final @unmanaged class Leaky32 {
  @inline apply(v: v128, w: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.bitselect(v, f32x4.mul(v, w), f32x4.gt(v, ZERO));
  }
}
// w not a float32 (f64x2 lane `w`): the product in float64, rounded once to float32.
@final @unmanaged class Leaky64 {
  @inline apply(v: v128, w: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return v128.bitselect(v, mulF64(v, w), f32x4.gt(v, ZERO));
  }
}
@final @unmanaged class LeakySlope {
  @inline apply(v: v128, w: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.bitselect(ONE, w, f32x4.gt(v, ZERO)));
  }
}
@final @unmanaged class LeakyBackward32 {
  @inline apply(g: v128, v: v128, w: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.bitselect(g, f32x4.mul(g, w), f32x4.gt(v, ZERO)));
  }
}
@final @unmanaged class LeakyBackward64 {
  @inline apply(g: v128, v: v128, w: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    return keepNaN(v, v128.bitselect(g, mulF64(g, w), f32x4.gt(v, ZERO)));
  }
}

@inline
function forward(x: usize, out: usize, n: i32, w: f64): void {
  if (w == 0) map<LeakyZero>(x, out, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
  else if (isFloat32(w)) map<Leaky32>(x, out, n, f32x4.splat(<f32>w), ZERO, ZERO, ZERO, ZERO, ZERO);
  else map<Leaky64>(x, out, n, f64x2.splat(w), ZERO, ZERO, ZERO, ZERO, ZERO);
}

@inline
function derivative(x: usize, out: usize, n: i32, w: f64): void {
  map<LeakySlope>(x, out, n, f32x4.splat(<f32>w), ZERO, ZERO, ZERO, ZERO, ZERO);
}

@inline
function backward(dy: usize, x: usize, dx: usize, n: i32, w: f64): void {
  if (isFloat32(w)) zip<LeakyBackward32>(dy, x, dx, n, f32x4.splat(<f32>w), ZERO, ZERO, ZERO, ZERO, ZERO);
  else zip<LeakyBackward64>(dy, x, dx, n, f64x2.splat(w), ZERO, ZERO, ZERO, ZERO, ZERO);
}

export function leakyReluF32(x: usize, out: usize, n: i32, negativeSlope: f64): void {
  forward(x, out, n, negativeSlope);
}
export function leakyReluDerivativeF32(x: usize, out: usize, n: i32, negativeSlope: f64): void {
  derivative(x, out, n, negativeSlope);
}
export function leakyReluBackwardF32(dy: usize, x: usize, dx: usize, n: i32, negativeSlope: f64): void {
  backward(dy, x, dx, n, negativeSlope);
}

export function preluF32(x: usize, out: usize, n: i32, weight: f64, innerSize: f64): void {
  forward(x, out, n, weight);
}
export function preluDerivativeF32(x: usize, out: usize, n: i32, weight: f64, innerSize: f64): void {
  derivative(x, out, n, weight);
}
export function preluBackwardF32(dy: usize, x: usize, dx: usize, n: i32, weight: f64, innerSize: f64): void {
  backward(dy, x, dx, n, weight);
}
