// prelu: x for x > 0, weight·x otherwise (the weight learned). Property tests (fast-check) of its
// mathematical identities; the tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe } from 'vitest';
import { prelu, preluDerivative } from '../../src/index.js';
import { finite } from '../arbitraries.js';
import { leakyMaxTest, leakyScaleTests } from '../helpers/identities.js';
import { centralDifferenceTest, monotoneTest, rectifierInput } from '../helpers/identities-derivatives.js';

describe('scale invariance and max form', () => {
  leakyScaleTests('prelu', prelu);
  leakyMaxTest('prelu', prelu);
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'prelu′(x, w) agrees with a central difference away from 0',
    param: finite(-1, 1),
    f: (x, w) => prelu(x, w),
    df: (x, w) => preluDerivative(x, w),
    scale: () => 1,
    m3: () => 0,
    kink: () => undefined,
    derivUlps: 0,
    x: rectifierInput,
  });
  monotoneTest({
    name: 'prelu (weight ≥ 0)',
    f: (x, w) => prelu(x, w),
    df: (x, w) => preluDerivative(x, w),
    param: fc.oneof(fc.constant(0), finite(0, 10)),
    exact: true,
  });
});
