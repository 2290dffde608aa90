// logSumExp: log Σ eˣ of a row, and its backward pass (softmax times dy). What concerns it alone:
// the cancellation of m + log1p(s), its backward pass at NaN/±∞ rows, its Float32Array contract and
// logSumExp([0, x]) = softplus(x). Its accuracy and the identities it shares with softmax and
// logSoftmax are in test/activations/softmax.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSumExp, logSumExpBackward, logSumExpBackwardF32, logSumExpF32, softplus } from '../../src/index.js';
import { f32, rowKernelContractTests, same } from '../helpers/row-kernels.js';
import { exactRow, ulpErr } from '../helpers/softmax-exact.js';

describe('accuracy against decimal.js (exact inputs, 80 digits)', () => {
  it('logSumExp where m + log1p(s) cancels: a few ulp of |m| in float64, ≤ 1 ulp for float32 input', () => {
    const x = [-Math.LN2, -Math.LN2];
    expect(Math.abs(logSumExp(x) - exactRow(x).logSumExp.toNumber())).toBeLessThanOrEqual(4 * 2 ** -53);
    const x32 = [Math.fround(-Math.LN2), Math.fround(-Math.LN2)];
    expect(ulpErr(logSumExpF32(new Float32Array(1), Float32Array.from(x32))[0], exactRow(x32).logSumExp, 'f32')).toBeLessThanOrEqual(1);
  });
});

describe('special rows (Object.is)', () => {
  it('backward passes of special rows: NaN for NaN/±∞ rows of logSumExp', () => {
    expect(same(logSumExpBackward(1, [Infinity, 0]), [NaN, NaN])).toBe(true);
    expect(same(logSumExpBackwardF32(new Float32Array(4), f32(1, 2), f32(-Infinity, -Infinity, 0, -Infinity), 2), [NaN, NaN, 2, 0])).toBe(
      true,
    );
  });
});

rowKernelContractTests([
  ['logSumExpF32', (o, x) => logSumExpF32(o, x, 3), (n) => n / 3],
  ['logSumExpBackwardF32', (o, a, b) => logSumExpBackwardF32(o, a.subarray(0, b.length / 3), b, 3), (n) => n],
]);

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
describe('identities (fast-check)', () => {
  it('logSumExp([0, x]) = softplus(x) within 2 ulp', () => {
    fc.assert(
      fc.property(fc.double({ min: -740, max: 740, noNaN: true }), (x) => {
        const [a, b] = [logSumExp([0, x]), softplus(x)];
        return near(a, b, 2 * 2 ** -52 * Math.abs(b));
      }),
    );
  });
});
