// celu: max(0, x) + min(0, α(e^{x/α} − 1)). Special values and conventions (Object.is), the array
// contract of its kernels and properties of the mathematics; the shared machinery is
// test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifferenceTest, close, EPS, finite, kernelTests, monotoneTest, nanRows, specialValueTests } from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('celu'),
  ['celu', 0, [], 0],
  ['celu', -0, [], -0],
  ['celu', -0, [2], -0],
  ['celu', Infinity, [], Infinity],
  ['celu', -Infinity, [3], -3],
  ['celu', -1e300, [0.5], -0.5],
  ['celu', -1e-20, [], -1e-20],
  ['celu', -5e-324, [1e300], -5e-324],
  ['celu', 3.4e38, [2], 3.4e38],
  ['celuDerivative', 0, [], 1],
  ['celuDerivative', -0, [2], 1],
  ['celuDerivative', Infinity, [], 1],
  ['celuDerivative', -Infinity, [2], 0],
  ['celuDerivative', -1e300, [], 0],
  ['celuDerivative', -5e-324, [], 1],
]);

describe('celu: conventions and tails', () => {
  it('celu′(0) is 1 for every alpha (both one-sided slopes)', () => {
    for (const a of [0.1, 1, 7]) expect(api.celuDerivative(0, a)).toBe(1);
  });
  it('alpha out of the domain throws a RangeError naming it', () => {
    for (const a of [0, -1, Infinity, NaN])
      expect(() => api.celu(1, a)).toThrow(new RangeError(`alpha must be finite and > 0, got number ${a}`));
    expect(() => api.celuF32(new Float32Array(1), new Float32Array(1), 0)).toThrow(RangeError);
  });
});

kernelTests([
  ['celu', []],
  ['celu', [0.3]],
  ['celu', [1e30]],
]);

describe('celu: properties of the mathematics', () => {
  it('celu(x, 1) = elu(x, 1) and celu(x, α) = α·elu(x/α, 1)', () => {
    fc.assert(
      fc.property(
        finite,
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (x, a) => Object.is(api.celu(x, 1), api.elu(x, 1)) && close(api.celu(x, a), a * api.elu(x / a, 1), 6 * EPS, 64 * Number.MIN_VALUE),
      ),
    );
  });
  centralDifferenceTest('celu', [0.7], fc.double({ min: -20, max: 20, noNaN: true }));
  monotoneTest('celu', [2]);
});
