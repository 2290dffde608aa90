// softmax, and what it shares with logSoftmax and logSumExp (one max-shifted row computation,
// src/internal/softmax-row.ts): accuracy of all three against exact decimal.js values computed from
// the exact inputs (float64 ≤ 4 ulp, Float32Array kernels ≤ 1 ulp), special rows with Object.is,
// the rowSize and argument rules, and fast-check identities relating them (rows sum to 1,
// softmax(0, x) = σ, shift invariance, every backward pass against central differences). What
// concerns logSoftmax or logSumExp alone is in their own files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  logSoftmax,
  logSoftmaxBackward,
  logSoftmaxBackwardF32,
  logSoftmaxF32,
  logSumExp,
  logSumExpBackward,
  logSumExpBackwardF32,
  logSumExpF32,
  sigmoid,
  softmax,
  softmaxBackward,
  softmaxBackwardF32,
  softmaxF32,
} from '../../src/index.js';
import { f32, rowKernelContractTests, same, X as x, Y as y } from '../helpers/row-kernels.js';
import { Decimal, exactDot, exactRow, exactSum, randomRows, toDecimal, ulpErr, ulpErrScaled } from '../helpers/softmax-exact.js';

const LENGTHS = [1, 2, 3, 5, 8, 17, 40];

describe('accuracy against decimal.js (exact inputs, 80 digits)', () => {
  for (const n of LENGTHS) {
    it(`float64 softmax, logSoftmax ≤ 4 ulp and logSumExp ≤ 4 ulp (of max(|lse|, |m|)), rows of ${n}`, () => {
      let worst = 0;
      for (const x of randomRows(100 + n, n > 10 ? 12 : 36, n)) {
        const ex = exactRow(x);
        const [sm, ls, lb] = [softmax(x), logSoftmax(x), logSumExpBackward(3, x)];
        x.forEach((_, i) => {
          worst = Math.max(worst, ulpErr(sm[i], ex.softmax[i], 'f64'), ulpErr(lb[i], ex.softmax[i].times(3), 'f64'));
          const e = ex.logSoftmax[i];
          worst = Math.max(worst, e === null ? (ls[i] === -Infinity ? 0 : Infinity) : ulpErr(ls[i], e, 'f64'));
        });
        worst = Math.max(worst, ulpErrScaled(logSumExp(x), ex.logSumExp, ex.m, 'f64'));
      }
      expect(worst).toBeLessThanOrEqual(4);
    });
    it(`Float32Array kernels ≤ 1 float32 ulp, ${n > 1 ? 4 : 1} rows of ${n} per call`, () => {
      let worst = 0;
      const rows = randomRows(200 + n, n > 10 ? 12 : 36, n, true);
      for (let r = 0; r + 4 <= rows.length; r += 4) {
        const x = Float32Array.from(rows.slice(r, r + 4).flat());
        const [sm, ls, lse] = [
          softmaxF32(new Float32Array(x.length), x, n),
          logSoftmaxF32(new Float32Array(x.length), x, n),
          logSumExpF32(new Float32Array(4), x, n),
        ];
        const lb = logSumExpBackwardF32(new Float32Array(x.length), f32(1, -2, 0.5, 3), x, n);
        rows.slice(r, r + 4).forEach((row, j) => {
          const ex = exactRow(row);
          worst = Math.max(worst, ulpErr(lse[j], ex.logSumExp, 'f32'));
          row.forEach((_, i) => {
            const e = ex.logSoftmax[i];
            worst = Math.max(
              worst,
              ulpErr(sm[j * n + i], ex.softmax[i], 'f32'),
              ulpErr(lb[j * n + i], ex.softmax[i].times([1, -2, 0.5, 3][j]), 'f32'),
            );
            worst = Math.max(worst, e === null ? (ls[j * n + i] === -Infinity ? 0 : Infinity) : ulpErr(ls[j * n + i], e, 'f32'));
          });
        });
      }
      expect(worst).toBeLessThanOrEqual(1);
    });
  }
  it('backward kernels from the outputs are within 1 float32 ulp of the exact products', () => {
    let worst = 0;
    for (const [k, x] of randomRows(7, 40, 9, true).entries()) {
      const xf = Float32Array.from(x);
      const dy = Float32Array.from(randomRows(k, 1, 9, true)[0], (v) => v / 7);
      const y = softmaxF32(new Float32Array(9), xf);
      const ly = logSoftmaxF32(new Float32Array(9), xf);
      const [ds, dl] = [softmaxBackwardF32(new Float32Array(9), dy, y), logSoftmaxBackwardF32(new Float32Array(9), dy, ly)];
      const dot = exactDot(dy, y);
      const sum = exactSum(dy);
      y.forEach((_, i) => {
        worst = Math.max(worst, ulpErr(ds[i], toDecimal(y[i]).times(toDecimal(dy[i]).minus(dot)), 'f32'));
        if (ly[i] !== -Infinity) worst = Math.max(worst, ulpErr(dl[i], toDecimal(dy[i]).minus(toDecimal(ly[i]).exp().times(sum)), 'f32'));
      });
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
  it('float64 backward passes: within 4 ulp, or 4 ulp of the larger term where the difference cancels', () => {
    let worst = 0;
    const u = 2 ** -52;
    for (const x of randomRows(9, 40, 6)) {
      const dy = x.map((v, i) => (v === -Infinity ? 1 : Math.sin(v + i)));
      dy[0] = -1;
      const [y, ly] = [softmax(x), logSoftmax(x)];
      const [ds, dl] = [softmaxBackward(dy, y), logSoftmaxBackward(dy, ly)];
      const [dot, sum] = [exactDot(dy, y), exactSum(dy)];
      const scale = y.reduce((a, v, i) => a + Math.abs(v * dy[i]), 0);
      y.forEach((_, i) => {
        // softmax: the dot product is double-double, so only a cancellation below 2⁻¹⁰⁰ of Σ|dy·y| is lost
        const es = toDecimal(y[i]).times(toDecimal(dy[i]).minus(dot));
        if (
          toDecimal(ds[i])
            .minus(es)
            .abs()
            .gt(2 ** -100 * scale * y[i])
        )
          worst = Math.max(worst, ulpErr(ds[i], es, 'f64'));
        if (ly[i] === -Infinity) return;
        // logSoftmax: e^{y}·Σdy carries Math.exp's rounding, so a cancelling dy_i − e^{y}·Σdy is 4 ulp of the terms
        const p = toDecimal(ly[i]).exp().times(sum);
        const el = toDecimal(dy[i]).minus(p);
        const abs = toDecimal(dl[i])
          .minus(el)
          .abs()
          .div(Math.max(Math.abs(dy[i]), Math.abs(p.toNumber())) * u)
          .toNumber();
        worst = Math.max(worst, Math.min(abs, ulpErr(dl[i], el, 'f64')));
      });
    }
    expect(worst).toBeLessThanOrEqual(4);
    const d = logSoftmaxBackward([-1, 0], logSoftmax([40, 0]));
    expect(
      ulpErr(
        d[0],
        toDecimal(logSoftmax([40, 0])[0])
          .exp()
          .minus(1),
        'f64',
      ),
    ).toBeLessThanOrEqual(4);
  });
});

describe('special rows (Object.is)', () => {
  const NaN2 = [NaN, NaN];
  const rows: [string, number[], number[], number[], number][] = [
    // [name, x, softmax, logSoftmax, logSumExp]
    ['empty', [], [], [], -Infinity],
    ['a NaN', [1, NaN], NaN2, NaN2, NaN],
    ['NaN and +∞', [Infinity, NaN], NaN2, NaN2, NaN],
    ['all −∞', [-Infinity, -Infinity], NaN2, NaN2, -Infinity],
    ['one +∞', [Infinity, 0], NaN2, NaN2, Infinity],
    ['two +∞', [Infinity, Infinity], NaN2, NaN2, Infinity],
    ['+∞ and −∞', [-Infinity, Infinity], NaN2, NaN2, Infinity],
    ['one entry', [-3.5], [1], [0], -3.5],
    ['−0 alone', [-0], [1], [0], 0],
    ['±0', [-0, 0], [0.5, 0.5], [-Math.LN2, -Math.LN2], Math.LN2],
    ['a −∞ entry', [-Infinity, 2], [0, 1], [-Infinity, 0], 2],
    ['an underflowing entry', [0, -800], [1, 0], [-0, -800], 0],
    ['±1e308', [1e308, -1e308], [1, 0], [0, -Infinity], 1e308],
    ['a dominant max', [0, -50], [1, 1.9287498479639178e-22], [-1.9287498479639178e-22, -50], 1.9287498479639178e-22],
  ];
  for (const [name, x, sm, ls, lse] of rows) {
    it(`${name}: softmax, logSoftmax and logSumExp of [${x.join(', ')}]`, () => {
      expect(same(softmax(x), sm), `softmax = ${softmax(x).join()}`).toBe(true);
      expect(same(logSoftmax(x), ls), `logSoftmax = ${logSoftmax(x).join()}`).toBe(true);
      expect(Object.is(logSumExp(x), lse), `logSumExp = ${logSumExp(x)}`).toBe(true);
      if (Math.abs(x[0] ?? 0) > 1e38 || Math.abs(x[1] ?? 0) > 1e38) return; // not float32 rows
      const xf = Float32Array.from(x);
      expect(same(softmaxF32(new Float32Array(x.length), xf), sm.map(Math.fround))).toBe(true);
      expect(same(logSoftmaxF32(new Float32Array(x.length), xf), ls.map(Math.fround))).toBe(true);
      expect(same(logSumExpF32(new Float32Array(x.length ? 1 : 0), xf), x.length ? [Math.fround(lse)] : [])).toBe(true);
    });
  }
});

rowKernelContractTests([
  ['softmaxF32', (o, x) => softmaxF32(o, x, 3), (n) => n],
  ['softmaxBackwardF32', (o, a, b) => softmaxBackwardF32(o, a, b, 3), (n) => n],
]);

describe('rowSize and argument rules of the row-wise functions', () => {
  it('rowSize must be a positive integer dividing the length (RangeError with the value)', () => {
    for (const bad of [0, -3, 1.5, NaN, 4, Infinity]) {
      expect(() => softmaxF32(new Float32Array(9), x, bad)).toThrow(new RegExp(`rowSize.*${String(bad)}`));
      expect(() => logSumExpBackwardF32(new Float32Array(9), f32(1), x, bad)).toThrow(RangeError);
    }
    expect(() => logSumExpF32(new Float32Array(2), x, 3)).toThrow('out.length must be x.length / rowSize = 3, got 2');
    expect(() => logSoftmaxBackwardF32(new Float32Array(9), new Float32Array(8), y)).toThrow('dy.length = 8 and y.length = 9');
  });
  it('row APIs reject non-arrays and non-numbers with TypeError, length mismatch with RangeError', () => {
    expect(() => softmax(3 as unknown as number[])).toThrow(TypeError);
    expect(() => logSoftmax(['1'] as unknown as number[])).toThrow('x[0] must be a number');
    expect(() => logSumExp(null as unknown as number[])).toThrow(TypeError);
    expect(() => logSumExpBackward('1' as unknown as number, [1])).toThrow(TypeError);
    expect(() => softmaxBackward([1], [1, 2])).toThrow('dy.length = 1 and y.length = 2');
    expect(() => logSoftmaxBackward([1, 2], [1])).toThrow(RangeError);
    expect(same(softmax(Float32Array.of(0, 0)), [0.5, 0.5])).toBe(true);
  });
});

const logit = fc.double({ min: -60, max: 60, noNaN: true });
const row = fc.array(logit, { minLength: 1, maxLength: 12 });
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
/** Central difference of g along coordinate j. */
const central = (g: (x: number[]) => number, x: number[], j: number, h = 1e-5) =>
  (g(x.map((v, i) => (i === j ? v + h : v))) - g(x.map((v, i) => (i === j ? v - h : v)))) / (2 * h);

describe('identities (fast-check)', () => {
  it('softmax rows sum to 1 within 4 ulp (exact sum of the computed entries)', () => {
    fc.assert(
      fc.property(row, (x) =>
        softmax(x)
          .reduce((s, v) => s.plus(toDecimal(v)), new Decimal(0))
          .minus(1)
          .abs()
          .lte(4 * 2 ** -52),
      ),
    );
  });
  it('softmax([0, x])[1] = sigmoid(x) within 2 ulp', () => {
    fc.assert(
      fc.property(fc.double({ min: -740, max: 740, noNaN: true }), (x) => {
        const [s, t] = [softmax([0, x])[1], sigmoid(x)];
        return near(s, t, 2 * 2 ** -52 * t + 4e-324);
      }),
    );
  });
  it('softmax and logSoftmax are unchanged by adding an integer to a row (exact shifts), logSumExp shifts', () => {
    const grid = fc.array(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(grid, fc.integer({ min: -(2 ** 12), max: 2 ** 12 }), (k, c) => {
        const x = k.map((v) => v / 1024);
        const xc = x.map((v) => v + c);
        const [a, b] = [Float32Array.from(x), Float32Array.from(xc)];
        return (
          same(softmax(xc), softmax(x)) &&
          same(logSoftmax(xc), logSoftmax(x)) &&
          near(logSumExp(xc), logSumExp(x) + c, 2 ** -40 * (1 + Math.abs(c))) &&
          same(softmaxF32(new Float32Array(a.length), b), softmaxF32(new Float32Array(a.length), a)) &&
          same(logSoftmaxF32(new Float32Array(a.length), b), logSoftmaxF32(new Float32Array(a.length), a))
        );
      }),
    );
  });
  it('gradients: logSumExpBackward(1, x) = ∂logSumExp; softmax and logSoftmax VJPs = central differences', () => {
    const small = fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(small, small, (x, w) => {
        const dy = x.map((_, i) => w[i % w.length]);
        const dot = (f: (v: number[]) => number[]) => (v: number[]) => f(v).reduce((s, p, i) => s + p * dy[i], 0);
        const [gl, gs, gls] = [logSumExpBackward(1, x), softmaxBackward(dy, softmax(x)), logSoftmaxBackward(dy, logSoftmax(x))];
        const [g32] = [
          softmaxBackwardF32(
            new Float32Array(x.length),
            Float32Array.from(dy),
            softmaxF32(new Float32Array(x.length), Float32Array.from(x)),
          ),
        ];
        return x.every(
          (_, j) =>
            near(gl[j], central(logSumExp, x, j), 1e-7) &&
            near(gs[j], central(dot(softmax), x, j), 1e-7 * 8) &&
            near(gls[j], central(dot(logSoftmax), x, j), 1e-7 * 8) &&
            near(g32[j], central(dot(softmax), x.map(Math.fround), j), 1e-5),
        );
      }),
      { numRuns: 60 },
    );
  });
});
