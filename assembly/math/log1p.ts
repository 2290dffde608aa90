// log(1 + z) for 0 ≤ z ≤ 1 on f64x2, relative to itself also for tiny z (softplus, logSigmoid):
// with w = z/(2 + z) ∈ [0, 1/3], log1p(z) = 2·atanh(w) = 2w·(1 + s·R(s)), s = w², R the degree-4
// Chebyshev interpolant of (atanh(√s)/√s − 1)/s on [0, 1/9] (relative error 2⁻³¹·³,
// scripts/simd-coefficients.mjs). The kernels form W = 2w = 2ᵏD/(½·2ᵏD + N) directly from
// the rational e^{−a} = 2ᵏD/N of math/exp.ts: one division for both.
import { splat } from './lanes';

/**
 * W·(1 + W²·R(W²/4)/4) = log1p(z) for W = 2w = 2z/(2 + z), 0 ≤ W ≤ 2/3 (R's coefficients
 * scaled by 4⁻ʲ⁻¹ here, so W itself is the variable).
 */
@inline export function log1pFromTwoW(w: v128): v128 {
  const s = f64x2.mul(w, w);
  let p = f64x2.add(f64x2.mul(s, splat(0.11612164612011674 / 1024)), splat(0.10853287900440187 / 256));
  p = f64x2.add(f64x2.mul(p, s), splat(0.14296178997151418 / 64));
  p = f64x2.add(f64x2.mul(p, s), splat(0.1999985316596486 / 16));
  p = f64x2.add(f64x2.mul(p, s), splat(0.3333333366026371 / 4));
  return f64x2.mul(w, f64x2.add(f64x2.mul(p, s), splat(1)));
}
