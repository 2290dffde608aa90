// sparsePlus: 0 for x ≤ −1, (x + 1)²/4 on (−1, 1), x for x ≥ 1. Special values and kink
// conventions with Object.is, the Float32Array contract and properties from the mathematics; the
// shared machinery is test/helpers/kinked.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relu, sparsePlus, sparsePlusBackwardF32, sparsePlusDerivative, sparsePlusDerivativeF32, sparsePlusF32 } from '../../src/index.js';
import { SUB64 } from '../helpers/kernel-inputs.js';
import { anyX, BIG, centralDifference, type Family, kernelTests, specialValueTests } from '../helpers/kinked.js';

specialValueTests('sparsePlus', sparsePlus, sparsePlusDerivative, [
  [NaN, NaN, NaN],
  [0, 0.25, 0.5],
  [-0, 0.25, 0.5],
  [Infinity, Infinity, 1],
  [-Infinity, 0, 0],
  [SUB64, 0.25, 0.5],
  [-SUB64, 0.25, 0.5],
  [1e300, 1e300, 1],
  [-1e300, 0, 0],
  [BIG, BIG, 1],
  [-BIG, 0, 0],
  [1, 1, 1],
  [-1, 0, 0],
  [-2, 0, 0],
  [0.5, 0.5625, 0.75],
  [-0.5, 0.0625, 0.25],
  [-1 + 2 ** -52, 2 ** -106, 2 ** -53],
]);

describe('sparsePlus conventions', () => {
  it('sparsePlus′ is continuous at ±1: 0 at −1, 1 at 1, and the same limits from both sides', () => {
    expect([sparsePlusDerivative(-1), sparsePlusDerivative(1)]).toEqual([0, 1]);
    expect(sparsePlusDerivative(-1 + 1e-12)).toBeCloseTo(0, 11);
    expect(sparsePlusDerivative(1 - 1e-12)).toBeCloseTo(1, 11);
  });
});

const FAMILY: Family = {
  name: 'sparsePlus',
  f: sparsePlusF32,
  d: sparsePlusDerivativeF32,
  b: sparsePlusBackwardF32,
  s: sparsePlus,
  ds: sparsePlusDerivative,
  params: [[]],
  bad: [],
};
kernelTests(FAMILY);

describe('sparsePlus properties', () => {
  it('sparsePlus′ = ½·clip(x + 1, 0, 2) (JAX sparse_sigmoid), sparsePlus ≥ relu and sparsePlus(x) − sparsePlus(−x) = x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -4, max: 4 }), (x) => {
        const clip = Math.min(Math.max(x + 1, 0), 2);
        const diff = sparsePlus(x) - sparsePlus(-x);
        return (
          sparsePlusDerivative(x) === 0.5 * clip &&
          sparsePlus(x) >= relu(x) &&
          Math.abs(diff - x) <= 4 * Number.EPSILON * Math.max(1, Math.abs(x))
        );
      }),
    );
  });
  it('sparsePlus is monotone non-decreasing', () => {
    fc.assert(
      fc.property(anyX, anyX, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        return sparsePlus(a) <= sparsePlus(b);
      }),
    );
  });
  it('sparsePlusDerivative agrees with a central difference of sparsePlus away from the kinks', () => {
    centralDifference([[sparsePlus, sparsePlusDerivative, [], [-1, 1]]]);
  });
});
