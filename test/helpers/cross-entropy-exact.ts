// Exact references for softmaxCrossEntropy (test/activations/softmax-cross-entropy*.test.ts),
// written from PyTorch's definition of F.cross_entropy in decimal.js (80 digits, from the exact
// inputs): the per-row loss −Σ_c a_c·logSoftmax(z)_c with a_c = w_c·((1 − ε)·t_c + ε/C), and its
// gradient A·softmax(z) − a, A = Σ a_c. Nothing here calls the library.
import { type D, Decimal, exactRow, toDecimal } from './softmax-exact.js';

const ZERO = new Decimal(0);

/** One row's target: a class label or a row of probabilities. */
export type Target = number | readonly number[];

export interface ExactOptions {
  eps?: number | undefined;
  weight?: readonly number[] | undefined;
}

/** The coefficients a_c = w_c·((1 − ε)·t_c + ε/C), exactly. */
export function coefficients(C: number, target: Target, o: ExactOptions = {}): D[] {
  const eps = toDecimal(o.eps ?? 0);
  const share = eps.div(C);
  return Array.from({ length: C }, (_, c) => {
    const t = typeof target === 'number' ? new Decimal(c === target ? 1 : 0) : toDecimal(target[c]);
    const w = toDecimal(o.weight?.[c] ?? 1);
    return w.times(new Decimal(1).minus(eps).times(t).plus(share));
  });
}

/** Exact loss and gradient of one row with a finite max (null loss: +∞, a class with weight has logit −∞). */
export function exactCrossEntropy(z: readonly number[], target: Target, o: ExactOptions = {}): { loss: D | null; grad: D[] } {
  const row = exactRow(z);
  const a = coefficients(z.length, target, o);
  let loss: D | null = ZERO;
  let A = ZERO;
  for (let c = 0; c < z.length; c++) {
    A = A.plus(a[c]);
    if (a[c].isZero()) continue;
    const lp = row.logSoftmax[c];
    loss = lp === null || loss === null ? null : loss.minus(a[c].times(lp));
  }
  return { loss, grad: row.softmax.map((p, c) => A.times(p).minus(a[c])) };
}

/** The exact loss of a row given as Decimals (for finite differences at z ± h·e_j, which are not doubles). */
export function exactLossDecimal(z: readonly D[], a: readonly D[]): D {
  let m = z[0];
  for (const v of z) if (v.gt(m)) m = v;
  const lse = m.plus(z.reduce((s, v) => s.plus(v.minus(m).exp()), ZERO).ln());
  return z.reduce((s, v, c) => (a[c].isZero() ? s : s.plus(a[c].times(lse.minus(v)))), ZERO);
}

export type { D };
export { Decimal, toDecimal };
