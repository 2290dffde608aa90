// logSoftmax: x − logSumExp(x) row by row. What concerns it alone: signed zeros of its kernel, its
// backward pass at −∞, its Float32Array contract and logSoftmax = log ∘ softmax. Its accuracy and
// the identities it shares with softmax and logSumExp are in test/activations/softmax.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, logSoftmaxBackward, logSoftmaxBackwardF32, logSoftmaxF32, softmax } from '../../src/index.js';
import { f32, rowKernelContractTests, same } from '../helpers/row-kernels.js';
import { exactSum, toDecimal, ulpErr } from '../helpers/softmax-exact.js';

describe('special rows (Object.is)', () => {
  it('logSoftmaxF32 gives −0 for a max whose others underflow and +0 when they are −∞', () => {
    expect(same(logSoftmaxF32(new Float32Array(4), f32(0, -200, 0, -Infinity), 2), [-0, -200, 0, -Infinity])).toBe(true);
  });
  it('backward passes of special rows: dy at −∞ for logSoftmax', () => {
    expect(same(logSoftmaxBackward([0, 0.5], [0, -Infinity]), [-0.5, 0.5])).toBe(true);
    expect(same(logSoftmaxBackwardF32(new Float32Array(2), f32(0, 0.5), f32(0, -Infinity)), [-0.5, 0.5])).toBe(true);
  });
});

rowKernelContractTests([
  ['logSoftmaxF32', (o, x) => logSoftmaxF32(o, x, 3), (n) => n],
  ['logSoftmaxBackwardF32', (o, a, b) => logSoftmaxBackwardF32(o, a, b, 3), (n) => n],
]);

const row = fc.array(fc.double({ min: -60, max: 60, noNaN: true }), { minLength: 1, maxLength: 12 });
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
describe('identities (fast-check)', () => {
  it('logSoftmax = log(softmax) where softmax > 1e-300', () => {
    fc.assert(
      fc.property(row, (x) => {
        const [p, l] = [softmax(x), logSoftmax(x)];
        return p.every((v, i) => v < 1e-300 || near(l[i], Math.log(v), 4 * 2 ** -52 * Math.max(1, Math.abs(l[i]))));
      }),
    );
  });
});

describe('logSoftmaxBackwardF32 where dy_i − e^{y_i}·Σdy cancels', () => {
  // dy₀ = fround(e^{y₀}·rest/(1 − e^{y₀})) makes dx₀ = dy₀ − e^{y₀}·(dy₀ + rest) cancel, to 2⁻³⁰–2⁻⁴¹
  // of its terms on these rows (to ~2⁻¹⁶ on the odd rows, where dy₀ is moved), once with y₀ above −ln 2 (the expm1 form) and once below; exact
  // values from decimal.js. The documented bound: within 1 float32 ulp where the result is at
  // least 2⁻²⁸ of the terms |dy₀| + |Σdy|, else within 2⁻⁵⁰ of the terms (the table exponential's
  // few float64 ulp, which the cancellation exposes: up to 70 float32 ulp on these rows).
  it.each([8, -3])('within its bound of the exact value (x₀ = %d)', (x0) => {
    const n = 64;
    const rows = 8;
    const x = Float32Array.from({ length: rows * n }, (_, i) => (i % n === 0 ? x0 : Math.sin(i) / 2));
    const y = logSoftmaxF32(new Float32Array(x.length), x, n);
    const dy = Float32Array.from({ length: x.length }, (_, i) => Math.fround(Math.cos(i) / 3));
    for (let r = 0; r < rows; r++) {
      let rest = 0;
      for (let i = 1; i < n; i++) rest += dy[r * n + i];
      const e = Math.exp(y[r * n]);
      // Odd rows: dy₀ moved by 2⁻¹⁶ of itself, so that dx₀ cancels only to ~2⁻¹⁶ of the terms.
      dy[r * n] = Math.fround(((e * rest) / (1 - e)) * (r % 2 === 1 ? 1 + 2 ** -16 : 1));
    }
    const dx = logSoftmaxBackwardF32(new Float32Array(x.length), dy, y, n);
    let withinUlp = 0;
    for (let r = 0; r < rows; r++) {
      const g = dy.subarray(r * n, r * n + n);
      const sum = exactSum(g);
      const exact = toDecimal(g[0]).minus(
        toDecimal(y[r * n])
          .exp()
          .times(sum),
      );
      const terms = Math.abs(g[0]) + Math.abs(sum.toNumber());
      if (Math.abs(exact.toNumber()) >= 2 ** -28 * terms) {
        withinUlp++;
        expect(ulpErr(dx[r * n], exact, 'f32'), `row ${r}`).toBeLessThanOrEqual(1);
      } else {
        expect(
          toDecimal(dx[r * n])
            .minus(exact)
            .abs()
            .toNumber(),
          `row ${r}`,
        ).toBeLessThanOrEqual(2 ** -50 * terms);
      }
    }
    expect(withinUlp).toBe(rows / 2); // the odd rows are the 1-ulp case, the even ones the other
  });
});
