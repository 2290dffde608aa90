// softmaxCrossEntropy's contract: special values (−∞ masks, a label on a −∞ logit, +∞, NaN,
// rows of only −∞), the ignore index and the mean's denominator, the errors (RangeError showing
// the value, TypeError naming the argument), aliasing (in place, overlapping views, null
// dlogits), and identities (fast-check): invariance to adding a constant to a row, agreement
// with −logSoftmax at the label, label smoothing as (1 − ε)·nll + ε·mean(−logSoftmax).
// Accuracy against decimal.js is in softmax-cross-entropy.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSoftmax, softmaxCrossEntropy, softmaxCrossEntropyF32 } from '../../src/index.js';
import { exactCrossEntropy, toDecimal } from '../helpers/cross-entropy-exact.js';
import { ulpErr } from '../helpers/softmax-exact.js';

const f32 = (...v: number[]) => Float32Array.from(v);
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));
/** The kernel's loss and gradient for one call. */
function run(x: Float32Array, t: Parameters<typeof softmaxCrossEntropyF32>[2], size: number, o = {}): [number, Float32Array] {
  const dl = new Float32Array(x.length);
  return [softmaxCrossEntropyF32(dl, x, t, size, o), dl];
}

describe('special values (Object.is)', () => {
  it('a −∞ logit is a masked class: probability 0, gradient +0, and the loss of the others alone', () => {
    const [loss, dl] = run(f32(0, 0, -Infinity), [1], 3);
    expect(loss).toBe(Math.LN2);
    expect(same(dl, [0.5, -0.5, 0])).toBe(true);
    expect(softmaxCrossEntropy([0, 0, -Infinity], 0)).toBe(Math.LN2);
  });
  it('a label on a −∞ logit: loss +∞ (as PyTorch), gradient −1 there and softmax elsewhere', () => {
    const [loss, dl] = run(f32(1, -Infinity, 1), [1], 3, { reduction: 'sum' });
    expect(loss).toBe(Infinity);
    expect(same(dl, [0.5, -1, 0.5])).toBe(true);
    expect(softmaxCrossEntropy([1, -Infinity, 1], 1)).toBe(Infinity);
  });
  it('label smoothing puts weight ε/C on every class, so a −∞ logit makes the loss +∞ (as PyTorch)', () => {
    expect(softmaxCrossEntropy([1, -Infinity], 0, { labelSmoothing: 0.1 })).toBe(Infinity);
    expect(run(f32(1, -Infinity), [0], 2, { labelSmoothing: 0.1 })[0]).toBe(Infinity);
  });
  it('a zero probability on a −∞ logit adds nothing (PyTorch: 0·∞ = NaN)', () => {
    expect(softmaxCrossEntropy([0, 0, -Infinity], [0.5, 0.5, 0])).toBe(Math.LN2);
    expect(run(f32(0, 0, -Infinity), f32(0.5, 0.5, 0), 3)[0]).toBe(Math.LN2);
  });
  it('NaN or +∞ in a row, or a row of only −∞: loss NaN and a NaN gradient row; the other rows are unaffected', () => {
    for (const bad of [
      [NaN, 0],
      [Infinity, 0],
      [Infinity, Infinity],
      [-Infinity, -Infinity],
    ]) {
      expect(softmaxCrossEntropy(bad, 0)).toBeNaN();
      const losses = new Float64Array(2);
      const [loss, dl] = run(f32(...bad, 0, 0), [0, 1], 2, { losses });
      expect(loss).toBeNaN();
      expect(same(losses, [NaN, Math.LN2])).toBe(true);
      expect(same(dl, [NaN, NaN, 0.25, -0.25])).toBe(true);
    }
  });
  it('a confident correct row: the loss keeps the digits of log1p(s) ≈ s, the gradient is −s/(1 + s), and −0 once s underflows', () => {
    const x = [0, -40];
    const ex = exactCrossEntropy(x, 0);
    expect(ulpErr(softmaxCrossEntropy(x, 0), ex.loss!, 'f64')).toBeLessThanOrEqual(1);
    const [loss, dl] = run(f32(...x), [0], 2);
    expect(ulpErr(loss, ex.loss!, 'f64')).toBeLessThanOrEqual(1);
    expect(ulpErr(dl[0], ex.grad[0], 'f32')).toBeLessThanOrEqual(1);
    expect(same(run(f32(0, -800), [0], 2)[1], [-0, 0])).toBe(true); // exact −e^{−800}/(1 + e^{−800}) < 0
    expect(same(run(f32(0, -Infinity), [0], 2)[1], [0, 0])).toBe(true); // exactly 0
  });
});

