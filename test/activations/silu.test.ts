// silu: x·σ(x). Property tests (fast-check) of its mathematical identities; the tolerances and
// their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sigmoid, silu, siluDerivative, siluF32 } from '../../src/index.js';
import { EPS, finite, smoothInput } from '../arbitraries.js';
import { kernelOddPartTest, near, oddPartTest, RUNS, SILU_MIN, SUBNORMAL_TAIL, tailTol, timesExp } from '../helpers/identities.js';
import { centralDifferenceTest, dist0, maxAbs, monotoneAroundMinimumTests, sigmoidSlopeBound } from '../helpers/identities-derivatives.js';

describe('identities', () => {
  oddPartTest('silu', silu);
  // silu = x·σ(x): silu (4 ulp), σ (4 ulp, times |x|) and the product (½ ulp): ≤ 8.5·EPS relative.
  // x ≥ −700 keeps x·σ(x) normal; tiny |x| (< 1e-300) are kept as ±0 for the same reason.
  it('silu(x) = x·sigmoid(x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-700, 1e300)), (x0) => {
        const x = Math.abs(x0) < 1e-300 ? 0 : Math.max(-700, x0);
        const ref = x * sigmoid(x);
        near(silu(x), ref, 8.5 * EPS * Math.abs(ref), `silu(${x}) vs x·sigmoid(x)`);
      }),
      { numRuns: RUNS },
    );
  });
  kernelOddPartTest('siluF32', (out, x) => siluF32(out, x));
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'silu′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => silu(x),
    df: (x) => siluDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => (3 + maxAbs(lo, hi)) * sigmoidSlopeBound(dist0(lo, hi)),
    derivUlps: 4,
    x: smoothInput,
    examples: [[-728.7857175491828, 0]],
  });
  monotoneAroundMinimumTests('silu', silu, siluDerivative, SILU_MIN);
});

describe('left tail', () => {
  it('silu(x) = x·eˣ and silu′(x) = (1 + x)·eˣ for x ≤ −60', () => {
    fc.assert(
      fc.property(finite(-760, -60), (x) => {
        const f = timesExp(x, x);
        const d = timesExp(1 + x, x); // 1 + x is exact (a multiple of ulp(x), smaller than |x|)
        near(silu(x), f, tailTol(f, 4), `silu(${x}) vs x·eˣ`);
        near(siluDerivative(x), d, tailTol(d, 8), `siluDerivative(${x}) vs (1 + x)·eˣ`);
      }),
      { numRuns: RUNS, examples: SUBNORMAL_TAIL },
    );
  });
});
