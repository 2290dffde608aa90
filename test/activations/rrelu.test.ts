// rrelu: the randomized leaky ReLU (inference: the mean slope (lower + upper)/2; training: given
// per-element slopes from rreluSampleSlopes). Special values and kink conventions with Object.is,
// the Float32Array contract, the training form and slope sampler against reference loops, and
// properties from the mathematics; the shared machinery is test/helpers/kinked.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  leakyRelu,
  leakyReluF32,
  rrelu,
  rreluBackwardF32,
  rreluDerivative,
  rreluDerivativeF32,
  rreluF32,
  rreluSampleSlopes,
} from '../../src/index.js';
import { bits, expectThrow, LENGTH, SUB64 } from '../helpers/kernel-inputs.js';
import { anyX, BIG, centralDifference, DY, type Family, fmt, kernelTests, specialValueTests, X } from '../helpers/kinked.js';

const MEAN = (1 / 8 + 1 / 3) / 2;
specialValueTests('rrelu', rrelu, rreluDerivative, [
  [NaN, NaN, NaN],
  [0, 0, MEAN],
  [-0, -0, MEAN],
  [Infinity, Infinity, 1],
  [-Infinity, -Infinity, MEAN],
  [SUB64, SUB64, 1],
  [-1e300, -1e300 * MEAN, MEAN],
  [1e300, 1e300, 1],
  [BIG, BIG, 1],
  [-2, -2 * MEAN, MEAN],
  [3, 3, 1],
]);

describe('rrelu conventions', () => {
  it("rrelu with the default bounds uses PyTorch's eval slope 0.22916…", () => {
    expect(rreluDerivative(-1)).toBe(0.22916666666666666);
    expect(rrelu(-1, 0, 0)).toBe(-0);
    expect(Object.is(rrelu(-Infinity, 0, 0), -0)).toBe(true);
  });
  it('rrelu′(0) is the slope (x = 0 belongs to the left piece)', () => {
    expect(rreluDerivative(0, 0.2, 0.4)).toBe(0.30000000000000004);
    expect(rreluDerivativeF32(new Float32Array(2), Float32Array.of(0, -0), 0, 0.5)).toEqual(Float32Array.of(0.25, 0.25));
  });
});

const FAMILY: Family = {
  name: 'rrelu',
  f: (o, x, ...p) => rreluF32(o, x, p[0], p[1]),
  d: (o, x, ...p) => rreluDerivativeF32(o, x, p[0], p[1]),
  b: (dx, dy, x, ...p) => rreluBackwardF32(dx, dy, x, p[0], p[1]),
  s: rrelu,
  ds: rreluDerivative, // slopes: tested below
  params: [[], [0, 0.5], [0, 0], [0.3, 0.3]],
  bad: [
    [[-0.1, 0.3], 'lower'],
    [[0.1, Infinity], 'upper'],
    [[0.4, 0.3], 'upper'],
    [[NaN, 0.3], 'lower'],
  ],
};
kernelTests(FAMILY);

// ---- inference and training forms, and the slope sampler --------------------------------------
describe('rrelu', () => {
  const n = LENGTH;
  it('inference form = leakyRelu with the mean slope (lower + upper)/2, scalar and kernel', () => {
    for (const [lo, up] of [
      [1 / 8, 1 / 3],
      [0, 0.5],
      [0.2, 0.2],
    ]) {
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
      const x = X[i],
        s = slopes[i];
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
    for (const [lo, up] of [
      [1 / 8, 1 / 3],
      [0, 1],
      [0.3, 0.3],
      [2, 5],
    ]) {
      const s = rreluSampleSlopes(new Float32Array(n), 99, lo, up);
      for (const v of s) expect(v >= Math.fround(lo) && v <= Math.fround(up), `${v} in [${lo}, ${up}]`).toBe(true);
      expect(() => rreluF32(new Float32Array(n), X, lo, up, s)).not.toThrow();
    }
  });
  it('rreluSampleSlopes is roughly uniform: mean and variance within 4 standard errors, every decile populated', () => {
    const m = 100000;
    const s = rreluSampleSlopes(new Float32Array(m), 2024, 0, 1);
    let sum = 0,
      sq = 0;
    const deciles = new Array<number>(10).fill(0);
    for (const v of s) {
      sum += v;
      sq += (v - 0.5) ** 2;
      deciles[Math.min(9, Math.floor(v * 10))]++;
    }
    expect(Math.abs(sum / m - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / m));
    expect(Math.abs(sq / m - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / m)); // Var((U−½)²) = 1/80 − 1/144 = 1/180
    for (const c of deciles) expect(Math.abs(c - m / 10)).toBeLessThan(4 * Math.sqrt(m * 0.09));
  });
  it('rreluSampleSlopes gives the same first values on every engine (mulberry32 from seed 42)', () => {
    expect(Array.from(rreluSampleSlopes(new Float32Array(3), 42))).toEqual([0.25022995471954346, 0.21839386224746704, 0.3025970458984375]);
  });
  it('rreluSampleSlopes rejects bad seeds and bounds', () => {
    for (const seed of [-1, 1.5, 2 ** 32, NaN, Infinity])
      expectThrow(() => rreluSampleSlopes(new Float32Array(1), seed), RangeError, /seed/);
    expectThrow(() => rreluSampleSlopes(new Float32Array(1), 1, 0.5, 0.25), RangeError, /upper/);
    expectThrow(() => rreluSampleSlopes(new Float64Array(1) as unknown as Float32Array, 1), TypeError, /out/);
  });
});

describe('rrelu properties', () => {
  it('rrelu is monotone non-decreasing', () => {
    fc.assert(
      fc.property(anyX, anyX, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        return rrelu(a) <= rrelu(b);
      }),
    );
  });
  it('rreluDerivative agrees with a central difference of rrelu away from the kink', () => {
    centralDifference([
      [rrelu, rreluDerivative, [], [0]],
      [rrelu, rreluDerivative, [0.05, 0.9], [0]],
    ]);
  });
  it('rrelu(a·x) = a·rrelu(x) for a = 2^k (positive homogeneity, exact while slope·x is normal)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 20 }), (x, k) => {
        fc.pre(x === 0 || Math.abs(x) > 1e-290); // subnormal slope·x is rounded to fewer bits
        const a = 2 ** k;
        return rrelu(a * x) === a * rrelu(x);
      }),
    );
  });
});
