// Element-wise group C (issue #8): softshrink, hardshrink, sparsePlus and rrelu. Special values
// and kink conventions with Object.is, the Float32Array contract (table-driven), rrelu's training
// form and slope sampler against reference loops, and fast-check properties from the mathematics.
// Accuracy against the high-precision fixtures is test/accuracy.test.ts's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hardshrink, hardshrinkBackwardF32, hardshrinkDerivative, hardshrinkDerivativeF32, hardshrinkF32,
  leakyRelu, leakyReluF32, relu,
  rrelu, rreluBackwardF32, rreluDerivative, rreluDerivativeF32, rreluF32, rreluSampleSlopes,
  softshrink, softshrinkBackwardF32, softshrinkDerivative, softshrinkDerivativeF32, softshrinkF32,
  sparsePlus, sparsePlusBackwardF32, sparsePlusDerivative, sparsePlusDerivativeF32, sparsePlusF32,
} from '../src/index.js';
import { agrees32, bits, expectThrow, inputs, LENGTH, SUB64, view } from './helpers/kernel-inputs.js';

type Scalar = (x: number, ...p: number[]) => number;
type Unary = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const MEAN = (1 / 8 + 1 / 3) / 2;
const BIG = 3.4e38;

// ---- special values: [x, f(x), f′(x)] with default parameters, compared with Object.is --------
const SPECIAL: [string, Scalar, Scalar, [number, number, number][]][] = [
  ['softshrink', softshrink, softshrinkDerivative, [
    [NaN, NaN, NaN], [0, 0, 0], [-0, 0, 0], [Infinity, Infinity, 1], [-Infinity, -Infinity, 1],
    [SUB64, 0, 0], [-SUB64, 0, 0], [1e300, 1e300, 1], [-1e300, -1e300, 1], [BIG, BIG - 0.5, 1], [-BIG, -BIG + 0.5, 1],
    [0.5, 0, 0], [-0.5, 0, 0], [0.25, 0, 0], [2, 1.5, 1], [-2, -1.5, 1], [0.5000000000000001, 1.1102230246251565e-16, 1],
  ]],
  ['hardshrink', hardshrink, hardshrinkDerivative, [
    [NaN, NaN, NaN], [0, 0, 0], [-0, 0, 0], [Infinity, Infinity, 1], [-Infinity, -Infinity, 1],
    [SUB64, 0, 0], [-SUB64, 0, 0], [1e300, 1e300, 1], [-1e300, -1e300, 1], [BIG, BIG, 1], [-BIG, -BIG, 1],
    [0.5, 0, 0], [-0.5, 0, 0], [-0.25, 0, 0], [0.5000000000000001, 0.5000000000000001, 1], [-2, -2, 1],
  ]],
  ['sparsePlus', sparsePlus, sparsePlusDerivative, [
    [NaN, NaN, NaN], [0, 0.25, 0.5], [-0, 0.25, 0.5], [Infinity, Infinity, 1], [-Infinity, 0, 0],
    [SUB64, 0.25, 0.5], [-SUB64, 0.25, 0.5], [1e300, 1e300, 1], [-1e300, 0, 0], [BIG, BIG, 1], [-BIG, 0, 0],
    [1, 1, 1], [-1, 0, 0], [-2, 0, 0], [0.5, 0.5625, 0.75], [-0.5, 0.0625, 0.25], [-1 + 2 ** -52, 2 ** -106, 2 ** -53],
  ]],
  ['rrelu', rrelu, rreluDerivative, [
    [NaN, NaN, NaN], [0, 0, MEAN], [-0, -0, MEAN], [Infinity, Infinity, 1], [-Infinity, -Infinity, MEAN],
    [SUB64, SUB64, 1], [-1e300, -1e300 * MEAN, MEAN], [1e300, 1e300, 1], [BIG, BIG, 1], [-2, -2 * MEAN, MEAN], [3, 3, 1],
  ]],
];
describe('special values (Object.is)', () => {
  for (const [name, f, d, rows] of SPECIAL) {
    for (const [x, y, dy] of rows) {
      it(`${name}(${fmt(x)}) is ${fmt(y)} and ${name}Derivative(${fmt(x)}) is ${fmt(dy)}`, () => {
        expect(Object.is(f(x), y), `${name}(${fmt(x)}) = ${fmt(f(x))}`).toBe(true);
        expect(Object.is(d(x), dy), `${name}′(${fmt(x)}) = ${fmt(d(x))}`).toBe(true);
      });
    }
  }
  it('rrelu with the default bounds uses PyTorch\'s eval slope 0.22916…', () => {
    expect(rreluDerivative(-1)).toBe(0.22916666666666666);
    expect(rrelu(-1, 0, 0)).toBe(-0);
    expect(Object.is(rrelu(-Infinity, 0, 0), -0)).toBe(true);
  });
  it('softshrink(x, 0) is x except ±0 → +0, and hardshrink(x, 0) likewise', () => {
    for (const x of [1e-300, -1e-300, 3, -3]) expect([softshrink(x, 0), hardshrink(x, 0)]).toEqual([x, x]);
    for (const f of [softshrink, hardshrink]) expect(Object.is(f(-0, 0), 0)).toBe(true);
  });
});

