// logSigmoid: log σ(x) = −softplus(−x). Special values and conventions (Object.is), the array
// contract of its kernels and properties of the mathematics; the shared machinery is
// test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  centralDifferenceTest,
  close,
  EPS,
  finite,
  kernelTests,
  moderate,
  monotoneTest,
  nanRows,
  specialValueTests,
} from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('logSigmoid'),
  ['logSigmoid', 0, [], -Math.LN2],
  ['logSigmoid', -0, [], -Math.LN2],
  ['logSigmoid', -Infinity, [], -Infinity],
  ['logSigmoid', Infinity, [], -0],
  ['logSigmoid', -1000, [], -1000],
  ['logSigmoid', 1e300, [], -0],
  ['logSigmoid', -1e300, [], -1e300],
  ['logSigmoid', 800, [], -0],
  ['logSigmoid', 5e-324, [], -Math.LN2],
  ['logSigmoid', 3.4e38, [], -0],
  ['logSigmoid', -3.4e38, [], -3.4e38],
  ['logSigmoidDerivative', 0, [], 0.5],
  ['logSigmoidDerivative', -0, [], 0.5],
  ['logSigmoidDerivative', Infinity, [], 0],
  ['logSigmoidDerivative', -Infinity, [], 1],
  ['logSigmoidDerivative', 1e300, [], 0],
  ['logSigmoidDerivative', -1e300, [], 1],
]);

describe('logSigmoid: conventions and tails', () => {
  it('logSigmoid(40) keeps its digits: −e^{−40}(1 − e^{−40}/2)', () => {
    expect(api.logSigmoid(40)).toBe(-4.248354255291589e-18);
    expect(api.logSigmoidDerivative(40)).toBe(4.248354255291589e-18);
  });
});

kernelTests([['logSigmoid', []]]);

describe('logSigmoid: properties of the mathematics', () => {
  it('logSigmoid(x) = −softplus(−x) and logSigmoid′(x) = sigmoid(−x)', () => {
    fc.assert(
      fc.property(finite, (x) => close(api.logSigmoid(x), -api.softplus(-x), 4 * EPS) && api.logSigmoidDerivative(x) === api.sigmoid(-x)),
    );
  });
  centralDifferenceTest('logSigmoid', [], moderate);
  monotoneTest('logSigmoid', []);
});
