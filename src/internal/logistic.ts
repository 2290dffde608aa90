// The logistic function σ(x) = 1/(1 + e^{−x}), split on the sign so that e^{±x} never
// overflows and neither tail loses digits: σ(x) = 1/(1 + e^{−x}) for x ≥ 0 and e^{x}/(1 + e^{x})
// for x < 0 (where 1 − σ(−x) would cancel). Shared by sigmoid, silu, softplus′ and mish′.
import { productDD, productError, sumError } from './dd.js';

/** σ(x), unchecked. σ(−0) = σ(0) = 0.5, σ(±Infinity) = 1 / 0, NaN → NaN. */
export function logistic(x: number): number {
  if (x < 0) {
    const e = Math.exp(x);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(-x));
}

/** σ′(x) = σ(x)·σ(−x) = e^{−|x|}/(1 + e^{−|x|})², without the 1 − σ cancellation. */
export function logisticDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/**
 * m·σ′(x) rounded once (glu's ∂/∂b): e/(1 + e)² with the roundings of 1 + e, its square and
 * the quotient carried as a low part (two-sum, two-product and the exact remainder
 * e − q·(1 + e)²), so that only Math.exp's error (< 1 ulp) remains before the product with m.
 */
export function logisticDerivativeTimes(m: number, x: number): number {
  const e = Math.exp(-Math.abs(x));
  const t = 1 + e;
  const tt = t * t;
  if (e === 0 || e === 1) return m * (e / tt); // |x| beyond 745 and x = ±0: exact already
  const ttLo = productError(t, t, tt) + 2 * t * sumError(1, e, t);
  const q = e / tt;
  const qt = q * tt;
  const rest = e - qt - productError(q, tt, qt) - q * ttLo; // e − q·(tt + ttLo), to first order
  return productDD(m, q, rest / tt);
}
