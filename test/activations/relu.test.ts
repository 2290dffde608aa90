// relu: max(x, 0). Property tests (fast-check) of its mathematical identities; the tolerances and
// their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { relu, reluDerivative, reluF32 } from '../../src/index.js';
import { anyFinite, finite, float32ArrayIn, pow2, powerOfTwo } from '../arbitraries.js';
import { check, kernelOddPartTest, RUNS, same, sameArray } from '../helpers/identities.js';
import { centralDifferenceTest, monotoneTest, rectifierInput } from '../helpers/identities-derivatives.js';

describe('scale invariance for a ≥ 0', () => {
  // For x > 0 both sides are the single rounding fl(a·x) (also when it overflows to Infinity);
  // for x ≤ 0 both are +0. So the identity is exact (Object.is) for every a ≥ 0, powers of two
  // and general a alike.
  it('relu(a·x) = a·relu(x)', () => {
    fc.assert(
      fc.property(fc.oneof(powerOfTwo(-1074, 1023), finite(0, 1e300)), fc.oneof(anyFinite, fc.constant(Number.NaN)), (a, x) => {
        same(relu(a * x), a * relu(x), `relu(${a}·${x}) vs ${a}·relu(${x})`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('f(x) − f(−x) = x', () => {
  // relu: one of relu(±x) is 0 and the other |x|, so the difference is exact (also ±Infinity).
  it('relu(x) − relu(−x) = x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        check(relu(x) - relu(-x) === x, () => `relu(${x}) − relu(${-x}) = ${relu(x) - relu(-x)}`);
      }),
      { numRuns: RUNS },
    );
  });
  kernelOddPartTest('reluF32', (out, x) => reluF32(out, x));
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'relu′(x) agrees with a central difference away from 0',
    param: fc.constant(0),
    f: (x) => relu(x),
    df: (x) => reluDerivative(x),
    scale: () => 1,
    m3: () => 0,
    kink: () => undefined,
    derivUlps: 0,
    x: rectifierInput,
  });
  monotoneTest({ name: 'relu', f: (x) => relu(x), df: (x) => reluDerivative(x), param: fc.constant(0), exact: true });
});

describe('Float32Array kernel', () => {
  // Scaling a float32 by 2^k (|k| ≤ 20, |x| ∈ [2⁻¹⁰⁰, 1e30]) stays exact in float32.
  it('reluF32(2^k·x) = 2^k·reluF32(x) (exact)', () => {
    fc.assert(
      fc.property(float32ArrayIn(-1e30, 1e30, 64), fc.integer({ min: -20, max: 20 }), (x0, k) => {
        const x = x0.map((v) => (Math.abs(v) < 2 ** -100 ? 0 : v));
        const a = pow2(k);
        const scaled = x.map((v) => a * v);
        const lhs = reluF32(new Float32Array(x.length), scaled);
        const rhs = reluF32(new Float32Array(x.length), x).map((v) => a * v);
        sameArray(lhs, rhs, `reluF32(2^${k}·x)`);
      }),
      { numRuns: RUNS },
    );
  });
});