describe('ignoreIndex and the reductions (PyTorch semantics)', () => {
  const x = f32(2, 1, 0, 0, 3, -1, 5, 5, 5);
  it('an ignored row adds 0 to the loss and the mean’s denominator, and gets a zero gradient whatever its logits', () => {
    const losses = new Float64Array(3);
    const [mean, dl] = run(f32(2, 1, 0, NaN, 3, -1, 5, 5, 5), [0, -100, 2], 3, { losses });
    const a = softmaxCrossEntropy([2, 1, 0], 0);
    const c = softmaxCrossEntropy([5, 5, 5], 2);
    expect(same(losses, [a, 0, c])).toBe(true);
    expect(mean).toBe((a + c) / 2);
    expect(same(dl.subarray(3, 6), [0, 0, 0])).toBe(true);
    expect(softmaxCrossEntropy([1, 2], -100)).toBe(0);
    expect(softmaxCrossEntropy([1, 2], 7, { ignoreIndex: 7 })).toBe(0);
    expect(run(x, [0, 1, 5], 3, { ignoreIndex: 5, reduction: 'sum' })[0]).toBe(
      softmaxCrossEntropy([2, 1, 0], 0) + softmaxCrossEntropy([0, 3, -1], 1),
    );
  });
  it('every row ignored: the mean is NaN (0/0, as PyTorch), the sum 0, the gradient 0', () => {
    const [mean, dl] = run(x, [-100, -100, -100], 3);
    expect(mean).toBeNaN();
    expect(same(dl, new Float32Array(9))).toBe(true);
    expect(run(x, [-100, -100, -100], 3, { reduction: 'sum' })[0]).toBe(0);
  });
  it("'sum' and 'none' scale the gradient by 1, 'mean' by 1/N; 'none' returns the sum of what it writes", () => {
    const [sum, ds] = run(x, [0, 1, 2], 3, { reduction: 'sum' });
    const [mean, dm] = run(x, [0, 1, 2], 3);
    const losses = new Float32Array(3);
    const [none, dn] = run(x, [0, 1, 2], 3, { reduction: 'none', losses });
    expect(none).toBe(sum);
    expect(same(dn, ds)).toBe(true);
    expect(Math.abs(mean - sum / 3)).toBeLessThanOrEqual(2 ** -52 * sum);
    dm.forEach((v, i) => {
      expect(ulpErr(v, toDecimal(ds[i]).div(3), 'f32')).toBeLessThanOrEqual(1);
    });
    expect(Array.from(losses)).toEqual([0, 1, 2].map((y) => Math.fround(softmaxCrossEntropy(Array.from(x.subarray(3 * y, 3 * y + 3)), y))));
  });
  it('weights: the mean divides by Σ w[label] of the counted rows (labels) or by N (probabilities), as PyTorch', () => {
    const weight = f32(0.5, 2, 1);
    const rows = [
      [2, 1, 0],
      [0, 3, -1],
      [5, 5, 5],
    ];
    const y = [0, 1, 2];
    const w = [0.5, 2, 1];
    expect(softmaxCrossEntropy(rows[1], 1, { weight: w })).toBe(2 * softmaxCrossEntropy(rows[1], 1));
    const sum = rows.reduce((acc, r, n) => acc.plus(exactCrossEntropy(r, y[n], { weight: w }).loss!), toDecimal(0));
    expect(ulpErr(run(x, y, 3, { weight })[0], sum.div(3.5), 'f64')).toBeLessThanOrEqual(4);
    const t = f32(1, 0, 0, 0, 1, 0, 0, 0, 1);
    expect(ulpErr(run(x, t, 3, { weight })[0], sum.div(3), 'f64')).toBeLessThanOrEqual(4);
    // an ignored row's weight is not counted either
    const part = exactCrossEntropy(rows[0], 0, { weight: w }).loss!.plus(exactCrossEntropy(rows[2], 2, { weight: w }).loss!);
    expect(ulpErr(run(x, [0, -100, 2], 3, { weight })[0], part.div(1.5), 'f64')).toBeLessThanOrEqual(4);
  });
});

