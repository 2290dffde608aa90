// src/internal/exact.ts (exact sums of products of doubles, rounded once) and exp-big.ts (eᵐ to
// 2⁻²³⁰) against decimal.js: the slow paths of affine.ts, starRelu and xielu rest on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSumOfProducts, roundScaled, split } from '../../src/internal/exact.js';
import { expBig } from '../../src/internal/exp-big.js';
import { anyFinite, finite } from '../arbitraries.js';
import { decimalClone, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';

const D = decimalClone(1200);
const d = (v: number) => new D(toDecimal(v));

describe('exact.ts', () => {
  it('split(v) is exact: m·2^e = v', () => {
    fc.assert(
      fc.property(anyFinite, (v) => {
        const [m, e] = split(v);
        return v === 0 ? m === 0n : Number(m) * 2 ** e === v || d(v).eq(new D(m.toString()).times(new D(2).pow(e)));
      }),
    );
  });

  it('exactSumOfProducts(a·b·c + d) is the exact value rounded to nearest (ties to even), also where it cancels', () => {
    fc.assert(
      fc.property(finite(-1e10, 1e10), finite(-1e10, 1e10), finite(-1e10, 1e10), fc.integer({ min: -3, max: 3 }), (a, b, c, k) => {
        const p = a * b * c;
        const dd = -p * (1 + k * 2 ** -52); // cancels all but a few bits of the rounded product
        const got = exactSumOfProducts([[a, b, c], [dd]]);
        const want = roundToFloat64(d(a).times(d(b)).times(d(c)).plus(d(dd)));
        return Object.is(got, want) || (got === 0 && want === 0);
      }),
    );
  });

  it('roundScaled: overflow to ±Infinity, underflow keeps the sign, exact zero is +0', () => {
    expect(roundScaled(1n, 1024)).toBe(Infinity);
    expect(roundScaled(-1n, 1024)).toBe(-Infinity);
    expect(Object.is(roundScaled(-1n, -1076), -0)).toBe(true);
    expect(roundScaled(3n, -1076)).toBe(5e-324); // 0.75·2⁻¹⁰⁷⁴ rounds up
    expect(Object.is(roundScaled(0n, 5), 0)).toBe(true);
  });
});

describe('exp-big.ts', () => {
  it('expBig(m) is within 2⁻²²⁰ of eᵐ for |m| ≤ 4096', () => {
    fc.assert(
      fc.property(fc.oneof(finite(-4096, 4096), finite(-1e-6, 1e-6), finite(-3, 3)), (m) => {
        const [n, e] = expBig(m);
        const got = new D(n.toString()).times(new D(2).pow(e));
        const want = d(m).exp();
        return got
          .minus(want)
          .abs()
          .lte(want.times(new D(2).pow(-220)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('exp-big.ts for tiny arguments', () => {
  it('expBig(m) − 1 keeps its relative accuracy for |m| down to the subnormals', () => {
    for (const m of [-1e-300, -5e-324, 1e-200, -(2 ** -300), -1e-20]) {
      const [n, e] = expBig(m);
      const got = new D(n.toString()).times(new D(2).pow(e)).minus(1);
      const want = d(m).exp().minus(1);
      expect(
        got
          .minus(want)
          .abs()
          .lte(want.abs().times(new D(2).pow(-240))),
        `m = ${m}`,
      ).toBe(true);
    }
  });
});
