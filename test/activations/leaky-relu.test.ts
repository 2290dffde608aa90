// leakyRelu: x for x > 0, negativeSlope·x otherwise. Property tests (fast-check) of its
// mathematical identities; the tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { leakyRelu, leakyReluDerivative, leakyReluF32 } from '../../src/index.js';
import { finite } from '../arbitraries.js';
import { leakyMaxTest, leakyScaleTests, RUNS, same } from '../helpers/identities.js';
import { centralDifferenceTest, monotoneTest, rectifierInput } from '../helpers/identities-derivatives.js';

describe('scale invariance and max form', () => {
  leakyScaleTests('leakyRelu', leakyRelu);
  leakyMaxTest('leakyRelu', leakyRelu);
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'leakyRelu′(x, s) agrees with a central difference away from 0',
    param: finite(-2, 2),
    f: (x, s) => leakyRelu(x, s),
    df: (x, s) => leakyReluDerivative(x, s),
    scale: () => 1,
    m3: () => 0,
    kink: () => undefined,
    derivUlps: 0,
    x: rectifierInput,
  });
  monotoneTest({
    name: 'leakyRelu (slope ≥ 0)',
    f: (x, s) => leakyRelu(x, s),
    df: (x, s) => leakyReluDerivative(x, s),
    param: fc.oneof(fc.constant(0), finite(0, 10)),
    exact: true,
  });
});

describe('Float32Array kernel', () => {
  // fround is monotone and fixes float32 x, so fround(max(x, a·x)) is exactly what the kernel
  // must store (the maths of the scalar identity, rounded once).
  it('leakyReluF32(x, a) = fround(max(x, a·x)) for 0 ≤ a ≤ 1', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, noDefaultInfinity: true, maxLength: 64 }), finite(0, 1), (x, a) => {
        const out = leakyReluF32(new Float32Array(x.length), x, a);
        for (let i = 0; i < x.length; i++) same(out[i], Math.fround(Math.max(x[i], a * x[i])), `leakyReluF32(${x[i]}, ${a})`);
      }),
      { numRuns: RUNS },
    );
  });
});
