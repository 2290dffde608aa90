// tanh for the Float32Array kernels (tanh, tanhshrink): accurate to a few float64 ulp, branch-free.
import { fastExpm1 } from './fast-exp.js';

/**
 * tanh(x) = m/(m + 2) with m = e^{2x} − 1 from the table expm1: m keeps its relative accuracy
 * near 0 (and −0 stays −0), m + 2 ≥ 1 never cancels, and the clamp of fastExpm1 at ±400 makes
 * ±Infinity give ±1. NaN propagates.
 */
export function fastTanh(x: number): number {
  const m = fastExpm1(2 * x);
  return m / (m + 2);
}
