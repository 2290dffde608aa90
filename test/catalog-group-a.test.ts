// Group A of issue #8 (relu6, hardTanh, hardSigmoid, hardSwish, threshold, shiftedRelu,
// heaviside): special values with Object.is and the kink conventions, each expected value taken
// from the mathematics and the documented convention; the Float32Array contract; and property
// tests of the identities between them (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { uniform } from './helpers/random.js';
import { ulpDistance32 } from './ulp.js';

type Scalar = (x: number, ...p: number[]) => number;
type Unary = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
const fn = <T>(name: string): T => (api as unknown as Record<string, T>)[name];
const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const N = NaN, I = Infinity, T = 5e-324, H = 1e300, F = 3.4e38;

// ---- special values and kinks: [name, params, [x, expected][]] -----------------------------
const S6 = 1 / 6;
const special: [string, number[], [number, number][]][] = [
  ['relu6', [], [[N, N], [0, 0], [-0, 0], [I, 6], [-I, 0], [T, T], [-T, 0], [H, 6], [-H, 0], [F, 6], [-F, 0], [6, 6], [5.5, 5.5], [-1, 0]]],
  ['relu6Derivative', [], [[N, N], [0, 0], [-0, 0], [6, 0], [T, 1], [-T, 0], [5.999, 1], [6.001, 0], [I, 0], [-I, 0], [H, 0], [-F, 0]]],
  ['hardTanh', [], [[N, N], [0, 0], [-0, -0], [I, 1], [-I, -1], [T, T], [-T, -T], [H, 1], [-H, -1], [F, 1], [-F, -1], [1, 1], [-1, -1], [0.5, 0.5]]],
  ['hardTanh', [0, 6], [[-0, 0], [0, 0], [-5, 0], [7, 6], [-T, 0]]],
  ['hardTanh', [-2, -0], [[-0, 0], [0, 0], [5, 0], [-3, -2], [-1, -1]]],
  ['hardTanh', [2, 2], [[1, 2], [3, 2], [2, 2], [N, N]]],
  ['hardTanhDerivative', [], [[N, N], [0, 1], [-0, 1], [1, 0], [-1, 0], [0.999, 1], [-0.999, 1], [I, 0], [-I, 0], [T, 1], [H, 0], [-F, 0]]],
  ['hardTanhDerivative', [2, 2], [[2, 0], [1, 0], [3, 0], [N, N]]],
  ['hardSigmoid', [], [[N, N], [0, 0.5], [-0, 0.5], [-3, 0], [3, 1], [-4, 0], [4, 1], [1.5, 0.75], [I, 1], [-I, 0], [H, 1], [-H, 0], [F, 1], [-F, 0], [T, 0.5]]],
  ['hardSigmoid', [0.2, 0.5], [[N, N], [1, 0.7], [-2.5, 0], [2.5, 1], [-I, 0], [I, 1], [0, 0.5]]],
  ['hardSigmoid', [1, 0], [[-0, 0], [0, 0], [-T, 0], [T, T], [0.25, 0.25]]],
  ['hardSigmoidDerivative', [], [[N, N], [0, S6], [-3, 0], [3, 0], [-2.999, S6], [2.999, S6], [-3.001, 0], [I, 0], [-I, 0], [H, 0], [-F, 0]]],
  // the double 0.2 exceeds 0.2 by 1.1e-17, so 0.2·x + 0.5 is −2.8e−17 at −2.5 and 1 + 2.8e−17 at 2.5: both outside
  ['hardSigmoidDerivative', [0.2, 0.5], [[0, 0.2], [-2.5, 0], [2.5, 0], [-2.4999999999999996, 0.2], [-2.6, 0], [N, N]]],
  ['hardSwish', [], [[N, N], [0, 0], [-0, -0], [3, 3], [-3, -0], [-4, -0], [4, 4], [1, 2 / 3], [-1.5, -0.375], [I, I], [-I, -0], [H, H], [-H, -0], [F, F], [-F, -0]]],
  ['hardSwishDerivative', [], [[N, N], [0, 0.5], [-0, 0.5], [-3, 0], [3, 1], [-1.5, 0], [-4, 0], [4, 1], [I, 1], [-I, 0], [H, 1], [-F, 0]]],
  ['threshold', [1, -1], [[N, N], [1, -1], [2, 2], [0, -1], [-0, -1], [I, I], [-I, -1], [H, H], [-H, -1]]],
  ['threshold', [-1, 7], [[-0, -0], [0, 0], [-1, 7], [-T, -T]]],
  ['threshold', [0, -I], [[0, -I], [-0, -I], [T, T], [N, N]]],
  ['threshold', [0, 0], [[-0, 0], [-5, 0], [5, 5], [-I, 0]]],
  ['thresholdDerivative', [1, -1], [[N, N], [1, 0], [2, 1], [0, 0], [I, 1], [-I, 0]]],
  ['shiftedRelu', [], [[N, N], [0, 0], [-0, -0], [-1, -1], [-3, -1], [I, I], [-I, -1], [-T, -T], [H, H], [-H, -1], [-F, -1]]],
  ['shiftedRelu', [0], [[-0, 0], [0, 0], [-3, 0], [-I, 0], [-T, 0], [T, T]]],
  ['shiftedRelu', [2.5], [[-3, -2.5], [-2, -2], [-2.5, -2.5]]],
  ['shiftedReluDerivative', [], [[N, N], [-1, 0], [-0.999, 1], [-1.001, 0], [0, 1], [I, 1], [-I, 0]]],
  ['shiftedReluDerivative', [0], [[0, 0], [-0, 0], [T, 1]]],
  ['heaviside', [], [[N, N], [0, 0.5], [-0, 0.5], [T, 1], [-T, 0], [I, 1], [-I, 0], [H, 1], [-F, 0]]],
  ['heaviside', [0], [[0, 0], [-0, 0], [1, 1]]],
  ['heaviside', [1], [[0, 1], [-1, 0]]],
  ['heavisideDerivative', [], [[N, N], [0, 0], [-0, 0], [T, 0], [-1, 0], [I, 0], [-I, 0]]],
];
describe('group A special values and kink conventions (Object.is)', () => {
  for (const [name, params, rows] of special) {
    for (const [x, want] of rows) {
      it(`${name}(${[fmt(x), ...params.map(fmt)].join(', ')}) is ${fmt(want)}`, () => {
        expect(fn<Scalar>(name)(x, ...params)).toBe(want);
      });
    }
  }
});

