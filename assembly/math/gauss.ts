// The Gaussian upper tail Q(a) = ½erfc(a/√2) for 0 ≤ a ≤ 20 on f64x2, without tables, for
// gelu's kernels: Q(a) = e^{−a²/2}·R(a) with R = P₅(a)/S₆(a) a rational fit (Lawson-weighted
// linearised least squares, then monomials in a, all coefficients positive so nothing cancels)
// whose relative error is 2⁻³²·⁴ on [0, 20] (scripts/simd-coefficients.mjs), and e^{−a²/2} in
// the rational form of math/exp.ts, so that Q is one quotient 2ᵏD·P/(N·S).
import { splat } from './lanes';

/** P₅(a), the numerator of R(a) = Q(a)e^{a²/2}. */
@inline export function tailP(a: v128): v128 {
  let p = f64x2.add(f64x2.mul(a, splat(0.000976090466130643)), splat(0.012461907582319727));
  p = f64x2.add(f64x2.mul(p, a), splat(0.07490207342288764));
  p = f64x2.add(f64x2.mul(p, a), splat(0.2589829149278564));
  p = f64x2.add(f64x2.mul(p, a), splat(0.5168928465102318));
  return f64x2.add(f64x2.mul(p, a), splat(0.4999999999270688));
}

/** S₆(a), the denominator of R(a). */
@inline export function tailS(a: v128): v128 {
  let s = f64x2.add(f64x2.mul(a, splat(0.002446697248596544)), splat(0.031237268195419388));
  s = f64x2.add(f64x2.mul(s, a), splat(0.190201843682702));
  s = f64x2.add(f64x2.mul(s, a), splat(0.6803416062776146));
  s = f64x2.add(f64x2.mul(s, a), splat(1.4794274526184543));
  s = f64x2.add(f64x2.mul(s, a), splat(1.8316702391849229));
  return f64x2.add(f64x2.mul(s, a), splat(1));
}
