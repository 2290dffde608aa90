// softmin = softmax(−x) (PyTorch nn.Softmin): the forms against softmax on −x (bit for bit,
// negation being exact), values against decimal.js (test/helpers/softmax-exact.ts), its special
// rows, and the backward pass as the negative of softmax's with +0 for an exact zero difference.
// Accuracy over the rows fixture is in test/accuracy.test.ts, the kernel contract in
// test/contract-suite-layouts.test.ts, the along-axis form in softmax-axis.test.ts.
import { describe, expect, it } from 'vitest';
import {
  softmax,
  softmaxBackward,
  softmaxBackwardF32,
  softmaxF32,
  softmin,
  softminBackward,
  softminBackwardF32,
  softminF32,
} from '../../src/index.js';
import { exactRow, randomRows, ulpErr } from '../helpers/softmax-exact.js';

const neg = (x: readonly number[]) => x.map((v) => -v);
const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

describe('softmin', () => {
  it('is softmax of −x, bit for bit, in float64 and in the kernels', () => {
    for (const x of randomRows(41, 30, 7)) expect(softmin(x)).toEqual(softmax(neg(x)));
    const rows = randomRows(43, 8, 9, true).flat();
    const x = Float32Array.from(rows);
    expect(bits(softminF32(new Float32Array(x.length), x, 9))).toEqual(
      bits(
        softmaxF32(
          new Float32Array(x.length),
          x.map((v) => -v),
          9,
        ),
      ),
    );
  });

  it('is within 4 ulp (float64) and 1 float32 ulp (kernel) of e^{−x_i}/Σ e^{−x_j} in decimal.js', () => {
    let worst = 0;
    const rows = randomRows(47, 20, 6, true).filter((r) => r.every(Number.isFinite)); // softmin of a −∞ entry is NaN
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const x of rows) {
      const ex = exactRow(neg(x)).softmax;
      const [s, k] = [softmin(x), softminF32(new Float32Array(6), Float32Array.from(x))];
      x.forEach((_, i) => {
        worst = Math.max(worst, ulpErr(s[i]!, ex[i]!, 'f64') / 4, ulpErr(k[i]!, ex[i]!, 'f32'));
      });
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('special rows: +∞ entries get +0, a −∞ or a NaN makes the row NaN, only +∞ is NaN, one entry is [1]', () => {
    expect(softmin([1, Infinity, 1])).toEqual([0.5, 0, 0.5]);
    expect(softmin([1, -Infinity])).toEqual([NaN, NaN]);
    expect(softmin([1, NaN])).toEqual([NaN, NaN]);
    expect(softmin([Infinity, Infinity])).toEqual([NaN, NaN]);
    expect(softmin([-3])).toEqual([1]);
    expect(softmin([])).toEqual([]);
    expect(Array.from(softminF32(new Float32Array(6), Float32Array.of(1, Infinity, 1, 1, -Infinity, 0), 3))).toEqual([
      0.5,
      0,
      0.5,
      NaN,
      NaN,
      NaN,
    ]);
  });

  it('softminBackward is the negative of softmaxBackward, an exact zero difference giving +0', () => {
    for (const x of randomRows(53, 20, 5)) {
      const y = softmin(x);
      const dy = neg(x).map((v) => v / 10);
      const got = softminBackward(dy, y);
      softmaxBackward(dy, y).forEach((v, i) => {
        expect(got[i]).toBe(v === 0 ? 0 : -v);
      });
    }
    // y = [0, 1]: Σ dy·y = dy_1, so dx_1 = 1·(dy_1 − dy_1) = +0 (softmax's is +0 too, not its negative −0)
    expect(Object.is(softminBackward([-0.25, -0.75], [0, 1])[1], 0)).toBe(true);
    const f = (...v: number[]) => Float32Array.from(v);
    expect(Object.is(softminBackwardF32(new Float32Array(2), f(-0.25, -0.75), f(0, 1))[1], 0)).toBe(true);
    expect(Object.is(softmaxBackwardF32(new Float32Array(2), f(-0.25, -0.75), f(0, 1))[1], 0)).toBe(true);
  });

  it('throws for bad rows and mismatched lengths, naming the argument', () => {
    expect(() => softmin(3 as unknown as number[])).toThrow(TypeError);
    expect(() => softminBackward([1], [1, 2])).toThrow(
      new RangeError('dy and y must have the same length, got dy.length = 1 and y.length = 2'),
    );
    expect(() => softminF32(new Float32Array(4), new Float32Array(4), 3)).toThrow(new RangeError('rowSize = 3 must divide the length 4'));
  });
});
