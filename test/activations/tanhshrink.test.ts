// tanhshrink: x − tanh(x). Special values and conventions (Object.is), the array contract of its
// kernels and properties of the mathematics; the shared machinery is test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifferenceTest, close, EPS, kernelTests, monotoneTest, nanRows, specialValueTests } from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('tanhshrink'),
  ['tanhshrink', 0, [], 0],
  ['tanhshrink', -0, [], -0],
  ['tanhshrink', Infinity, [], Infinity],
  ['tanhshrink', -Infinity, [], -Infinity],
  ['tanhshrink', 1e300, [], 1e300],
  ['tanhshrink', -1e300, [], -1e300],
  ['tanhshrink', 5e-324, [], 0],
  ['tanhshrink', -5e-324, [], -0],
  ['tanhshrink', -1e-200, [], -0],
  ['tanhshrinkDerivative', 0, [], 0],
  ['tanhshrinkDerivative', -0, [], 0],
  ['tanhshrinkDerivative', Infinity, [], 1],
  ['tanhshrinkDerivative', -Infinity, [], 1],
  ['tanhshrinkDerivative', -5e-324, [], 0],
]);

describe('tanhshrink: conventions and tails', () => {
  it('tanhshrink(1e−3) ≈ x³/3 − 2x⁵/15 + 17x⁷/315 to 1e−15 relative (no cancellation)', () => {
    const x = 1e-3;
    expect(Math.abs(api.tanhshrink(x) / (x ** 3 / 3 - (2 * x ** 5) / 15 + (17 * x ** 7) / 315) - 1)).toBeLessThan(1e-15);
  });
});

kernelTests([['tanhshrink', []]]);

describe('tanhshrink: properties of the mathematics', () => {
  it('tanhshrink(x) = x − tanh(x) for |x| ≥ 2 (no cancellation there) and is odd', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 1e6, noNaN: true }),
        (x) => close(api.tanhshrink(x), x - Math.tanh(x), 4 * EPS) && Object.is(api.tanhshrink(-x), -api.tanhshrink(x)),
      ),
    );
  });
  centralDifferenceTest('tanhshrink', [], fc.double({ min: -8, max: 8, noNaN: true }));
  monotoneTest('tanhshrink', []);
});
