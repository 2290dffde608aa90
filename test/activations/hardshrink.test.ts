// hardshrink: x where |x| > λ, else 0 (default λ = 0.5). Special values and kink conventions with
// Object.is, the Float32Array contract and properties from the mathematics; the shared machinery is
// test/helpers/kinked.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { hardshrink, hardshrinkBackwardF32, hardshrinkDerivative, hardshrinkDerivativeF32, hardshrinkF32 } from '../../src/index.js';
import { SUB64 } from '../helpers/kernel-inputs.js';
import {
  anyX,
  BIG,
  centralDifference,
  type Family,
  kernelTests,
  lam,
  shrinkConventionTests,
  specialValueTests,
} from '../helpers/kinked.js';

specialValueTests('hardshrink', hardshrink, hardshrinkDerivative, [
  [NaN, NaN, NaN],
  [0, 0, 0],
  [-0, 0, 0],
  [Infinity, Infinity, 1],
  [-Infinity, -Infinity, 1],
  [SUB64, 0, 0],
  [-SUB64, 0, 0],
  [1e300, 1e300, 1],
  [-1e300, -1e300, 1],
  [BIG, BIG, 1],
  [-BIG, -BIG, 1],
  [0.5, 0, 0],
  [-0.5, 0, 0],
  [-0.25, 0, 0],
  [0.5000000000000001, 0.5000000000000001, 1],
  [-2, -2, 1],
]);

shrinkConventionTests('hardshrink', hardshrink, hardshrinkDerivative);

const FAMILY: Family = {
  name: 'hardshrink',
  f: hardshrinkF32,
  d: hardshrinkDerivativeF32,
  b: hardshrinkBackwardF32,
  s: hardshrink,
  ds: hardshrinkDerivative,
  params: [[], [0.1], [0], [2]],
  bad: [
    [[-1], 'lambd'],
    [[NaN], 'lambd'],
    [[-Infinity], 'lambd'],
  ],
};
kernelTests(FAMILY);

describe('hardshrink properties', () => {
  it('hardshrink(x) = x·[|x| > λ] (up to the sign of zero)', () => {
    fc.assert(fc.property(anyX, lam, (x, l) => hardshrink(x, l) === (Math.abs(x) > l ? x : 0)));
  });
  it('hardshrink is odd (f(−x) = −f(x), zeros aside)', () => {
    fc.assert(fc.property(anyX, lam, (x, l) => hardshrink(-x, l) === -hardshrink(x, l)));
  });
  it('hardshrinkDerivative agrees with a central difference of hardshrink away from the kinks', () => {
    centralDifference([[hardshrink, hardshrinkDerivative, [0.5], [-0.5, 0.5]]]);
  });
});