// ---- parameter errors -----------------------------------------------------------------------
const bad: [string, number[], RegExp][] = [
  ['hardTanh', [2, 1], /minVal.*maxVal.*2.*1/], ['hardTanh', [NaN, 1], /minVal.*NaN/], ['hardTanh', [-1, I], /maxVal.*Infinity/],
  ['hardSigmoid', [0, 0.5], /alpha.*0/], ['hardSigmoid', [-1, 0.5], /alpha.*-1/], ['hardSigmoid', [I, 0.5], /alpha/], ['hardSigmoid', [0.2, NaN], /beta.*NaN/],
  ['threshold', [NaN, 0], /threshold.*NaN/], ['threshold', [0, NaN], /value.*NaN/],
  ['shiftedRelu', [-1], /\ba\b.*-1/], ['shiftedRelu', [I], /\ba\b.*Infinity/], ['heaviside', [I], /valueAtZero.*Infinity/],
];
describe('group A bad parameters throw RangeError naming the parameter and value', () => {
  for (const [name, params, re] of bad) {
    for (const suffix of ['', 'Derivative', 'F32', 'DerivativeF32', 'BackwardF32']) {
      it(`${name}${suffix} with (${params.map(fmt).join(', ')})`, () => {
        const f = fn<(...a: unknown[]) => unknown>(name + suffix);
        const a = new Float32Array(2);
        const call = suffix === 'BackwardF32' ? () => f(a, a, a, ...params) : suffix.endsWith('F32') ? () => f(a, a, ...params) : () => f(0.5, ...params);
        expect(call).toThrow(RangeError);
        expect(call).toThrow(re);
      });
    }
  }
});

