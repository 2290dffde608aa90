// softmaxCrossEntropy's accuracy against decimal.js (test/helpers/cross-entropy-exact.ts, written
// from PyTorch's definition): the float64 row loss within 4 ulp, the kernel's per-row losses
// within 4 ulp, its reduced loss within 4 ulp of the exact mean/sum, its gradient within 1
// float32 ulp (or, where A·p_j and a_j cancel, 2⁻⁵⁰·a_j as documented), and the gradient
// against central differences of the exact loss. The contract (special values, errors, aliasing,
// options) is in softmax-cross-entropy-contract.test.ts.
import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropy, softmaxCrossEntropyF32 } from '../../src/index.js';
import {
  coefficients,
  type D,
  Decimal,
  exactCrossEntropy,
  exactLossDecimal,
  type Target,
  toDecimal,
} from '../helpers/cross-entropy-exact.js';
import { uniform } from '../helpers/random.js';
import { randomRows, ulpErr } from '../helpers/softmax-exact.js';

/** Error of a loss in ulps of the exact value (0 for equal infinities). */
const lossErr = (got: number, exact: D | null): number => (exact === null ? (got === Infinity ? 0 : Infinity) : ulpErr(got, exact, 'f64'));

/** The gradient's error: float32 ulps, or where A·p and a cancel below 2⁻²⁶·a, multiples of 2⁻⁵⁰·a (≤ 1 passes). */
function gradErr(got: number, exact: D, a: D, scale: D): number {
  const e = ulpErr(got, exact.times(scale), 'f32');
  const cancelled = exact.abs().lt(a.abs().times(2 ** -26));
  if (!cancelled || e <= 1) return e;
  return toDecimal(got)
    .minus(exact.times(scale))
    .abs()
    .div(
      a
        .abs()
        .times(scale)
        .times(2 ** -50),
    )
    .toNumber();
}

interface Case {
  name: string;
  target: (rows: number[][], r: () => number) => Target[];
  eps?: number;
  weight?: (C: number, r: () => number) => number[];
}

/** Labels on finite logits (a label on a −∞ logit gives +∞: tested apart). */
const labels = (rows: number[][], r: () => number): Target[] =>
  rows.map((x) => {
    const finite = x.flatMap((v, i) => (v === -Infinity ? [] : [i]));
    return finite[Math.floor(r() * finite.length)];
  });
/** Probability rows (float32 values), some with zeros where the logit is −∞, some summing to 1 only roughly. */
const probabilities = (rows: number[][], r: () => number): Target[] =>
  rows.map((x) => {
    const t = x.map((v) => (v === -Infinity || r() < 0.2 ? 0 : r()));
    const s = t.reduce((a, v) => a + v, 0) || 1;
    return t.map((v) => Math.fround(v / s));
  });
const weights = (C: number, r: () => number): number[] => Array.from({ length: C }, () => Math.fround(r() < 0.1 ? 0 : 0.25 + 2 * r()));

const CASES: Case[] = [
  { name: 'labels', target: labels },
  { name: 'labels, labelSmoothing 0.1', target: labels, eps: 0.1 },
  { name: 'labels, labelSmoothing 0.37, weights', target: labels, eps: 0.37, weight: weights },
  { name: 'labels, weights', target: labels, weight: weights },
  { name: 'probabilities', target: probabilities },
  { name: 'probabilities, labelSmoothing 0.2, weights', target: probabilities, eps: 0.2, weight: weights },
  { name: 'labels, labelSmoothing 1', target: labels, eps: 1 },
];

/** Rows without −∞ where smoothing or probabilities would put weight on them (the loss is +∞ there: tested apart). */
const finiteRows = (rows: number[][]): number[][] => rows.map((x) => x.map((v) => (v === -Infinity ? -1e4 : v)));

