// eᵈ and eᵈ − 1 on f64x2 for the row-wise kernels, with the JavaScript kernels' clamp of d to
// [−400, 400] (src/internal/fast-exp.ts): e^{−400} ≈ 2e−174 is far below float32 yet positive,
// so a row whose other entries are finite but far below the max still gives its max a negative
// logSoftmax (−0 in float32) as the JavaScript kernels do; e^{400} is finite, so a product with
// a float32 cannot overflow.
//
// Both polynomials are evaluated in Estrin's scheme (powers r², r⁴, r⁸ and independent pairs)
// rather than Horner's: the sums are latency-bound chains, and Estrin's depth is about half.
//
// Two accuracies. expFast: 2ᵏ·(1 + r·Q(r)) with math/exp.ts's degree-6 Q, relative error
// below 2⁻³², for the sums and products that cannot cancel (softmax, logSoftmax's sum,
// logSumExp's gradient). expExact / expm1Exact: a two-constant (Cody–Waite) reduction and the
// degree-13 Taylor polynomial of (eʳ − 1)/r on |r| ≤ ln2/2 (first omitted term below 2⁻⁵⁶
// relative), about float64 accuracy, for logSumExp (m + log1p(s) may cancel) and logSoftmax's
// backward pass (dy − e^y·Σdy may cancel) — as close as fast-exp.ts's few float64 ulp.
import { expReduce, expScale, expShift } from '../math/exp';
import { splat } from '../math/lanes';

/** a + b·r. */
@inline function pair(a: f64, b: f64, r: v128): v128 {
  return f64x2.add(splat(a), f64x2.mul(r, splat(b)));
}

/** a + b·r² (vectors). */
@inline function fold(a: v128, b: v128, r2: v128): v128 {
  return f64x2.add(a, f64x2.mul(b, r2));
}

/** eʳ − 1 = r·Q(r), Q = math/exp.ts's expQuotient (same coefficients), in Estrin's scheme. */
@inline export function expm1Fast(r: v128): v128 {
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const lo = fold(pair(1, 0.5000000013457727, r), pair(0.16666666681614256, 0.04166646500604005, r), r2);
  const hi = fold(pair(0.008333310934448869, 0.0013933641031986701, r), splat(0.00019890980869750327), r2);
  return f64x2.mul(r, fold(lo, hi, r4));
}

/** d clamped to [−400, 400] (NaN stays NaN: pmin/pmax return their first operand then). */
@inline export function clampExp(d: v128): v128 {
  return f64x2.pmax(f64x2.pmin(d, splat(400)), splat(-400));
}

/** e^{clamp(d)} to 2⁻³² relative. */
@inline export function expFast(d: v128): v128 {
  const y = clampExp(d);
  const t = expShift(y);
  const s = expScale(t);
  return f64x2.add(s, f64x2.mul(s, expm1Fast(expReduce(y, t))));
}

/** r = y − k·ln2 in two steps: ln2's high part has 21 trailing zero bits, so k·LN2_HI is exact. */
@inline function reduceExact(y: v128, t: v128): v128 {
  const k = f64x2.sub(t, splat(6755399441056767.0));
  const r = f64x2.sub(y, f64x2.mul(k, splat(6.93147180369123816490e-1)));
  return f64x2.sub(r, f64x2.mul(k, splat(1.90821492927058770002e-10)));
}

/** eʳ − 1 = r·(1 + r/2! + … + r¹²/13!) for |r| ≤ ln2/2 (−0 → −0). */
@inline function expm1Taylor(r: v128): v128 {
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const r8 = f64x2.mul(r4, r4);
  const a = fold(pair(1, 1 / 2.0, r), pair(1 / 6.0, 1 / 24.0, r), r2);
  const b = fold(pair(1 / 120.0, 1 / 720.0, r), pair(1 / 5040.0, 1 / 40320.0, r), r2);
  const c = fold(pair(1 / 362880.0, 1 / 3628800.0, r), pair(1 / 39916800.0, 1 / 479001600.0, r), r2);
  const q = fold(fold(a, b, r4), fold(c, splat(1 / 6227020800.0), r4), r8);
  return f64x2.mul(r, q);
}

/** e^{clamp(d)} to about float64 accuracy. */
@inline export function expExact(d: v128): v128 {
  const y = clampExp(d);
  const t = expShift(y);
  const s = expScale(t);
  return f64x2.add(s, f64x2.mul(s, expm1Taylor(reduceExact(y, t))));
}

/**
 * s·q for e^{clamp(d)} = s + s·q and e^{clamp(d)} − 1 = s·q − (1 − s), s = 2ᵏ (from expScale of
 * expShift(clampExp(d))): both from one reduction, to about float64 accuracy; the latter
 * relative to itself also near 0 (1 − s is exact for k = 0, which keeps ±0).
 */
@inline export function expProductExact(y: v128, t: v128, s: v128): v128 {
  return f64x2.mul(s, expm1Taylor(reduceExact(y, t)));
}
