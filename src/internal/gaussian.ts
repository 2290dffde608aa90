// The standard normal density φ(x) = e^{−x²/2}/√(2π), times a factor, for GELU's derivative.
import { productError } from './dd.js';

const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π), correctly rounded

/**
 * m·φ(x), unchecked. x² is carried as a double-double (x² = p + pe) because e^{−x²/2} turns the
 * absolute error of x²/2 into a relative error: a 1-ulp error in x² = 1400 would cost 700 ulp.
 * Where e^{−p/2} alone is subnormal but m·φ(x) may not be (|x| ≳ 37.6), the exponential is
 * applied in two exact halves, e^{−p/4}·e^{−p/4}, so only the final product rounds into the
 * subnormal range. Returns ±0 (the sign of m) for |x| beyond 40, where m·φ(x) underflows for
 * any |m| < 1e40.
 */
export function normalDensityTimes(m: number, x: number): number {
  const a = Math.abs(x);
  if (a > 40) return a === a ? m * 0 : a;
  const p = a * a;
  const scaled = m * INV_SQRT_2PI * (1 - productError(a, a, p) / 2);
  if (p < 1400) return scaled * Math.exp(-p / 2);
  const half = Math.exp(-p / 4);
  return scaled * half * half;
}
