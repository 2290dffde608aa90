// logSoftmax: x − logSumExp(x) row by row. What concerns it alone: signed zeros of its kernel, its
// backward pass at −∞, its Float32Array contract and logSoftmax = log ∘ softmax. Its accuracy and
// the identities it shares with softmax and logSumExp are in test/activations/softmax.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, logSoftmaxBackward, logSoftmaxBackwardF32, logSoftmaxF32, softmax } from '../../src/index.js';
import { f32, rowKernelContractTests, same } from '../helpers/row-kernels.js';

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
    fc.assert(fc.property(row, (x) => {
      const [p, l] = [softmax(x), logSoftmax(x)];
      return p.every((v, i) => v < 1e-300 || near(l[i], Math.log(v), 4 * 2 ** -52 * Math.max(1, Math.abs(l[i]))));
    }));
  });
});