describe('kink conventions', () => {
  it('softshrink′ and hardshrink′ are 0 at ±lambd (closed middle interval, PyTorch) and 1 just outside', () => {
    for (const l of [0.5, 0.1, 2, 0]) {
      for (const d of [softshrinkDerivative, hardshrinkDerivative]) {
        expect([d(l, l), d(-l, l)]).toEqual([0, 0]);
        const out = l === 0 ? 1e-300 : l * (1 + 2 ** -52);
        expect([d(out, l), d(-out, l)]).toEqual([1, 1]);
      }
    }
  });
  it('sparsePlus′ is continuous at ±1: 0 at −1, 1 at 1, and the same limits from both sides', () => {
    expect([sparsePlusDerivative(-1), sparsePlusDerivative(1)]).toEqual([0, 1]);
    expect(sparsePlusDerivative(-1 + 1e-12)).toBeCloseTo(0, 11);
    expect(sparsePlusDerivative(1 - 1e-12)).toBeCloseTo(1, 11);
  });
  it('rrelu′(0) is the slope (x = 0 belongs to the left piece)', () => {
    expect(rreluDerivative(0, 0.2, 0.4)).toBe(0.30000000000000004);
    expect(rreluDerivativeF32(new Float32Array(2), Float32Array.of(0, -0), 0, 0.5)).toEqual(Float32Array.of(0.25, 0.25));
  });
});

// ---- the Float32Array contract ----------------------------------------------------------------
interface Family { name: string; f: Unary; d: Unary; b: Backward; s: Scalar; ds: Scalar; params: number[][]; bad: [number[], string][] }
const FAMILIES: Family[] = [
  { name: 'softshrink', f: softshrinkF32, d: softshrinkDerivativeF32, b: softshrinkBackwardF32, s: softshrink, ds: softshrinkDerivative,
    params: [[], [0.1], [0], [2]], bad: [[[-0.5], 'lambd'], [[NaN], 'lambd'], [[Infinity], 'lambd']] },
  { name: 'hardshrink', f: hardshrinkF32, d: hardshrinkDerivativeF32, b: hardshrinkBackwardF32, s: hardshrink, ds: hardshrinkDerivative,
    params: [[], [0.1], [0], [2]], bad: [[[-1], 'lambd'], [[NaN], 'lambd'], [[-Infinity], 'lambd']] },
  { name: 'sparsePlus', f: sparsePlusF32, d: sparsePlusDerivativeF32, b: sparsePlusBackwardF32, s: sparsePlus, ds: sparsePlusDerivative,
    params: [[]], bad: [] },
  { name: 'rrelu', f: (o, x, ...p) => rreluF32(o, x, p[0], p[1]), d: (o, x, ...p) => rreluDerivativeF32(o, x, p[0], p[1]),
    b: (dx, dy, x, ...p) => rreluBackwardF32(dx, dy, x, p[0], p[1]), s: rrelu, ds: rreluDerivative, // slopes: tested below
    params: [[], [0, 0.5], [0, 0], [0.3, 0.3]], bad: [[[-0.1, 0.3], 'lower'], [[0.1, Infinity], 'upper'], [[0.4, 0.3], 'upper'], [[NaN, 0.3], 'lower']] },
];
const X = inputs(0x5eed1);
const DY = inputs(0xd1ce5).map((v, i) => (i % 3 === 0 ? 1 : Math.fround(v / 1e3)));

function expectWithin1Ulp(got: Float32Array, want: (i: number) => number, xs: Float32Array): void {
  const bad: string[] = [];
  for (let i = 0; i < got.length; i++) if (!agrees32(got[i], want(i))) bad.push(`x=${fmt(xs[i])}: got ${fmt(got[i])}, want ${fmt(want(i))}`);
  expect(bad.slice(0, 8), `${bad.length} of ${got.length} differ`).toEqual([]);
}

