// prelu: x for x > 0, weight·x otherwise (the weight learned). Property tests (fast-check) of its
// mathematical identities; the tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { prelu, preluDerivative } from '../../src/index.js';
import { EPS, anyDouble, finite, normalOrZero, powerOfTwo } from '../arbitraries.js';
import { RUNS, near, same, slope, rectifierInput, centralDifferenceTest, monotoneTest } from '../helpers/identities.js';

describe('scale invariance and max form', () => {
  // a = 2^k: scaling by a power of two commutes with rounding in the normal range, so
  // fl(s·(a·x)) = a·fl(s·x) exactly. |x| ∈ [1e-100, 1e100], |s| ∈ [1e-3, 10], |k| ≤ 100 keep every
  // product normal.
  it(`prelu(a·x, s) = a·prelu(x, s) for a = 2^k (exact)`, () => {
    fc.assert(
      fc.property(powerOfTwo(-100, 100), normalOrZero(1e-100, 1e100), slope, (a, x, s) => {
        same(prelu(a * x, s), a * prelu(x, s), `prelu(${a}·${x}, ${s}) vs ${a}·prelu(${x}, ${s})`);
      }),
      { numRuns: RUNS },
    );
  });

  // General a: for a·x > 0 both sides are fl(a·x). For x ≤ 0 they are fl(s·fl(a·x)) and
  // fl(a·fl(s·x)), each within (1+u)² − 1 ≈ 2u of a·s·x, so they differ by ≤ 4u·|a·s·x|
  // ≤ 2·EPS·(1 + 4·EPS)·max(|L|, |R|). (1 ulp is not a bound: the two orders can land 2 ulp
  // apart, e.g. a = 3050.801659228936, x = −1246569.270140819, s = 4.492756484060198.)
  // a ∈ {0} ∪ [1e-6, 1e6] keeps every product normal.
  it(`prelu(a·x, s) = a·prelu(x, s) for a ≥ 0 (within the two roundings)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), finite(1e-6, 1e6)), normalOrZero(1e-100, 1e100), slope, (a, x, s) => {
        const l = prelu(a * x, s);
        const r = a * prelu(x, s);
        // (For a = 0 both sides are zeros whose signs need not agree: prelu(+0, s < 0) is −0.)
        if (a * x > 0) same(l, r, `prelu(${a}·${x}, ${s}) vs ${a}·prelu(${x}, ${s})`);
        else near(l, r, 2 * EPS * (1 + 4 * EPS) * Math.max(Math.abs(l), Math.abs(r)), `prelu(${a}·${x}, ${s}) vs ${a}·prelu(${x}, ${s})`);
      }),
      { numRuns: RUNS },
    );
  });

  // For x > 0, fl(a·x) ≤ x (rounding is monotone), so max = x; for x ≤ 0, fl(a·x) ≥ x, so max is
  // fl(a·x) — exactly what leakyRelu returns: exact, signed zeros included (max(−0, −0) = −0).
  // x = ±Infinity with a = 0 is excluded: 0·∞ is NaN in IEEE, the limit of a·x is ∓0.
  it(`prelu(x, a) = max(x, a·x) for 0 ≤ a ≤ 1`, () => {
    fc.assert(
      fc.property(anyDouble, fc.oneof(fc.constantFrom(0, 1, 0.01, 0.25), finite(0, 1)), (x, a) => {
        fc.pre(!(a === 0 && (x === Infinity || x === -Infinity)));
        same(prelu(x, a), Math.max(x, a * x), `prelu(${x}, ${a})`);
      }),
      { numRuns: RUNS },
    );
  });
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
  monotoneTest({ name: 'prelu (weight ≥ 0)', f: (x, w) => prelu(x, w), df: (x, w) => preluDerivative(x, w), param: fc.oneof(fc.constant(0), finite(0, 10)), exact: true });
});
