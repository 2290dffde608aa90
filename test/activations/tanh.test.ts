// tanh: the hyperbolic tangent. Special values and conventions (Object.is), the array contract of
// its kernels and properties of the mathematics; the shared machinery is test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifferenceTest, close, EPS, kernelTests, moderate, monotoneTest, nanRows, specialValueTests } from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('tanh'),
  ['tanh', 0, [], 0],
  ['tanh', -0, [], -0],
  ['tanh', Infinity, [], 1],
  ['tanh', -Infinity, [], -1],
  ['tanh', -1e300, [], -1],
  ['tanh', 5e-324, [], 5e-324],
  ['tanhDerivative', 0, [], 1],
  ['tanhDerivative', -0, [], 1],
  ['tanhDerivative', Infinity, [], 0],
  ['tanhDerivative', -Infinity, [], 0],
  ['tanhDerivative', 1e300, [], 0],
  ['tanhDerivative', -3.4e38, [], 0],
]);

describe('tanh: conventions and tails', () => {
  it('tanh′(20) is 4e^{−40}/(1 + e^{−40})², not 0', () => {
    expect(api.tanhDerivative(20)).toBe(1.6993417021166355e-17);
  });
  it('a non-number argument throws a TypeError', () => {
    expect(() => api.tanh('1' as unknown as number)).toThrow(TypeError);
  });
});

kernelTests([['tanh', []]]);

describe('tanh: properties of the mathematics', () => {
  it('tanh(x) = 2σ(2x) − 1 and tanh is odd', () => {
    fc.assert(
      fc.property(moderate, (x) => close(api.tanh(x), 2 * api.sigmoid(2 * x) - 1, 0, 4 * EPS) && Object.is(api.tanh(-x), -api.tanh(x))),
    );
  });
  it('tanh′ = 1 − tanh² where that does not cancel (|x| < 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => close(api.tanhDerivative(x), 1 - Math.tanh(x) ** 2, 8 * EPS)),
    );
  });
  centralDifferenceTest('tanh', [], fc.double({ min: -8, max: 8, noNaN: true }));
  monotoneTest('tanh', []);
});