for (const fm of FAMILIES) {
  const kernels: [string, Unary, Scalar][] = [[`${fm.name}F32`, fm.f, fm.s], [`${fm.name}DerivativeF32`, fm.d, fm.ds]];
  describe(`${fm.name} kernels`, () => {
    for (const p of fm.params) {
      const ps = p.map((v) => `, ${v}`).join('');
      for (const [label, run, ref] of kernels) {
        it(`${label}(out, x${ps}) returns out, leaves x untouched and equals Math.fround(scalar) within 1 ulp on ${LENGTH} inputs`, () => {
          const out = new Float32Array(LENGTH);
          const before = bits(X);
          expect(run(out, X, ...p)).toBe(out);
          expect(bits(X)).toEqual(before);
          expectWithin1Ulp(out, (i) => Math.fround(ref(X[i], ...p)), X);
        });
        it(`${label}(x, x${ps}) in place and on partially overlapping views equals the fresh result`, () => {
          const fresh = run(new Float32Array(LENGTH), X, ...p);
          const y = X.slice();
          expect(run(y, y, ...p)).toBe(y);
          expect(bits(y)).toEqual(bits(fresh));
          for (const [xAt, outAt] of [[0, 1], [1, 0]]) {
            const [buf, x] = view(LENGTH + 1, xAt, X);
            const out = buf.subarray(outAt, outAt + LENGTH);
            expect(run(out, x, ...p)).toBe(out);
            expect(bits(out)).toEqual(bits(fresh));
          }
        });
      }
      it(`${fm.name}BackwardF32(dx, dy, x${ps}) is the IEEE product dy·f′(x) rounded once, also aliased to dy or x`, () => {
        const want = DY.map((g, i) => g * fm.ds(X[i], ...p)); // Float32Array.map rounds once
        const dx = new Float32Array(LENGTH);
        const dyBefore = bits(DY);
        expect(fm.b(dx, DY, X, ...p)).toBe(dx);
        expect(bits(dx)).toEqual(bits(want));
        expect(bits(DY)).toEqual(dyBefore);
        const g = DY.slice();
        expect(bits(fm.b(g, g, X, ...p))).toEqual(bits(want));
        const x = X.slice();
        expect(bits(fm.b(x, DY, x, ...p))).toEqual(bits(want));
      });
    }
    it(`${fm.name} kernels accept empty arrays and reject bad arguments`, () => {
      const e = new Float32Array(0);
      expect(fm.f(e, new Float32Array(0))).toBe(e);
      expect(fm.d(e, new Float32Array(0))).toBe(e);
      expect(fm.b(e, new Float32Array(0), new Float32Array(0))).toBe(e);
      for (const run of [fm.f, fm.d]) {
        expectThrow(() => run([1, 2] as unknown as Float32Array, new Float32Array(2)), TypeError, /out/);
        expectThrow(() => run(new Float32Array(2), new Float64Array(2) as unknown as Float32Array), TypeError, /x/);
        expectThrow(() => run(new Float32Array(7), new Float32Array(11)), RangeError, /7/, /11/);
        for (const [p, name] of fm.bad) expectThrow(() => run(new Float32Array(1), new Float32Array(1), ...p), RangeError, new RegExp(name));
      }
      expectThrow(() => fm.b(new Float32Array(3), new Float32Array(4), new Float32Array(3)), RangeError, /dy/, /4/);
      expectThrow(() => fm.b(new Float32Array(3), null as unknown as Float32Array, new Float32Array(3)), TypeError, /dy/);
      for (const [p, name] of fm.bad) {
        expectThrow(() => fm.s(1, ...p), RangeError, new RegExp(name));
        expectThrow(() => fm.ds(1, ...p), RangeError, new RegExp(name));
      }
      expectThrow(() => fm.s('1' as unknown as number), TypeError, /x/);
    });
  });
}