describe('errors: RangeError showing the value, TypeError naming the argument', () => {
  const x = f32(1, 2, 3, 4, 5, 6);
  it('labels must be integers in [0, C) or ignoreIndex', () => {
    expect(() => softmaxCrossEntropyF32(null, x, [0, 3], 3)).toThrow(
      new RangeError('target[1] must be an integer class label in [0, 3) or ignoreIndex = -100, got number 3'),
    );
    expect(() => softmaxCrossEntropyF32(null, x, [0.5, 1], 3)).toThrow(/target\[0\].*got number 0.5/);
    expect(() => softmaxCrossEntropyF32(null, x, Int32Array.of(-1, 0), 3)).toThrow(/target\[0\].*got number -1/);
    expect(() => softmaxCrossEntropyF32(null, x, [0, NaN], 3)).toThrow(/target\[1\].*got number NaN/);
    expect(() => softmaxCrossEntropy([1, 2], 2)).toThrow(/target\[0\].*in \[0, 2\).*got number 2/);
    expect(() => softmaxCrossEntropyF32(null, x, [0, '1' as unknown as number], 3)).toThrow(
      new TypeError('target[1] must be a number, got string "1"'),
    );
  });
  it('target types and lengths', () => {
    expect(() => softmaxCrossEntropyF32(null, x, new Float64Array(6) as unknown as Float32Array, 3)).toThrow(
      /^target must be class labels.*got Float64Array$/,
    );
    expect(() => softmaxCrossEntropyF32(null, x, [0], 3)).toThrow(
      new RangeError('target.length must be logits.length / rowSize = 2, got 1'),
    );
    expect(() => softmaxCrossEntropyF32(null, x, new Float32Array(3), 3)).toThrow(/target.length = 3 and logits.length = 6/);
    expect(() => softmaxCrossEntropy([1, 2], [1])).toThrow(new RangeError('target.length must be logits.length = 2, got 1'));
    expect(() => softmaxCrossEntropy([1, 2], 'a' as unknown as number)).toThrow(TypeError);
  });
  it('options', () => {
    const bad: [object, RegExp][] = [
      [{ labelSmoothing: 1.5 }, /labelSmoothing must be in \[0, 1\], got number 1.5/],
      [{ labelSmoothing: -0.1 }, /labelSmoothing.*got number -0.1/],
      [{ ignoreIndex: 0.5 }, /ignoreIndex must be an integer, got number 0.5/],
      [{ weight: f32(1, -1, 1) }, /weight\[1\] must be finite and >= 0, got number -1/],
      [{ weight: f32(1, 1) }, /weight.length must be the number of classes 3, got 2/],
      [{ reduction: 'avg' }, /reduction must be 'mean', 'sum' or 'none', got string "avg"/],
      [{ reduction: 'none' }, /losses must be a Float64Array or a Float32Array with reduction 'none'/],
      [{ losses: new Float64Array(3) }, /losses.length must be logits.length \/ rowSize = 2, got 3/],
      [{ losses: new Float64Array(x.buffer, 0, 2) }, /losses must not share memory with logits/],
    ];
    for (const [o, msg] of bad) expect(() => softmaxCrossEntropyF32(null, x, [0, 1], 3, o), JSON.stringify(o)).toThrow(msg);
    expect(() => softmaxCrossEntropyF32(null, x, [0, 1], 3, 'mean' as unknown as object)).toThrow(TypeError);
    expect(() => softmaxCrossEntropy([1, 2], 0, { weight: [1] })).toThrow(/weight.length must be the number of classes 2, got 1/);
    expect(() => softmaxCrossEntropy([1, 2], 0, { weight: [1, Number.NaN] })).toThrow(
      /weight\[1\] must be finite and >= 0, got number NaN/,
    );
  });
  it('arrays and rowSize', () => {
    expect(() => softmaxCrossEntropyF32(new Float32Array(5), x, [0, 1], 3)).toThrow(/dlogits and logits must have the same length/);
    expect(() => softmaxCrossEntropyF32(null, x, [0, 1], 4)).toThrow(/rowSize = 4 must divide the length 6/);
    expect(() => softmaxCrossEntropyF32(null, [1, 2] as unknown as Float32Array, [0], 2)).toThrow(
      /^logits must be a Float32Array, got Array$/,
    );
  });
});