// ---- the Float32Array contract ----------------------------------------------------------------
const r = uniform(0xa11ce);
const u = (lo: number, hi: number) => lo + (hi - lo) * r();
const KINKS = [0, -0, 6, -1, 1, -3, 3, -1.5, 0.5, -2.5, 2.5, 2, -0.5, 1.4e-45, -1.4e-45, I, -I, N, 3.4028234663852886e38, -3.4028234663852886e38];
const X = Float32Array.from([
  ...KINKS, ...KINKS.map((k) => k + 2 ** -20), ...KINKS.map((k) => k - 2 ** -20),
  ...Array.from({ length: 900 }, () => u(-8, 8)),
  ...Array.from({ length: 500 }, () => (r() < 0.5 ? -1 : 1) * 10 ** u(-45, 38.5)),
  ...Array.from({ length: 500 }, () => u(-120, 120)),
]);
const DY = Float32Array.from(X, (_, i) => (i % 50 === 0 ? -0 : u(-4, 4)));
const families: [string, number[]][] = [
  ['relu6', []], ['hardTanh', []], ['hardTanh', [-0.3, 2.5]], ['hardTanh', [0, 6]], ['hardSigmoid', []], ['hardSigmoid', [0.2, 0.5]],
  ['hardSigmoid', [3, -1]], ['hardSwish', []], ['threshold', [1, -1]], ['threshold', [0, -I]], ['shiftedRelu', []], ['shiftedRelu', [0]],
  ['heaviside', []], ['heaviside', [0]],
];
function agree(got: Float32Array, want: (i: number) => number, xs: Float32Array): string[] {
  const badIdx: string[] = [];
  for (let i = 0; i < got.length; i++) {
    const w = Math.fround(want(i));
    const exactZero = xs[i] === 0 || !Number.isFinite(xs[i]) || w === 0;
    const ok = Number.isNaN(w) ? Number.isNaN(got[i]) : exactZero ? Object.is(got[i], w) : ulpDistance32(got[i], w) <= 1;
    if (!ok) badIdx.push(`x=${fmt(xs[i])}: got ${fmt(got[i])}, want ${fmt(w)}`);
  }
  return badIdx.slice(0, 8);
}
describe('group A Float32Array kernels', () => {
  for (const [name, p] of families) {
    const f = fn<Scalar>(name), d = fn<Scalar>(`${name}Derivative`);
    const k = fn<Unary>(`${name}F32`), kd = fn<Unary>(`${name}DerivativeF32`), kb = fn<Backward>(`${name}BackwardF32`);
    const tag = `${name}(${p.map(fmt).join(', ')})`;
    it(`${tag}: F32, DerivativeF32, BackwardF32 return out, keep x and dy, equal fround(scalar) within 1 ulp`, () => {
      const x = X.slice(), dy = DY.slice(), out = new Float32Array(X.length);
      expect(k(out, x, ...p)).toBe(out);
      expect(agree(out, (i) => f(X[i], ...p), X)).toEqual([]);
      expect(kd(out, x, ...p)).toBe(out);
      expect(agree(out, (i) => d(X[i], ...p), X)).toEqual([]);
      expect(kb(out, dy, x, ...p)).toBe(out);
      expect(agree(out, (i) => DY[i] * Math.fround(d(X[i], ...p)), X)).toEqual([]);
      expect(x).toEqual(X);
      expect(dy).toEqual(DY);
    });
    it(`${tag}: in place, aliasing and partially overlapping views give the same results`, () => {
      const ref = k(new Float32Array(X.length), X, ...p), refD = kd(new Float32Array(X.length), X, ...p);
      const refB = kb(new Float32Array(X.length), DY, X, ...p);
      const same = (a: Float32Array, b: Float32Array) => expect(Array.from(a, fmt)).toEqual(Array.from(b, fmt));
      let y = X.slice(); same(k(y, y, ...p), ref);
      y = X.slice(); same(kd(y, y, ...p), refD);
      y = X.slice(); same(kb(y, DY, y, ...p), refB);
      const g = DY.slice(); same(kb(g, g, X, ...p), refB);
      for (const shift of [1, -1]) {
        const buf = new Float32Array(X.length + 1);
        const xs = buf.subarray(shift > 0 ? 0 : 1, (shift > 0 ? 0 : 1) + X.length);
        xs.set(X);
        const out = buf.subarray(shift > 0 ? 1 : 0, (shift > 0 ? 1 : 0) + X.length);
        same(k(out, xs, ...p), ref);
      }
      const e = new Float32Array(0);
      expect(k(e, new Float32Array(0), ...p)).toBe(e);
      expect(kb(e, new Float32Array(0), new Float32Array(0), ...p)).toBe(e);
    });
    it(`${tag}: bad arrays throw TypeError / RangeError naming them`, () => {
      const a = new Float32Array(3);
      expect(() => k(new Float64Array(3) as unknown as Float32Array, a, ...p)).toThrow(/out must be a Float32Array/);
      expect(() => kd(a, [1, 2, 3] as unknown as Float32Array, ...p)).toThrow(TypeError);
      expect(() => k(a, new Float32Array(4), ...p)).toThrow(/out\.length = 3.*x\.length = 4/);
      expect(() => kb(a, new Float32Array(2), a, ...p)).toThrow(/dy\.length = 2/);
      expect(() => kb(a, a, null as unknown as Float32Array, ...p)).toThrow(/x must be a Float32Array/);
    });
  }
});

