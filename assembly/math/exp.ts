// eʸ and eʸ − 1 on f64x2, without tables, for float32 results: relative error below 2⁻³²
// before the final float32 rounding (scripts/simd-coefficients.mjs fits and measures the
// polynomial and rationals).
//
// Method: k = round(y/ln2) by the shift S = 1.5·2⁵² + 1023 (t = y·log2e + S; k = t − S),
// r = y − k·ln2 with |r| ≤ ln2/2, eʸ = 2ᵏ·eʳ. eʳ − 1 for the division-free expm1 (elu, selu,
// celu) as r·(1 + r·P(r)), P the degree-5 Chebyshev interpolant of (eʳ − 1 − r)/r² (2⁻³²·¹);
// eʳ elsewhere in the rational form N/D below, which the kernels fold into the division they
// need anyway (σ = N/(N + 2ᵏD) etc.). One ln2 constant suffices here: for
// |k| ≤ 600 the error of k·ln2 is below 2⁻⁴³ absolute, far under float32's needs. 2ᵏ is built
// from the low bits of t: bits(t) = bits(1.5·2⁵²) + 1023 + k, and bits(1.5·2⁵²) ≡ 0 mod 2¹²,
// so bits(t) << 52 is the float64 2ᵏ (the 1023 in S is the exponent bias) — valid for
// −1022 ≤ k ≤ 1023, so callers clamp y to ±700 (|k| ≤ 1010) or tighter.
// NaN propagates (r is NaN); the scale's bits are then meaningless but the product is NaN.
import { splat } from './lanes';

/** 1 + r·P(r) = (eʳ − 1)/r with P the degree-5 interpolant of (eʳ − 1 − r)/r². */
@inline function expQuotient(r: v128): v128 {
  let p = f64x2.add(f64x2.mul(r, splat(0.00019890980869750327)), splat(0.0013933641031986701));
  p = f64x2.add(f64x2.mul(p, r), splat(0.008333310934448869));
  p = f64x2.add(f64x2.mul(p, r), splat(0.04166646500604005));
  p = f64x2.add(f64x2.mul(p, r), splat(0.16666666681614256));
  p = f64x2.add(f64x2.mul(p, r), splat(0.5000000013457727));
  return f64x2.add(f64x2.mul(p, r), splat(1));
}

/** r·(1 + r·P(r)) = eʳ − 1 for |r| ≤ ln2/2, relative to itself (also for tiny r; −0 → −0). */
@inline export function expm1Poly(r: v128): v128 {
  return f64x2.mul(r, expQuotient(r));
}

/** The shifted t = y·log2e + 1.5·2⁵² + 1023 whose low bits hold k + 1023, k = round(y/ln2). */
@inline export function expShift(y: v128): v128 {
  return f64x2.add(f64x2.mul(y, splat(1.4426950408889634)), splat(6755399441056767.0));
}

/** 2ᵏ from the shifted t of expShift (|k| ≤ 1022). */
@inline export function expScale(t: v128): v128 {
  return i64x2.shl(t, 52);
}

/** r = y − k·ln2 from y and the shifted t. */
@inline export function expReduce(y: v128, t: v128): v128 {
  return f64x2.sub(y, f64x2.mul(f64x2.sub(t, splat(6755399441056767.0)), splat(0.6931471805599453)));
}

/**
 * eʸ − 1 for |y| ≤ 700, relative to itself also near 0: s·q − (1 − s) with s = 2ᵏ, q = eʳ − 1;
 * 1 − s is exact for k = 0 (s = 1), which keeps expm1(±0) = ±0 and tiny y exact.
 */
@inline export function expm1InRange(y: v128): v128 {
  const t = expShift(y);
  const s = expScale(t);
  return f64x2.sub(f64x2.mul(s, expm1Poly(expReduce(y, t))), f64x2.sub(splat(1), s));
}

// The rational form, for kernels that divide anyway (σ = D/(D + 2ᵏN)): eʳ = N/D with
// N = E + r·O, D = E − r·O, E = 1 + e₁r², O = o₀ + o₁r² (so e^{−r} = D/N: eʳ·e^{−r} = 1 exactly
// in the form), a minimax (Lawson) fit of tanh(r/2) = r·O/E on |r| ≤ ln2/2 whose eʳ has relative
// error 2⁻³³·³ (scripts/simd-coefficients.mjs). Eight ops where the polynomial takes fourteen.

/** E(r²) = 1 + e₁r². */
@inline export function ratioE(r2: v128): v128 {
  return f64x2.add(f64x2.mul(r2, splat(0.09997486201440005)), splat(1));
}

/** r·O(r²) = r·(o₀ + o₁r²). */
@inline export function ratioRO(r: v128, r2: v128): v128 {
  return f64x2.mul(r, f64x2.add(f64x2.mul(r2, splat(0.008320826954401022)), splat(0.4999999990608316)));
}

/**
 * r·O₃(r²) = r·(o₀ + o₁r² + o₂r²²) for E₃(r²) = 1 + e₁r² (ratioE3): a fit of tanh(r/2) = r·O/E
 * minimax in tanh's own relative error, 2⁻³⁹ (eʳ to 2⁻⁴⁰·⁶), for tanh, whose result near 0
 * is r·O/E itself (the 3-coefficient form is exact only to 2⁻²⁹ relative as r → 0).
 */
@inline export function ratioRO3(r: v128, r2: v128): v128 {
  let o = f64x2.add(f64x2.mul(r2, splat(-0.00004932077544472179)), splat(0.008925136863076435));
  o = f64x2.add(f64x2.mul(o, r2), splat(0.4999999999990865));
  return f64x2.mul(r, o);
}

/** E₃(r²) = 1 + e₁r², the denominator's even part paired with ratioRO3. */
@inline export function ratioE3(r2: v128): v128 {
  return f64x2.add(f64x2.mul(r2, splat(0.10118360675816032)), splat(1));
}

/** The shifted t for e^{−y}: t = −y·log2e + 1.5·2⁵² + 1023, so k = round(−y/ln2). */
@inline export function expShiftNeg(y: v128): v128 {
  return f64x2.add(f64x2.mul(y, splat(-1.4426950408889634)), splat(6755399441056767.0));
}

/** r′ = y + k·ln2 = −r for e^{−y} = 2ᵏ·e^{r}, with t from expShiftNeg. */
@inline export function expReduceNeg(y: v128, t: v128): v128 {
  return f64x2.add(y, f64x2.mul(f64x2.sub(t, splat(6755399441056767.0)), splat(0.6931471805599453)));
}

/** eʸ for |y| ≤ 700 in the rational form, 2ᵏ·N/D (one division; NaN → NaN). */
@inline export function expRatioInRange(y: v128): v128 {
  const t = expShift(y);
  const r = expReduce(y, t);
  const r2 = f64x2.mul(r, r);
  const e = ratioE(r2);
  const ro = ratioRO(r, r2);
  return f64x2.div(f64x2.mul(expScale(t), f64x2.add(e, ro)), f64x2.sub(e, ro));
}
