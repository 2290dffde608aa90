// reglu(a, b) = a·relu(b), the ReLU-gated linear unit on rows split into halves a | b: float64
// scalars and partials against decimal.js, special values, partials against central differences,
// the kernels against decimal.js and against the scalars, overlap and argument checks. The shared
// machinery is test/helpers/gated-units.ts and test/helpers/gated-kernels.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { reglu, relu } from '../../src/index.js';
import { kernelAccuracyTests, kernelUnit, scalarAgreementTest } from '../helpers/gated-kernels.js';
import { overlapAndErrorTests, partialsTest, REGLU, scalarAccuracyTests, specialValueTests } from '../helpers/gated-units.js';

scalarAccuracyTests(REGLU, [[-50, 50]]);

specialValueTests(REGLU, [
  [3, 2, 6, 2, 3],
  [3, 0, 0, 0, 0],
  [-3, 0, -0, 0, -0],
  [3, -0, 0, 0, 0],
  [-3, -2, -0, 0, -0],
  [-0, 2, -0, 2, -0],
  [3, Infinity, Infinity, Infinity, 3],
  [0, Infinity, NaN, Infinity, 0],
  [3, -Infinity, 0, 0, 0],
  [Infinity, -Infinity, NaN, 0, NaN],
  [Infinity, -1, NaN, 0, NaN],
  [-Infinity, 2, -Infinity, 2, -Infinity],
  [NaN, 1, NaN, 1, NaN],
  [1, NaN, NaN, NaN, NaN],
]);

describe('partials and identities', () => {
  partialsTest(REGLU);
  it('reglu(a, b) = a·relu(b) exactly', () => {
    fc.assert(fc.property(fc.double(), fc.double(), (a, b) => Object.is(reglu(a, b), a * relu(b))));
  });
});

overlapAndErrorTests(REGLU);
kernelAccuracyTests(kernelUnit(REGLU));
scalarAgreementTest(kernelUnit(REGLU));
