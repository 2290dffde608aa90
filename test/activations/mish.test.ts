// mish: x·tanh(softplus(x)). Property tests (fast-check) of its mathematical identities; the
// tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { mish, mishDerivative, softplus } from '../../src/index.js';
import { EPS, finite, smoothInput } from '../arbitraries.js';
import { MISH_MIN, near, RUNS, SUBNORMAL_TAIL, tailTol, timesExp } from '../helpers/identities.js';
import { centralDifferenceTest, dist0, maxAbs, monotoneAroundMinimumTests, sigmoidSlopeBound } from '../helpers/identities-derivatives.js';

describe('identities', () => {
  // mish = x·tanh(softplus(x)) with the reference built from Math.tanh: softplus's 4 ulp relative
  // error reaches tanh with a condition number P·sech²P/tanh P = 2P/sinh 2P ≤ 1; Math.tanh adds ≤ 1
  // ulp (fdlibm), the product ½ ulp, mish its own 4 ulp: ≤ 9.5·EPS relative, for x < −30 (where
  // mish ≈ x·eˣ) as for x > 20 (where tanh(softplus x) = 1 and mish ≈ x). x ≥ −700 keeps it normal.
  it('mish(x) = x·tanh(softplus(x))', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-700, 1e300)), (x0) => {
        const x = Math.abs(x0) < 1e-300 ? 0 : Math.max(-700, x0);
        const ref = x * Math.tanh(softplus(x));
        near(mish(x), ref, 9.5 * EPS * Math.abs(ref), `mish(${x}) vs x·tanh(softplus(x))`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'mish′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => mish(x),
    df: (x) => mishDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => {
      const m = (1 + Math.exp(lo)) ** 2; // sech²(softplus(lo)) = 4m/(m + 1)² = 4/(m + 2 + 1/m)
      const q = 4 / (m + 2 + 1 / m);
      const sHi = 1 / (1 + Math.exp(-hi));
      const sp = sigmoidSlopeBound(dist0(lo, hi));
      return q * (3 * (2 * sHi * sHi + sp) + maxAbs(lo, hi) * (4 * sHi ** 3 + 6 * sHi * sp + sp));
    },
    derivUlps: 4,
    x: smoothInput,
    examples: [[-725.5015453221405, 0]],
  });
  monotoneAroundMinimumTests('mish', mish, mishDerivative, MISH_MIN);
});

describe('left tail', () => {
  it('mish(x) = x·eˣ and mish′(x) = (1 + x)·eˣ for x ≤ −60', () => {
    fc.assert(
      fc.property(finite(-760, -60), (x) => {
        const f = timesExp(x, x);
        const d = timesExp(1 + x, x);
        near(mish(x), f, tailTol(f, 4), `mish(${x}) vs x·eˣ`);
        near(mishDerivative(x), d, tailTol(d, 8), `mishDerivative(${x}) vs (1 + x)·eˣ`);
      }),
      { numRuns: RUNS, examples: SUBNORMAL_TAIL },
    );
  });
});
