// selu: λ·elu(x, α) with the self-normalising constants λ = 1.0507…, α = 1.6733…. Special values
// and conventions (Object.is), the array contract of its kernels and properties of the mathematics;
// the shared machinery is test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  centralDifferenceTest,
  close,
  EPS,
  finite,
  kernelTests,
  LAMBDA,
  LAMBDA_ALPHA,
  monotoneTest,
  nanRows,
  specialValueTests,
} from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('selu'),
  ['selu', 0, [], 0],
  ['selu', -0, [], -0],
  ['selu', Infinity, [], Infinity],
  ['selu', -Infinity, [], -LAMBDA_ALPHA],
  ['selu', 1e300, [], LAMBDA * 1e300],
  ['selu', -1e300, [], -LAMBDA_ALPHA],
  ['selu', 5e-324, [], 5e-324],
  ['selu', -1e-310, [], LAMBDA_ALPHA * -1e-310],
  ['seluDerivative', 0, [], LAMBDA_ALPHA],
  ['seluDerivative', -0, [], LAMBDA_ALPHA],
  ['seluDerivative', 5e-324, [], LAMBDA],
  ['seluDerivative', Infinity, [], LAMBDA],
  ['seluDerivative', -Infinity, [], 0],
  ['seluDerivative', -1e300, [], 0],
]);

describe('selu: conventions and tails', () => {
  it('selu′(0) is the correctly rounded λα = 1.7580993408473768 (PyTorch’s λ·α product gives 1.7580993408473766)', () => {
    expect(api.seluDerivative(0)).toBe(1.7580993408473768);
    expect(1.6732632423543772 * 1.0507009873554805).toBe(1.7580993408473766);
  });
});

kernelTests([['selu', []]]);

describe('selu: properties of the mathematics', () => {
  it('selu(x) = λ·elu(x, α) (α = 1.6732632423543772)', () => {
    fc.assert(fc.property(finite, (x) => close(api.selu(x), LAMBDA * api.elu(x, 1.6732632423543772), 4 * EPS, 4 * Number.MIN_VALUE)));
  });
  centralDifferenceTest('selu', [], fc.double({ min: -20, max: 20, noNaN: true }));
  monotoneTest('selu', []);
});
