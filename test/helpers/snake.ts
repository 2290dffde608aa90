// Exact references for the snake tests: the registry's decimal.js definitions
// (test/fixtures/registry/group-e.mjs) and the per-channel parameter-gradient sums that
// snakeBackwardF32 and snakeBetaBackwardF32 accumulate, summed exactly in decimal.js.
import type { Decimal as DecimalJs } from 'decimal.js';
import { toDecimal } from '../fixtures/reference.mjs';
import { partials, slope, value } from '../fixtures/registry/group-e.mjs';

export const snakeReference = {
  value,
  slope,
  /** ∂snake/∂α = x·sin(2αx)/α − sin²(αx)/α² (β = α in both partials). */
  dAlpha: (x: DecimalJs, a: DecimalJs, b: DecimalJs): DecimalJs => {
    const p = partials(x, a, b);
    return p.alpha.plus(p.beta);
  },
};

/**
 * Σ dy·∂f/∂(param) over the elements of channel c (element i in channel ⌊i / innerSize⌋ mod C),
 * exactly, as a number, with Σ|terms| (for the float64 summation's share of a tolerance):
 * f = snake (param alpha) or snakeBeta (alpha or beta), at the linear-scale α and β.
 */
export function gradientSum(
  f: 'snake' | 'snakeBeta',
  x: Float32Array,
  dy: Float32Array,
  innerSize: number,
  channels: number,
  c: number,
  alpha: number,
  beta: number,
  param: 'alpha' | 'beta',
): { sum: number; abs: number } {
  const a = toDecimal(alpha);
  const b = toDecimal(beta);
  let sum = toDecimal(0);
  let abs = 0;
  for (let i = 0; i < x.length; i++) {
    if (Math.floor(i / innerSize) % channels !== c) continue;
    const p = partials(toDecimal(x[i]), a, b);
    const d = f === 'snake' ? p.alpha.plus(p.beta) : p[param];
    const term = d.times(toDecimal(dy[i]));
    sum = sum.plus(term);
    abs += Math.abs(term.toNumber());
  }
  return { sum: sum.toNumber(), abs };
}
