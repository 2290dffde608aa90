// softsign: x/(1 + |x|). Special values and conventions (Object.is), the array contract of its
// kernels and properties of the mathematics; the shared machinery is test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifferenceTest, kernelTests, moderate, nanRows, specialValueTests } from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('softsign'),
  ['softsign', 0, [], 0],
  ['softsign', -0, [], -0],
  ['softsign', Infinity, [], 1],
  ['softsign', -Infinity, [], -1],
  ['softsign', 1e300, [], 1],
  ['softsign', -1e300, [], -1],
  ['softsign', 5e-324, [], 5e-324],
  ['softsign', -5e-324, [], -5e-324],
  ['softsign', 1, [], 0.5],
  ['softsignDerivative', 0, [], 1],
  ['softsignDerivative', -0, [], 1],
  ['softsignDerivative', Infinity, [], 0],
  ['softsignDerivative', -Infinity, [], 0],
  ['softsignDerivative', 1e300, [], 0],
  ['softsignDerivative', 1e155, [], 1e-310],
  ['softsignDerivative', -3, [], 1 / 16],
]);

describe('softsign: conventions and tails', () => {
  it('softsign′(±Infinity) is 0 and softsign(±Infinity) is ±1 (PyTorch: NaN)', () => {
    expect([api.softsign(Infinity), api.softsign(-Infinity), api.softsignDerivative(-Infinity)]).toEqual([1, -1, 0]);
  });
});

kernelTests([['softsign', []]]);

describe('softsign: properties of the mathematics', () => {
  it('softsign is odd, in (−1, 1) for finite x, and increasing', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (x, y) => {
        const s = api.softsign(x);
        return (
          Object.is(api.softsign(-x), -s) &&
          Math.abs(s) <= 1 &&
          (Math.abs(x) < 1e15 ? Math.abs(s) < 1 : true) &&
          (x <= y ? s <= api.softsign(y) : s >= api.softsign(y))
        );
      }),
    );
  });
  centralDifferenceTest('softsign', [], moderate);
});
