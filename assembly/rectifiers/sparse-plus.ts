// sparsePlus: x for x ≥ 1, (x + 1)²/4 for −1 < x < 1, +0 for x ≤ −1 (−Infinity included);
// slope 1, (x + 1)/2, +0; NaN → NaN; dx = dy·slope. Bit-identical to the JavaScript kernels
// (src/activations/sparse-plus), whose branch-free blends give exactly these: on the parabola
// they form t = x + 1 in float64 (more than 24 bits when x is small), t·t·0.25 and dy·(t·0.5) in
// float64 and round once, so those lanes widen to f64x2 the same way; the pieces are selected
// with float32 comparisons (1 and −1 are float32s, so they answer as the float64 ones).
import { ONE, ZERO, keepNaN, map, zip } from '../lanes';

const NEG_ONE: v128 = f32x4.splat(-1);
const HALF: v128 = f32x4.splat(0.5);
const ONE64: v128 = f64x2.splat(1);
const HALF64: v128 = f64x2.splat(0.5);
const QUARTER64: v128 = f64x2.splat(0.25);

@inline function low(v: v128): v128 {
  return f64x2.promote_low_f32x4(v);
}
@inline function high(v: v128): v128 {
  return f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 2, 3));
}
@inline function join(lo: v128, hi: v128): v128 {
  return v128.shuffle<f32>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}
@inline function square(x: v128): v128 {
  const t = f64x2.add(x, ONE64);
  return f64x2.mul(f64x2.mul(t, t), QUARTER64);
}
/** fl64(dy·fl64(fl64(x + 1)·0.5)), the JavaScript kernel's product on the parabola. */
@inline function scaled(g: v128, x: v128): v128 {
  return f64x2.mul(g, f64x2.mul(f64x2.add(x, ONE64), HALF64));
}
/** All ones on the parabola, −1 < x < 1 (never for NaN). */
@inline function parabola(v: v128): v128 {
  return v128.and(f32x4.gt(v, NEG_ONE), f32x4.lt(v, ONE));
}

@final @unmanaged class SparsePlus {
  @inline apply(v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    const p = v128.and(join(square(low(v)), square(high(v))), parabola(v));
    return keepNaN(v, v128.bitselect(v, p, f32x4.ge(v, ONE)));
  }
}
// fl64(x + 1)·0.5 rounded to float32 is the float32 sum x + 1 halved: the float64 sum rounded to
// float32 is the float32 sum (53 ≥ 2·24 + 2), and halving a number ≥ 2⁻²⁴ is exact in both.
@final @unmanaged class SparsePlusSlope {
  @inline apply(v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    const p = v128.and(f32x4.mul(f32x4.add(v, ONE), HALF), parabola(v));
    return keepNaN(v, v128.bitselect(ONE, p, f32x4.ge(v, ONE)));
  }
}
// Off the parabola dy·1 = dy and dy·(+0) (±0, or NaN for an infinite dy) in float32 as in float64.
@final @unmanaged class SparsePlusBackward {
  @inline apply(g: v128, v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128 {
    const p = join(scaled(low(g), low(v)), scaled(high(g), high(v)));
    const off = v128.bitselect(g, f32x4.mul(g, ZERO), f32x4.ge(v, ONE));
    return keepNaN(v, v128.bitselect(p, off, parabola(v)));
  }
}

export function sparsePlusF32(x: usize, out: usize, n: i32): void {
  map<SparsePlus>(x, out, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function sparsePlusDerivativeF32(x: usize, out: usize, n: i32): void {
  map<SparsePlusSlope>(x, out, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
export function sparsePlusBackwardF32(dy: usize, x: usize, dx: usize, n: i32): void {
  zip<SparsePlusBackward>(dy, x, dx, n, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
}