describe('accuracy against decimal.js (exact inputs, 80 digits)', () => {
  for (const c of CASES) {
    for (const C of [2, 7, 40]) {
      it(`${c.name}, ${C} classes: the float64 loss within 4 ulp`, () => {
        const r = uniform(C * 31 + c.name.length);
        const rows = c.eps || c.target === probabilities ? finiteRows(randomRows(C, 60, C)) : randomRows(C, 60, C);
        const t = c.target(rows, r);
        const weight = c.weight?.(C, r);
        let worst = 0;
        rows.forEach((x, n) => {
          const ex = exactCrossEntropy(x, t[n], { eps: c.eps, weight });
          worst = Math.max(worst, lossErr(softmaxCrossEntropy(x, t[n], { labelSmoothing: c.eps, weight }), ex.loss));
        });
        expect(worst).toBeLessThanOrEqual(4);
      });

      it(`${c.name}, ${C} classes: the kernel's row losses and reduced loss within 4 ulp, its gradient within 1 float32 ulp`, () => {
        const r = uniform(C * 17 + c.name.length);
        const rows = c.eps || c.target === probabilities ? finiteRows(randomRows(C + 1, 30, C, true)) : randomRows(C + 1, 30, C, true);
        const t = c.target(rows, r);
        const w = c.weight?.(C, r);
        const x = Float32Array.from(rows.flat());
        const target = typeof t[0] === 'number' ? (t as number[]) : Float32Array.from((t as number[][]).flat());
        const weight = w && Float32Array.from(w);
        const exact = rows.map((row, n) => exactCrossEntropy(row, t[n], { eps: c.eps, weight: w }));
        const a = rows.map((row, n) => coefficients(row.length, t[n], { eps: c.eps, weight: w }));
        // PyTorch's mean: Σ loss / Σ w_{y_n} for labels, / N for probabilities
        const D =
          typeof t[0] === 'number'
            ? (t as number[]).reduce((s, y) => s.plus(toDecimal(w?.[y] ?? 1)), new Decimal(0))
            : new Decimal(rows.length);
        const sum = exact.reduce((s, e) => s.plus(e.loss as D), new Decimal(0));
        let worstLoss = 0;
        let worstGrad = 0;
        for (const reduction of ['mean', 'sum', 'none'] as const) {
          const losses = new Float64Array(rows.length);
          const dl = new Float32Array(x.length);
          const got = softmaxCrossEntropyF32(dl, x, target, C, { labelSmoothing: c.eps, weight, reduction, losses });
          const scale = reduction === 'mean' ? new Decimal(1).div(D) : new Decimal(1);
          worstLoss = Math.max(worstLoss, ulpErr(got, reduction === 'mean' ? sum.div(D) : sum, 'f64'));
          exact.forEach((e, n) => {
            worstLoss = Math.max(worstLoss, lossErr(losses[n], e.loss));
            e.grad.forEach((g, j) => {
              worstGrad = Math.max(worstGrad, gradErr(dl[n * C + j], g, a[n][j], scale));
            });
          });
        }
        expect(worstLoss).toBeLessThanOrEqual(4);
        expect(worstGrad).toBeLessThanOrEqual(1);
      });
    }
  }

  it('the gradient is the derivative of the exact loss: central differences in decimal.js (h = 1e−30) agree within 1 float32 ulp', () => {
    const r = uniform(99);
    let worst = 0;
    for (const [k, row] of finiteRows(randomRows(5, 24, 6, true)).entries()) {
      const C = row.length;
      const target: Target = k % 2 === 0 ? Math.floor(r() * C) : (probabilities([row], r)[0] as number[]);
      const eps = [0, 0.1, 0.5][k % 3];
      const w = k % 4 === 3 ? weights(C, r) : undefined;
      const a = coefficients(C, target, { eps, weight: w });
      const z = row.map(toDecimal);
      const h = new Decimal('1e-30');
      const dl = new Float32Array(C);
      const tgt = typeof target === 'number' ? [target] : Float32Array.from(target);
      softmaxCrossEntropyF32(dl, Float32Array.from(row), tgt, C, {
        labelSmoothing: eps,
        weight: w && Float32Array.from(w),
        reduction: 'sum',
      });
      for (let j = 0; j < C; j++) {
        const up = exactLossDecimal(
          z.map((v, i) => (i === j ? v.plus(h) : v)),
          a,
        );
        const down = exactLossDecimal(
          z.map((v, i) => (i === j ? v.minus(h) : v)),
          a,
        );
        const fd = up.minus(down).div(h.times(2));
        worst = Math.max(worst, gradErr(dl[j], fd, a[j], new Decimal(1)));
      }
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('label targets without smoothing: each row of the exact gradient sums to 0, and the kernel’s row sums stay within the sum of its entries’ ulps', () => {
    let worst = 0;
    const rows = randomRows(11, 40, 9, true);
    const t = rows.map((x) => x.findIndex((v) => v !== -Infinity));
    const dl = new Float32Array(rows.length * 9);
    softmaxCrossEntropyF32(dl, Float32Array.from(rows.flat()), t, 9, { reduction: 'sum' });
    rows.forEach((x, n) => {
      const g = exactCrossEntropy(x, t[n]).grad;
      expect(
        g
          .reduce((s, v) => s.plus(v), new Decimal(0))
          .abs()
          .lt('1e-70'),
      ).toBe(true);
      // Σ computed = Σ (computed − exact): bounded by the 1-ulp errors of the entries
      const err = g.reduce((s, v, j) => s.plus(toDecimal(dl[n * 9 + j]).minus(v)), new Decimal(0)).abs();
      const ulps = g.reduce(
        (s, v) => s.plus(Math.max(2 ** -149, 2 ** (Math.floor(Math.log2(Math.abs(v.toNumber()) || 2 ** -149)) - 23))),
        new Decimal(0),
      );
      worst = Math.max(worst, err.div(ulps).toNumber());
    });
    expect(worst).toBeLessThanOrEqual(1);
  });
});