// ---- rrelu: inference and training forms, and the slope sampler -------------------------------
describe('rrelu', () => {
  const n = LENGTH;
  it('inference form = leakyRelu with the mean slope (lower + upper)/2, scalar and kernel', () => {
    for (const [lo, up] of [[1 / 8, 1 / 3], [0, 0.5], [0.2, 0.2]]) {
      const a = (lo + up) / 2;
      for (const x of [-3, -0.5, 0, 2, -1e-300]) expect(rrelu(x, lo, up)).toBe(leakyRelu(x, a));
      expect(bits(rreluF32(new Float32Array(n), X, lo, up))).toEqual(bits(leakyReluF32(new Float32Array(n), X, a)));
    }
  });
  it('training form with given slopes = the per-element leaky ReLU (reference loop), forward, derivative and backward', () => {
    const slopes = rreluSampleSlopes(new Float32Array(n), 1234);
    const y = rreluF32(new Float32Array(n), X, 1 / 8, 1 / 3, slopes);
    const d = rreluDerivativeF32(new Float32Array(n), X, 1 / 8, 1 / 3, slopes);
    const dx = rreluBackwardF32(new Float32Array(n), DY, X, 1 / 8, 1 / 3, slopes);
    for (let i = 0; i < n; i++) {
      const x = X[i], s = slopes[i];
      const wantY = x !== x ? NaN : x > 0 ? x : x === -Infinity ? -Infinity : Math.fround(s * x);
      const wantD = x !== x ? NaN : x > 0 ? 1 : s;
      expect(Object.is(y[i], wantY), `y at x=${fmt(x)}, s=${s}`).toBe(true);
      expect(Object.is(d[i], wantD), `d at x=${fmt(x)}`).toBe(true);
      expect(Object.is(dx[i], Math.fround(DY[i] * wantD)), `dx at x=${fmt(x)}`).toBe(true);
    }
  });
  it('training form works in place and with out = slopes', () => {
    const slopes = rreluSampleSlopes(new Float32Array(n), 9);
    const want = rreluF32(new Float32Array(n), X, 1 / 8, 1 / 3, slopes);
    const s2 = slopes.slice();
    expect(bits(rreluF32(s2, X, 1 / 8, 1 / 3, s2))).toEqual(bits(want));
    const x2 = X.slice();
    expect(bits(rreluF32(x2, x2, 1 / 8, 1 / 3, slopes))).toEqual(bits(want));
  });
  it('rejects slopes of the wrong type, length or range, naming them', () => {
    const x = new Float32Array(4);
    expectThrow(() => rreluF32(new Float32Array(4), x, 0.1, 0.3, new Float32Array(3)), RangeError, /slopes/, /3/, /4/);
    expectThrow(() => rreluBackwardF32(x, x, x, 0.1, 0.3, [0.2] as unknown as Float32Array), TypeError, /slopes/);
    expectThrow(() => rreluDerivativeF32(x, x, 0.1, 0.3, Float32Array.of(0.2, 0.2, 0.5, 0.2)), RangeError, /slopes\[2\]/, /0\.5/);
    expectThrow(() => rreluF32(x, x, 0.1, 0.3, Float32Array.of(0.2, NaN, 0.2, 0.2)), RangeError, /slopes\[1\]/);
    // the float32 roundings of the bounds are accepted (upper = 1/3 is stored as 0.33333334)
    expect(() => rreluF32(x, x, 0.1, 1 / 3, Float32Array.of(0.1, 1 / 3, 0.2, 0.2))).not.toThrow();
  });
  it('rreluSampleSlopes is deterministic per seed, inside [lower, upper], and different seeds differ', () => {
    const a = rreluSampleSlopes(new Float32Array(n), 7);
    expect(bits(rreluSampleSlopes(new Float32Array(n), 7))).toEqual(bits(a));
    expect(bits(rreluSampleSlopes(new Float32Array(n), 8))).not.toEqual(bits(a));
    for (const [lo, up] of [[1 / 8, 1 / 3], [0, 1], [0.3, 0.3], [2, 5]]) {
      const s = rreluSampleSlopes(new Float32Array(n), 99, lo, up);
      for (const v of s) expect(v >= Math.fround(lo) && v <= Math.fround(up), `${v} in [${lo}, ${up}]`).toBe(true);
      expect(() => rreluF32(new Float32Array(n), X, lo, up, s)).not.toThrow();
    }
  });
  it('rreluSampleSlopes is roughly uniform: mean and variance within 4 standard errors, every decile populated', () => {
    const m = 100000;
    const s = rreluSampleSlopes(new Float32Array(m), 2024, 0, 1);
    let sum = 0, sq = 0;
    const deciles = new Array<number>(10).fill(0);
    for (const v of s) { sum += v; sq += (v - 0.5) ** 2; deciles[Math.min(9, Math.floor(v * 10))]++; }
    expect(Math.abs(sum / m - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / m));
    expect(Math.abs(sq / m - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / m)); // Var((U−½)²) = 1/80 − 1/144 = 1/180
    for (const c of deciles) expect(Math.abs(c - m / 10)).toBeLessThan(4 * Math.sqrt(m * 0.09));
  });
  it('rreluSampleSlopes gives the same first values on every engine (mulberry32 from seed 42)', () => {
    expect(Array.from(rreluSampleSlopes(new Float32Array(3), 42))).toEqual([0.25022995471954346, 0.21839386224746704, 0.3025970458984375]);
  });
  it('rreluSampleSlopes rejects bad seeds and bounds', () => {
    for (const seed of [-1, 1.5, 2 ** 32, NaN, Infinity]) expectThrow(() => rreluSampleSlopes(new Float32Array(1), seed), RangeError, /seed/);
    expectThrow(() => rreluSampleSlopes(new Float32Array(1), 1, 0.5, 0.25), RangeError, /upper/);
    expectThrow(() => rreluSampleSlopes(new Float64Array(1) as unknown as Float32Array, 1), TypeError, /out/);
  });
});

