// Root series for derivatives that cross zero (silu′, gelu′, geluTanh′, mish′, swish′): within
// 1/32 of the root their closed forms cancel, so there, as in the JS kernels
// (src/internal/root-series.ts, root-series.ts), f′ = Σ cₖδᵏ with δ = (x − root_hi) − root_lo
// (x − root_hi exact by Sterbenz), the library's generated degree-7 coefficients. Lanes near
// the root are rare on typical data, so the series runs only when a lane of the pair needs it
// (nearRootMask4: one f32x4 test per four lanes, see the drivers in lanes.ts) and is merged by
// bitselect.
import { fabs, splat } from './lanes';

/** All-ones lanes where |x − root| < 1/32 (false for NaN). */
@inline export function nearRoot(x: v128, rootHi: f64): v128 {
  return f64x2.lt(fabs(f64x2.sub(x, splat(rootHi))), splat(0.03125));
}

/**
 * The lanes of four float32 within about 1/32 of the root (float32 arithmetic: the
 * exact per-lane choice is nearRoot's, on the widened values; this only has to include it).
 */
@inline export function nearRootMask4(v: v128, root: f32): v128 {
  return f32x4.lt(v128.and(f32x4.sub(v, f32x4.splat(root)), i32x4.splat(0x7fffffff)), f32x4.splat(0.0313));
}

/** The series Σ cₖδᵏ, δ = (x − rootHi) − rootLo. */
@inline export function rootSeries(
  x: v128, rootHi: f64, rootLo: f64,
  c0: f64, c1: f64, c2: f64, c3: f64, c4: f64, c5: f64, c6: f64, c7: f64,
): v128 {
  const d = f64x2.sub(f64x2.sub(x, splat(rootHi)), splat(rootLo));
  let p = f64x2.add(f64x2.mul(d, splat(c7)), splat(c6));
  p = f64x2.add(f64x2.mul(p, d), splat(c5));
  p = f64x2.add(f64x2.mul(p, d), splat(c4));
  p = f64x2.add(f64x2.mul(p, d), splat(c3));
  p = f64x2.add(f64x2.mul(p, d), splat(c2));
  p = f64x2.add(f64x2.mul(p, d), splat(c1));
  return f64x2.add(f64x2.mul(p, d), splat(c0));
}