describe('aliasing', () => {
  const x = f32(0.5, -1, 2, -Infinity, 3, 0, 1e-3, -0.25, 7);
  const t = f32(0.2, 0.3, 0.5, 0, 0.5, 0.5, 1, 0, 0);
  for (const [name, target] of [
    ['labels', [2, 1, 0]],
    ['probabilities', t],
  ] as const) {
    it(`${name}: in place (dlogits = logits), on overlapping views, and without dlogits give the same loss and gradient`, () => {
      const [loss, dl] = run(x, target, 3, { labelSmoothing: 0.05 });
      const inPlace = x.slice();
      expect(softmaxCrossEntropyF32(inPlace, inPlace, target, 3, { labelSmoothing: 0.05 })).toBe(loss);
      expect(same(inPlace, dl)).toBe(true);
      const buf = new Float32Array(10);
      buf.set(x);
      expect(softmaxCrossEntropyF32(buf.subarray(1), buf.subarray(0, 9), target, 3, { labelSmoothing: 0.05 })).toBe(loss);
      expect(same(buf.subarray(1), dl)).toBe(true);
      expect(softmaxCrossEntropyF32(null, x, target, 3, { labelSmoothing: 0.05 })).toBe(loss);
      expect(softmaxCrossEntropyF32(undefined, x, target, 3, { labelSmoothing: 0.05 })).toBe(loss);
      expect(same(x, f32(0.5, -1, 2, -Infinity, 3, 0, 1e-3, -0.25, 7))).toBe(true);
    });
  }
  it('dlogits may be the probability target (read before it is written)', () => {
    const [loss, dl] = run(x, t, 3);
    const tt = t.slice();
    expect(softmaxCrossEntropyF32(tt, x, tt, 3)).toBe(loss);
    expect(same(tt, dl)).toBe(true);
  });
  it('empty logits: the mean is NaN (no rows), the sum 0', () => {
    const e = new Float32Array(0);
    expect(softmaxCrossEntropyF32(e, e, [], 3)).toBeNaN();
    expect(softmaxCrossEntropyF32(e, e, [], 3, { reduction: 'sum' })).toBe(0);
  });
});

describe('identities (fast-check)', () => {
  const row = fc.array(
    fc.integer({ min: -4096, max: 4096 }).map((k) => k / 64),
    { minLength: 1, maxLength: 12 },
  );
  it('adding a constant to a row changes nothing (logits on a grid where the shift is exact): bit for bit', () => {
    fc.assert(
      fc.property(row, fc.integer({ min: -1000, max: 1000 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (x, c, k, eps) => {
        const y = k % x.length;
        const o = { labelSmoothing: eps };
        const shifted = x.map((v) => v + c);
        if (!Object.is(softmaxCrossEntropy(x, y, o), softmaxCrossEntropy(shifted, y, o))) return false;
        const [a, da] = run(Float32Array.from(x), [y], x.length, o);
        const [b, db] = run(Float32Array.from(shifted), [y], x.length, o);
        return Object.is(a, b) && same(da, db);
      }),
    );
  });
  it('equals −logSoftmax(x)[label]: both within 4 ulp of the exact value, so within 8 ulp of each other', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -700, max: 700, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.nat(), (x, k) => {
        const y = k % x.length;
        const a = softmaxCrossEntropy(x, y);
        const b = -logSoftmax(x)[y];
        return Math.abs(a - b) <= 8 * 2 ** -52 * Math.max(Math.abs(a), 2 ** -1022);
      }),
    );
  });
  it('label smoothing is (1 − ε)·(−logSoftmax(x)[y]) + ε·mean(−logSoftmax(x)), as PyTorch; against the exact value', () => {
    fc.assert(
      fc.property(row, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (x, k, eps) => {
        const y = k % x.length;
        const ex = exactCrossEntropy(x, y, { eps });
        return ulpErr(softmaxCrossEntropy(x, y, { labelSmoothing: eps }), ex.loss!, 'f64') <= 4;
      }),
      { numRuns: 200 },
    );
  });
});