// ---- properties -------------------------------------------------------------------------------
const anyX = fc.double({ noNaN: true, min: -1e6, max: 1e6 });
const lam = fc.double({ noNaN: true, min: 0, max: 100 });
const central = (f: (x: number) => number, x: number, h: number) => (f(x + h) - f(x - h)) / (2 * h);
describe('properties', () => {
  it('softshrink(x) = x − clamp(x, −λ, λ) and hardshrink(x) = x·[|x| > λ] (up to the sign of zero)', () => {
    fc.assert(fc.property(anyX, lam, (x, l) => {
      const clamp = x < -l ? -l : x > l ? l : x;
      return softshrink(x, l) === x - clamp && hardshrink(x, l) === (Math.abs(x) > l ? x : 0);
    }));
  });
  it('softshrink and hardshrink are odd (f(−x) = −f(x), zeros aside) and monotone (softshrink)', () => {
    fc.assert(fc.property(anyX, anyX, lam, (x, y, l) => {
      const odd = softshrink(-x, l) === -softshrink(x, l) && hardshrink(-x, l) === -hardshrink(x, l);
      return odd && (x <= y ? softshrink(x, l) <= softshrink(y, l) : softshrink(x, l) >= softshrink(y, l));
    }));
  });
  it('sparsePlus′ = ½·clip(x + 1, 0, 2) (JAX sparse_sigmoid), sparsePlus ≥ relu and sparsePlus(x) − sparsePlus(−x) = x', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, min: -4, max: 4 }), (x) => {
      const clip = Math.min(Math.max(x + 1, 0), 2);
      const diff = sparsePlus(x) - sparsePlus(-x);
      return sparsePlusDerivative(x) === 0.5 * clip && sparsePlus(x) >= relu(x) && Math.abs(diff - x) <= 4 * Number.EPSILON * Math.max(1, Math.abs(x));
    }));
  });
  it('sparsePlus and rrelu are monotone non-decreasing', () => {
    fc.assert(fc.property(anyX, anyX, (x, y) => {
      const [a, b] = x <= y ? [x, y] : [y, x];
      return sparsePlus(a) <= sparsePlus(b) && rrelu(a) <= rrelu(b);
    }));
  });
  it('every derivative agrees with a central difference of its function away from the kinks', () => {
    const h = 1e-6;
    const cases: [Scalar, Scalar, number[], number[]][] = [
      [softshrink, softshrinkDerivative, [0.5], [-0.5, 0.5]], [hardshrink, hardshrinkDerivative, [0.5], [-0.5, 0.5]],
      [sparsePlus, sparsePlusDerivative, [], [-1, 1]], [rrelu, rreluDerivative, [], [0]], [rrelu, rreluDerivative, [0.05, 0.9], [0]],
    ];
    fc.assert(fc.property(fc.double({ noNaN: true, min: -5, max: 5 }), (x) => {
      return cases.every(([f, d, p, kinks]) => kinks.some((k) => Math.abs(x - k) < 1e-3)
        || Math.abs(central((v) => f(v, ...p), x, h) - d(x, ...p)) <= 1e-8 * Math.max(1, Math.abs(x)));
    }));
  });
  it('rrelu(a·x) = a·rrelu(x) for a = 2^k (positive homogeneity, exact while slope·x is normal)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 20 }), (x, k) => {
      fc.pre(x === 0 || Math.abs(x) > 1e-290); // subnormal slope·x is rounded to fewer bits
      const a = 2 ** k;
      return rrelu(a * x) === a * rrelu(x);
    }));
  });
});

