// gelu: x·Φ(x), and geluTanh, its tanh approximation. Property tests (fast-check) of its
// mathematical identities; the tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { gelu, geluDerivative, geluF32, geluTanh, geluTanhDerivative, geluTanhF32 } from '../../src/index.js';
import { finite, smoothInput, ulp, ulpNear } from '../arbitraries.js';
import { GELU_MIN, GELU_TANH_MIN, kernelOddPartTest, near, oddPartTest, phi, RUNS } from '../helpers/identities.js';
import {
  A_TANH,
  centralDifferenceTest,
  dist0,
  K_TANH,
  maxAbs,
  monotoneAroundMinimumTests,
  sigmoidSlopeBound,
} from '../helpers/identities-derivatives.js';

describe('identities', () => {
  oddPartTest('gelu', gelu);
  oddPartTest('geluTanh', geluTanh);
  // gelu − geluTanh is even; by mpmath (40 digits) its extrema are −4.7323552e-4 at |x| = 2.6989414
  // and +2.3367063e-4 at |x| = 1.3644977 (the "≈ 2e-4" often quoted is the smaller one), and it
  // → 0 in both tails. Bound 4.7324e-4 plus each value's 4 ulp and the subtraction's ½ ulp. The
  // bound holds on the whole line; [−10, 10] (and the peak region) get extra weight.
  it('|gelu(x) − geluTanh(x)| ≤ 4.7324e-4 (max 4.73236e-4 at |x| ≈ 2.699)', () => {
    fc.assert(
      fc.property(fc.oneof(finite(-10, 10), finite(-3, 3), finite(-1e300, 1e300)), (x) => {
        const a = gelu(x);
        const b = geluTanh(x);
        near(a, b, 4.7324e-4 + 4 * ulpNear(a) + 4 * ulpNear(b) + ulp(a - b) / 2, `gelu(${x}) vs geluTanh(${x})`);
      }),
      { numRuns: RUNS },
    );
  });

  // The bound above is attained: the maximum is not smaller than 4.7323e-4 (so a wrong constant in
  // either function cannot pass by making them agree better than the mathematics allows).
  it('gelu(x) − geluTanh(x) reaches −4.7323e-4 near x = ±2.6989', () => {
    for (const x of [2.6989413863772703, -2.6989413863772703]) {
      const d = gelu(x) - geluTanh(x);
      near(d, -4.73235520687285e-4, 1e-12, `gelu(${x}) − geluTanh(${x})`);
    }
  });
  kernelOddPartTest('geluF32', (out, x) => geluF32(out, x));
  kernelOddPartTest('geluTanhF32', (out, x) => geluTanhF32(out, x));
});

describe('derivatives and monotonicity', () => {
  centralDifferenceTest({
    title: 'gelu′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => gelu(x),
    df: (x) => geluDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => {
      const big = maxAbs(lo, hi);
      return (big ** 3 + 4 * big) * phi(dist0(lo, hi));
    },
    derivUlps: 4,
    x: smoothInput,
  });
  centralDifferenceTest({
    title: 'geluTanh′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => geluTanh(x),
    df: (x) => geluTanhDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => {
      const d = dist0(lo, hi);
      const big = maxAbs(lo, hi);
      const s = sigmoidSlopeBound(A_TANH * (d + K_TANH * d ** 3));
      const g1 = A_TANH * (1 + 3 * K_TANH * big * big);
      const g2 = 6 * A_TANH * K_TANH * big;
      const g3 = 6 * A_TANH * K_TANH;
      return s * (3 * (g1 * g1 + g2) + big * (g1 ** 3 + 3 * g1 * g2 + g3));
    },
    derivUlps: 4,
    x: smoothInput,
  });
  monotoneAroundMinimumTests('gelu', gelu, geluDerivative, GELU_MIN);
  monotoneAroundMinimumTests('geluTanh', geluTanh, geluTanhDerivative, GELU_TANH_MIN);
});
