// swish: x·σ(βx) (β = 1 is silu). Special values and conventions (Object.is), the array contract of
// its kernels and properties of the mathematics; the shared machinery is test/helpers/smooth.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifferenceTest, close, EPS, kernelTests, moderate, nanRows, specialValueTests } from '../helpers/smooth.js';

specialValueTests([
  ...nanRows('swish'),
  ['swish', 0, [], 0],
  ['swish', -0, [], -0],
  ['swish', Infinity, [], Infinity],
  ['swish', -Infinity, [], -0],
  ['swish', -1e300, [], -0],
  ['swish', 1e300, [], 1e300],
  ['swish', -Infinity, [-2], -Infinity],
  ['swish', Infinity, [-2], 0],
  ['swish', Infinity, [0], Infinity],
  ['swish', -Infinity, [0], -Infinity],
  ['swish', 3, [0], 1.5],
  ['swishDerivative', 0, [], 0.5],
  ['swishDerivative', -0, [3], 0.5],
  ['swishDerivative', Infinity, [], 1],
  ['swishDerivative', -Infinity, [], -0],
  ['swishDerivative', Infinity, [-1], -0],
  ['swishDerivative', -1e300, [], -0],
  ['swishDerivative', Infinity, [0], 0.5],
  ['swishDerivative', NaN, [0], NaN],
]);

describe('swish: conventions and tails', () => {
  it('beta out of the domain throws a RangeError naming it', () => {
    for (const b of [Infinity, -Infinity, NaN])
      expect(() => api.swish(1, b)).toThrow(new RangeError(`beta must be finite, got number ${b}`));
    expect(() => api.swishBackwardF32(new Float32Array(1), new Float32Array(1), new Float32Array(1), NaN)).toThrow(RangeError);
  });
});

kernelTests([
  ['swish', []],
  ['swish', [2]],
  ['swish', [0.3]],
  ['swish', [-1.5]],
  ['swish', [0]],
]);

describe('swish: properties of the mathematics', () => {
  it('swish(x, 1) is silu(x) bit for bit', () => {
    fc.assert(fc.property(fc.double({ noNaN: false }), (x) => Object.is(api.swish(x), api.silu(x))));
  });
  it('swish(x, β) → relu(x) as β → ∞', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }).filter((x) => Math.abs(x) > 1e-3),
        (x) => Math.abs(api.swish(x, 1e6) - api.relu(x)) <= 1e-300 + Math.abs(x) * Math.exp(-1e3),
      ),
    );
  });
  it('swish(x, β)/x = σ(βx) and swish′(x, β) = silu′(βx) for exact products βx', () => {
    fc.assert(
      fc.property(
        moderate,
        fc.constantFrom(0.5, 2, 4),
        (x, b) =>
          close(api.swish(x, b), x * api.sigmoid(b * x), 3 * EPS) &&
          close(api.swishDerivative(x, b), api.siluDerivative(b * x), 0, 16 * EPS),
      ),
    );
  });
  centralDifferenceTest('swish', [1.7], moderate);
  centralDifferenceTest('swish', [-0.4], moderate);
});