// ---- properties of the mathematics --------------------------------------------------------------
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const mid = fc.double({ min: -20, max: 20, noNaN: true });
const run = (p: fc.IProperty<unknown>) => fc.assert(p, { numRuns: 500 });
const relu = (x: number) => (x > 0 ? x : 0);
describe('group A identities', () => {
  it('relu6(x) = min(relu(x), 6) and hardTanh(x, lo, hi) = min(max(x, lo), hi) (exact)', () => {
    run(fc.property(finite, (x) => api.relu6(x) === Math.min(relu(x), 6)));
    run(fc.property(finite, mid, mid, (x, a, b) => {
      const lo = Math.min(a, b), hi = Math.max(a, b);
      return api.hardTanh(x, lo, hi) === Math.min(Math.max(x, lo), hi);
    }));
  });
  it('hardSigmoid(x) = relu6(x + 3)/6 for the default (x + 3 exact for |x| ≤ 2^40 on a 2^-12 grid)', () => {
    run(fc.property(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), (k) => {
      const x = k / 4096;
      return api.hardSigmoid(x) === api.relu6(x + 3) / 6;
    }));
  });
  it('hardSwish(x) = x·hardSigmoid(x) within 2 roundings of each side (≤ 4 ulp + 2 ulp)', () => {
    run(fc.property(mid, (x) => {
      const a = api.hardSwish(x), b = x * api.hardSigmoid(x);
      return Object.is(a, b) || Math.abs(a - b) <= 8 * Number.EPSILON * Math.abs(b);
    }));
  });
  it('shiftedRelu(x, 0) = relu(x); shiftedRelu(x, a) = relu(x + a) − a where x + a and the difference are exact', () => {
    run(fc.property(finite, (x) => Object.is(api.shiftedRelu(x, 0), api.relu(x))));
    run(fc.property(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: 0, max: 2 ** 20 }), (i, j) => {
      const x = i / 1024, a = j / 1024;
      return api.shiftedRelu(x, a) === api.relu(x + a) - a;
    }));
  });
  it('threshold(x, 0, 0) = relu(x), and heaviside(x) = relu′(x) away from 0', () => {
    run(fc.property(finite, (x) => Object.is(api.threshold(x, 0, 0), api.relu(x))));
    run(fc.property(finite.filter((x) => x !== 0), (x) => api.heaviside(x) === api.reluDerivative(x)));
  });
  it('relu6, hardTanh, hardSigmoid, shiftedRelu, threshold(·, t, v ≤ t), heaviside and hardSwish on [−1.5, ∞) are monotone', () => {
    const mono = (f: (x: number) => number, lo = -Infinity) =>
      run(fc.property(finite, finite, (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        return x < lo || f(x) <= f(y);
      }));
    mono(api.relu6); mono((x) => api.hardTanh(x)); mono((x) => api.hardSigmoid(x)); mono((x) => api.hardSigmoid(x, 0.2));
    mono((x) => api.shiftedRelu(x)); mono((x) => api.threshold(x, 1, -1)); mono((x) => api.heaviside(x)); mono(api.hardSwish, -1.5);
  });
  it('each derivative matches a central difference of its function away from the kinks', () => {
    const cases: [Scalar, Scalar, number[], number[]][] = [
      [api.relu6, api.relu6Derivative, [], [0, 6]], [api.hardTanh, api.hardTanhDerivative, [], [-1, 1]],
      [api.hardSigmoid, api.hardSigmoidDerivative, [], [-3, 3]], [api.hardSigmoid, api.hardSigmoidDerivative, [0.2, 0.5], [-2.5, 2.5]],
      [api.hardSwish, api.hardSwishDerivative, [], [-3, 3]], [api.threshold, api.thresholdDerivative, [1, -1], [1]],
      [api.shiftedRelu, api.shiftedReluDerivative, [], [-1]], [api.heaviside, api.heavisideDerivative, [], [0]],
    ];
    const h = 2 ** -20;
    for (const [f, d, p, kinks] of cases) {
      run(fc.property(mid.filter((x) => kinks.every((k) => Math.abs(x - k) > 2 * h)), (x) => {
        const cd = (f(x + h, ...p) - f(x - h, ...p)) / (2 * h);
        // the functions are linear or quadratic on each piece: the difference is exact to rounding (2^-30 relative)
        return Math.abs(cd - d(x, ...p)) <= 2 ** -28 * Math.max(1, Math.abs(cd));
      }));
    }
  });
});
