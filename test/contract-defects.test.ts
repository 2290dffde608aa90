// Regression tests for the issue "First contact you can trust": each block pins a contract that
// a defect broke, with expectations from the definitions (elu′(x) = 1 for x > 0, …), never from
// running the code. The error messages, the Float32Array brand check and the −0 parameters have
// their own files (contract-messages, contract-float32-brand, contract-signed-zero).
import { describe, expect, it } from 'vitest';
import {
  eluBackwardF32,
  eluDerivative,
  eluDerivativeF32,
  logSoftmax,
  logSoftmaxBackward,
  logSumExp,
  logSumExpBackward,
  maxout,
  maxoutDerivative,
  rrelu,
  rreluBackwardF32,
  rreluDerivative,
  rreluDerivativeF32,
  rreluF32,
  rreluSampleSlopes,
  softmax,
  softmaxBackward,
  sShapedRelu,
  sShapedReluDerivative,
  sShapedReluDerivativeF32,
  sShapedReluF32,
  sShapedReluParameterDerivatives,
} from '../src/index.js';
import { expectError, F32_MAX, F32_TINY, fmt, same } from './contract.helpers.js';

// ---- 1. elu′ = 1 for x > 0 whatever alpha ----------------------------------------------------
describe('eluDerivativeF32 / eluBackwardF32 for x > 0 and every valid alpha', () => {
  // Small and large positive x, in pairs that take the kernels' fast loop (|a| + |b| < 400) and
  // pairs that leave it (one of them ≥ 400 or +Infinity); an odd length leaves a last element alone.
  const X = Float32Array.of(F32_TINY, 1e-30, 0.5, 1, 3, 7, 150, 199, 500, 1e30, F32_MAX, Infinity, 2);
  const DY = Float32Array.of(1, -2.5, Infinity, -Infinity, 3e38, -0, 0, 7, -Infinity, Infinity, 1e-40, -3, 0.1);
  const ALPHAS = [0, 0.1, 1, 3.5, 2 ** 52, 2 ** 53, 2 ** 53 + 2, 2 ** 54, 2 ** 60, 1e20, 1e80, 1e81, 1e300, Number.MAX_VALUE];
  for (const alpha of ALPHAS) {
    it(`eluDerivativeF32 is 1 for x > 0 with alpha = ${alpha}`, () => {
      const out = eluDerivativeF32(new Float32Array(X.length), X, alpha);
      expect(same(out, new Float32Array(X.length).fill(1))).toEqual([]);
    });
    it(`eluBackwardF32 passes dy through unchanged (±Infinity, ±0 too) for x > 0 with alpha = ${alpha}`, () => {
      const dx = eluBackwardF32(new Float32Array(X.length), DY, X, alpha);
      expect(same(dx, DY)).toEqual([]);
    });
    it(`eluDerivative is 1 for x > 0 with alpha = ${alpha}`, () => {
      expect(
        same(
          Array.from(X, (x) => eluDerivative(x, alpha)),
          Array.from(X, () => 1),
        ),
      ).toEqual([]);
    });
  }
  it('eluDerivativeF32 is 1 at x = 1 for 2000 alphas log-spaced from 1e-30 to 2**53 and just above', () => {
    const x = new Float32Array(2).fill(1);
    const bad: string[] = [];
    for (let k = 0; k <= 2000; k++) {
      const alpha = 1e-30 * (2 ** 53 / 1e-30) ** (k / 2000) * (k % 2 ? 1 : 1 + 2 ** -40);
      const out = eluDerivativeF32(new Float32Array(2), x, alpha);
      if (out[0] !== 1 || out[1] !== 1) bad.push(`alpha = ${alpha}: ${out[0]}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

// ---- 2. rrelu with slopes at the top of the float32 range ---------------------------------------
describe('rrelu with huge bounds and slopes', () => {
  const MAX = Number.MAX_VALUE;
  const POS = Float32Array.of(F32_TINY, 0.5, 3, 1e30, F32_MAX, Infinity);
  const DY = Float32Array.of(1, -2, Infinity, -Infinity, -0, 0.25);
  it('rreluSampleSlopes with upper = 1e39 (beyond float32) throws a RangeError naming upper and 1e39', () => {
    expectError(() => rreluSampleSlopes(new Float32Array(8), 1, 0, 1e39), RangeError, /\bupper\b/, /1e\+39/);
    expectError(() => rreluSampleSlopes(new Float32Array(8), 1, 3.5e38, 3.5e38), RangeError, /\bupper\b/, /3\.5e\+38/);
  });
  it('rreluSampleSlopes with upper = the largest float32 stores finite slopes in [0, 3.4028234663852886e38]', () => {
    const s = rreluSampleSlopes(new Float32Array(256), 3, 0, F32_MAX);
    expect(Array.from(s).filter((v) => !(v >= 0 && v <= F32_MAX))).toEqual([]);
    expect(Array.from(rreluSampleSlopes(new Float32Array(4), 9, F32_MAX, F32_MAX))).toEqual([F32_MAX, F32_MAX, F32_MAX, F32_MAX]);
  });
  it('rrelu kernels reject an Infinity slope with a RangeError naming slopes[1] and Infinity, also for upper = 1e39', () => {
    const slopes = Float32Array.of(1, Infinity);
    const x = Float32Array.of(1, 1);
    expectError(() => rreluF32(new Float32Array(2), x, 0, 1e39, slopes), RangeError, /slopes\[1\]/, /Infinity/);
    expectError(() => rreluDerivativeF32(new Float32Array(2), x, 0, MAX, slopes), RangeError, /slopes\[1\]/, /Infinity/);
    expectError(() => rreluBackwardF32(new Float32Array(2), x, x, 0, MAX, slopes), RangeError, /slopes\[1\]/, /Infinity/);
  });
  it('rreluF32 / rreluDerivativeF32 / rreluBackwardF32 pass x > 0 through (slope 1) with slopes of 3.4028234663852886e38', () => {
    const slopes = new Float32Array(POS.length).fill(F32_MAX);
    expect(same(rreluF32(new Float32Array(POS.length), POS, 0, 1e39, slopes), POS)).toEqual([]);
    expect(same(rreluDerivativeF32(new Float32Array(POS.length), POS, 0, 1e39, slopes), new Float32Array(POS.length).fill(1))).toEqual([]);
    expect(same(rreluBackwardF32(new Float32Array(POS.length), DY, POS, 0, 1e39, slopes), DY)).toEqual([]);
  });
  it('rrelu kernels with lower = upper = MAX_VALUE (lower + upper overflows) pass x > 0 through and give slope·x below', () => {
    expect(same(rreluF32(new Float32Array(POS.length), POS, MAX, MAX), POS)).toEqual([]);
    expect(same(rreluDerivativeF32(new Float32Array(POS.length), POS, MAX, MAX), new Float32Array(POS.length).fill(1))).toEqual([]);
    expect(same(rreluBackwardF32(new Float32Array(POS.length), DY, POS, MAX, MAX), DY)).toEqual([]);
    // x ≤ 0: the slope MAX_VALUE times x, rounded to float32: −Infinity for x = −1, −0 for −0.
    const neg = Float32Array.of(-1, -0, -Infinity);
    expect(same(rreluF32(new Float32Array(3), neg, MAX, MAX), Float32Array.of(-Infinity, -0, -Infinity))).toEqual([]);
    expect(same(rreluDerivativeF32(new Float32Array(3), neg, MAX, MAX), Float32Array.of(Infinity, Infinity, Infinity))).toEqual([]);
  });
  it('rrelu(-1, MAX_VALUE, MAX_VALUE) is -MAX_VALUE and rreluDerivative(-1, MAX_VALUE, MAX_VALUE) is MAX_VALUE (the mean, no overflow)', () => {
    expect(rrelu(-1, MAX, MAX)).toBe(-MAX);
    expect(rreluDerivative(-1, MAX, MAX)).toBe(MAX);
    expect(rreluDerivative(-1, MAX / 2, MAX)).toBe(0.75 * MAX);
    expect(rrelu(2, MAX, MAX)).toBe(2);
  });
});

// ---- 3. array-likes with an invalid length ------------------------------------------------------
describe('scalar forms taking an array-like reject an invalid length with a TypeError', () => {
  const as = <T>(v: unknown) => v as T;
  const calls: [name: string, arg: string, call: (v: ArrayLike<number>) => unknown][] = [
    ['maxout', 'values', (v) => maxout(v)],
    ['maxoutDerivative', 'values', (v) => maxoutDerivative(v)],
    ['softmax', 'x', (v) => softmax(v)],
    ['softmaxBackward', 'dy', (v) => softmaxBackward(v, [0.5, 0.5])],
    ['softmaxBackward', 'y', (v) => softmaxBackward([1, 0], v)],
    ['logSoftmax', 'x', (v) => logSoftmax(v)],
    ['logSoftmaxBackward', 'dy', (v) => logSoftmaxBackward(v, [-1, -1])],
    ['logSoftmaxBackward', 'y', (v) => logSoftmaxBackward([1, 0], v)],
    ['logSumExp', 'x', (v) => logSumExp(v)],
    ['logSumExpBackward', 'x', (v) => logSumExpBackward(1, v)],
  ];
  const BAD: [string, unknown][] = [
    ['-1', -1],
    ['NaN', NaN],
    ['1.5', 1.5],
    ['"2"', '2'],
    ['2**32', 2 ** 32],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['null', null],
    ['missing', undefined],
  ];
  for (const [name, arg, call] of calls) {
    for (const [label, length] of BAD) {
      it(`${name} with ${arg} = { 0: 1, length: ${label} } throws a TypeError naming ${arg} and the length`, () => {
        const value = length === undefined ? { 0: 1 } : { 0: 1, 1: 2, length };
        expectError(
          () => call(as<ArrayLike<number>>(value)),
          TypeError,
          new RegExp(`^${arg} must be an array-like of numbers`),
          /with length/,
        );
      });
    }
    it(`${name} with ${arg} = { length: 2**32 - 1 } accepts the length and then rejects ${arg}[0] (TypeError)`, () => {
      expectError(
        () => call(as<ArrayLike<number>>({ length: 2 ** 32 - 1 })),
        TypeError,
        new RegExp(`^${arg}\\[0\\] must be a number, got undefined`),
      );
    });
  }
  it('maxout({ length: -1 }) and maxout({ length: NaN }) throw instead of returning undefined', () => {
    expectError(() => maxout(as<ArrayLike<number>>({ length: -1 })), TypeError, /got Object with length number -1$/);
    expectError(() => maxout(as<ArrayLike<number>>({ length: NaN })), TypeError, /got Object with length number NaN$/);
  });
  it('maxout / softmax / logSumExp accept an array-like object and a typed array', () => {
    expect(maxout(as<ArrayLike<number>>({ 0: 1, 1: 3, 2: 2, length: 3 }))).toBe(3);
    expect(maxout(Int8Array.of(-1, 4, 2))).toBe(4);
    expect(softmax({ 0: 0, 1: 0, length: 2 })).toEqual([0.5, 0.5]);
    expect(logSumExp(Float64Array.of(0, 0))).toBe(Math.LN2);
  });
});

// ---- 5. rrelu's signed zeros: the IEEE product slope·x for x ≤ 0, as leakyRelu and PyTorch ----
describe('rrelu signed zeros: slope·x for x ≤ 0, so −0 stays −0 for every slope, 0 included', () => {
  const MEAN = (1 / 8 + 1 / 3) / 2;
  // [x, lower, upper, rrelu(x)]: −0·a = −0 and +0·a = +0 for a ≥ 0; x·0 = −0 for x < 0; the limit −0 at −∞ for a = 0.
  const ROWS: [number, number, number, number][] = [
    [-0, 0, 0, -0],
    [0, 0, 0, 0],
    [-0, 1 / 8, 1 / 3, -0],
    [0, 1 / 8, 1 / 3, 0],
    [-1, 0, 0, -0],
    [-Infinity, 0, 0, -0],
    [-0, 0.5, 0.5, -0],
    [-Infinity, 0.5, 0.5, -Infinity],
    [-2, 1 / 8, 1 / 3, -2 * MEAN],
  ];
  for (const [x, lower, upper, want] of ROWS) {
    it(`rrelu(${fmt(x)}, ${lower}, ${upper}) is ${fmt(want)} (Object.is), and rreluF32 gives Math.fround of it`, () => {
      expect(Object.is(rrelu(x, lower, upper), want)).toBe(true);
      const out = rreluF32(new Float32Array(1), Float32Array.of(x), lower, upper);
      expect(same(out, [Math.fround(want)])).toEqual([]);
    });
  }
  it('rreluF32 with per-element slopes of 0 gives −0 for −0, +0 for +0, −0 for x < 0 and at −Infinity', () => {
    const x = Float32Array.of(-0, 0, -3, -Infinity, 2);
    expect(same(rreluF32(new Float32Array(5), x, 0, 0.5, new Float32Array(5)), [-0, 0, -0, -0, 2])).toEqual([]);
  });
  it('rreluDerivative / rreluDerivativeF32 at ±0 are the slope (+0 for slope 0), rreluBackwardF32 the IEEE product dy·slope', () => {
    expect(Object.is(rreluDerivative(-0, 0, 0), 0)).toBe(true);
    expect(Object.is(rreluDerivative(0, 0, 0), 0)).toBe(true);
    expect(same(rreluDerivativeF32(new Float32Array(2), Float32Array.of(-0, 0), 0, 0), [0, 0])).toEqual([]);
    expect(same(rreluBackwardF32(new Float32Array(3), Float32Array.of(-1, 1, -2), Float32Array.of(-0, 0, -0), 0, 0), [-0, 0, -0])).toEqual(
      [],
    );
  });
});

// ---- 8. sShapedRelu's scalar forms take the array forms' parameter object too --------------------
describe('sShapedRelu scalars accept (x, { tl, al, tr, ar }) as well as (x, tl, al, tr, ar)', () => {
  const P = { tl: -1, al: 0.2, tr: 2, ar: 0.5 };
  // By hand: x ≥ 2 gives 2 + 0.5·(x − 2), x ≤ −1 gives −1 + 0.2·(x + 1), x itself between.
  const VALUES: [number, number, number, [number, number, number, number]][] = [
    [4, 3, 0.5, [0, 0, 0.5, 2]],
    [-6, -2, 0.2, [0.8, -5, 0, 0]],
    [0, 0, 1, [0, 0, 0, 0]],
    [-0, -0, 1, [0, 0, 0, 0]],
    [2, 2, 0.5, [0, 0, 0.5, 0]],
    [-1, -1, 0.2, [0.8, 0, 0, 0]],
  ];
  for (const [x, f, d, partials] of VALUES) {
    it(`sShapedRelu(${fmt(x)}, { tl: -1, al: 0.2, tr: 2, ar: 0.5 }) is ${fmt(f)}, its derivative ${d}, its partials [${partials.join(', ')}]`, () => {
      expect(Object.is(sShapedRelu(x, P), f)).toBe(true);
      expect(Object.is(sShapedRelu(x, P.tl, P.al, P.tr, P.ar), f)).toBe(true);
      expect(sShapedReluDerivative(x, P)).toBe(d);
      expect(sShapedReluDerivative(x, P.tl, P.al, P.tr, P.ar)).toBe(d);
      expect(sShapedReluParameterDerivatives(x, P)).toEqual(partials);
      expect(sShapedReluParameterDerivatives(x, P.tl, P.al, P.tr, P.ar)).toEqual(partials);
    });
  }
  it('one parameter object serves the scalar and the array forms: sShapedReluF32(out, x, p)[i] = fround(sShapedRelu(x[i], p))', () => {
    const x = Float32Array.of(-7.5, -1, -0.25, 0, 1.75, 2, 9, -Infinity, Infinity, NaN);
    const out = sShapedReluF32(new Float32Array(x.length), x, P);
    expect(
      same(
        out,
        Array.from(x, (v) => Math.fround(sShapedRelu(v, P))),
      ),
    ).toEqual([]);
    const d = sShapedReluDerivativeF32(new Float32Array(x.length), x, P);
    expect(
      same(
        d,
        Array.from(x, (v) => Math.fround(sShapedReluDerivative(v, P))),
      ),
    ).toEqual([]);
  });
  const as = <T>(v: unknown) => v as T;
  type Scalar = (x: number, p: unknown, ...rest: number[]) => unknown;
  const forms: [string, Scalar][] = [
    ['sShapedRelu', as<Scalar>(sShapedRelu)],
    ['sShapedReluDerivative', as<Scalar>(sShapedReluDerivative)],
    ['sShapedReluParameterDerivatives', as<Scalar>(sShapedReluParameterDerivatives)],
  ];
  for (const [name, f] of forms) {
    it(`${name}(x, params) names the key of a missing or non-number field (TypeError) and of a bad value (RangeError)`, () => {
      expectError(() => f(1, { tl: -1, al: 0.2, ar: 0.5 }), TypeError, /^params\.tr must be a number, got undefined \(missing\)$/);
      expectError(() => f(1, { ...P, al: '0.2' }), TypeError, /^params\.al must be a number, got string "0\.2"$/);
      expectError(() => f(1, { ...P, al: Float32Array.of(0.2) }), TypeError, /^params\.al must be a number, got Float32Array$/);
      expectError(() => f(1, {}), TypeError, /^params\.tl must be a number, got undefined \(missing\)$/);
      expectError(() => f(1, { ...P, ar: NaN }), RangeError, /^params\.ar must be finite, got number NaN$/);
      expectError(() => f(1, { ...P, tl: 3 }), RangeError, /^params\.tl must be <= params\.tr, got tl = 3 and tr = 2$/);
      expectError(() => f(1, P, 0.2, 2, 0.5), TypeError, /four numbers .* or one object/);
      expectError(() => f(1, -1, 0.2, 2), TypeError, /^ar must be a number, got undefined \(missing\)$/);
    });
  }
});
