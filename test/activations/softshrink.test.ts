// softshrink: x − clamp(x, −λ, λ) (default λ = 0.5). Special values and kink conventions with
// Object.is, the Float32Array contract and properties from the mathematics; the shared machinery is
// test/helpers/kinked.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { softshrink, softshrinkBackwardF32, softshrinkDerivative, softshrinkDerivativeF32, softshrinkF32 } from '../../src/index.js';
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

specialValueTests('softshrink', softshrink, softshrinkDerivative, [
  [NaN, NaN, NaN],
  [0, 0, 0],
  [-0, 0, 0],
  [Infinity, Infinity, 1],
  [-Infinity, -Infinity, 1],
  [SUB64, 0, 0],
  [-SUB64, 0, 0],
  [1e300, 1e300, 1],
  [-1e300, -1e300, 1],
  [BIG, BIG - 0.5, 1],
  [-BIG, -BIG + 0.5, 1],
  [0.5, 0, 0],
  [-0.5, 0, 0],
  [0.25, 0, 0],
  [2, 1.5, 1],
  [-2, -1.5, 1],
  [0.5000000000000001, 1.1102230246251565e-16, 1],
]);

shrinkConventionTests('softshrink', softshrink, softshrinkDerivative);

const FAMILY: Family = {
  name: 'softshrink',
  f: softshrinkF32,
  d: softshrinkDerivativeF32,
  b: softshrinkBackwardF32,
  s: softshrink,
  ds: softshrinkDerivative,
  params: [[], [0.1], [0], [2]],
  bad: [
    [[-0.5], 'lambd'],
    [[NaN], 'lambd'],
    [[Infinity], 'lambd'],
  ],
};
kernelTests(FAMILY);

describe('softshrink properties', () => {
  it('softshrink(x) = x − clamp(x, −λ, λ)', () => {
    fc.assert(
      fc.property(anyX, lam, (x, l) => {
        const clamp = x < -l ? -l : x > l ? l : x;
        return softshrink(x, l) === x - clamp;
      }),
    );
  });
  it('softshrink is odd (f(−x) = −f(x), zeros aside) and monotone', () => {
    fc.assert(
      fc.property(anyX, anyX, lam, (x, y, l) => {
        const odd = softshrink(-x, l) === -softshrink(x, l);
        return odd && (x <= y ? softshrink(x, l) <= softshrink(y, l) : softshrink(x, l) >= softshrink(y, l));
      }),
    );
  });
  it('softshrinkDerivative agrees with a central difference of softshrink away from the kinks', () => {
    centralDifference([[softshrink, softshrinkDerivative, [0.5], [-0.5, 0.5]]]);
  });
});
