// squareplus: (x + √(x² + b))/2. Property tests (fast-check) of its mathematical identities; the
// tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { relu, reluDerivative, squareplus, squareplusDerivative, squareplusF32 } from '../../src/index.js';
import { anyDouble, anyFinite, EPS, finite, logUniform, smoothInput, ulp, ulpNear } from '../arbitraries.js';
import { check, kernelOddPartTest, near, orderedPairs, RUNS, same } from '../helpers/identities.js';
import { centralDifferenceTest, dist0, maxAbs } from '../helpers/identities-derivatives.js';

/**
 * Regression examples, replayed on every run so that they do not depend on fast-check drawing a
 * tiny x. These properties found them in 155a32d (fixed in cfbae1d): for |x| < 1.5e-154, x²
 * underflowed (to a subnormal or 0) and √(x² + b) lost its digits when b was tiny or 0 —
 * squareplus(1e-160, 0) was 9.99997e-161 (relative error 2.8e-6), squareplus(1e-200, 0) was
 * 5e-201 (x/2), squareplus′(1e-200, 0) was 0 instead of 1 and squareplus′(−5e-324, 0) NaN.
 */
const SQUAREPLUS_UNDERFLOW: [number][] = [[1e-160], [1e-200]];

describe('f(x) − f(−x) = x', () => {
  // (x + r)/2 − (−x + r)/2 = x with r = √(x² + b). Both values are positive, so the subtraction
  // may cancel (b ≫ x²): the tolerance is a few ulp of the larger value, not of x.
  it('squareplus(x, b) − squareplus(−x, b) = x (any b ≥ 0)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyFinite), fc.oneof(fc.constantFrom(0, 4), finite(0, 100), logUniform(-1000, 1000)), (x, b) => {
        const a = squareplus(x, b);
        const c = squareplus(-x, b);
        const d = a - c;
        near(d, x, 4 * ulpNear(a) + 4 * ulpNear(c) + ulp(d) / 2, `squareplus(${x}, ${b}) − squareplus(${-x}, ${b})`);
      }),
      { numRuns: RUNS, examples: SQUAREPLUS_UNDERFLOW.map(([x]): [number, number] => [x, 0]) },
    );
  });
  kernelOddPartTest('squareplusF32 (b = 4)', (out, x) => squareplusF32(out, x, 4));
  kernelOddPartTest('squareplusF32 (b = 0.01)', (out, x) => squareplusF32(out, x, 0.01));
});

describe('squareplus', () => {
  const bAny = fc.oneof(fc.constantFrom(0, 4), finite(0, 100), logUniform(-1000, 1000));

  // b = 0: (x + |x|)/2 = relu(x) exactly, for every x (and the limits at ±Infinity, NaN).
  // The derivative too: squareplus′(x, 0) = relu′(x) (0 at the kink, as documented).
  it('squareplus(x, 0) = relu(x) and squareplus′(x, 0) = relu′(x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyDouble), (x) => {
        same(squareplus(x, 0), relu(x), `squareplus(${x}, 0)`);
        same(squareplusDerivative(x, 0), reluDerivative(x), `squareplusDerivative(${x}, 0)`);
      }),
      { numRuns: RUNS, examples: SQUAREPLUS_UNDERFLOW },
    );
  });

  // squareplus(x, b) − relu(x) = (√(x²+b) − |x|)/2 = b/(2(√(x²+b) + |x|)) ∈ [0, √b/2], largest at
  // x = 0: squareplus → relu uniformly as b → 0. Tolerance: 4 ulp of squareplus (contract),
  // 1 ulp of √b/2 (sqrt rounds once, /2 is exact), ½ ulp of the computed gap.
  it('|squareplus(x, b) − relu(x)| ≤ √b/2 for all x', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyFinite), bAny, (x, b) => {
        const s = squareplus(x, b);
        const gap = s - relu(x);
        const bound = Math.sqrt(b) / 2;
        const tol = 4 * ulpNear(s) + ulp(bound) + ulp(gap) / 2;
        check(
          gap >= -tol && gap <= bound + tol,
          () => `squareplus(${x}, ${b}) = ${s}: gap to relu ${gap} not in [0, √b/2 = ${bound}] ± ${tol}`,
        );
      }),
      { numRuns: RUNS, examples: SQUAREPLUS_UNDERFLOW.map(([x]): [number, number] => [x, 0]) },
    );
  });

  // ∂/∂b squareplus = 1/(4√(x²+b)) > 0, so the gap to relu shrinks as b decreases. Tolerance: the
  // contract's 4 ulp on each side.
  it('squareplus(x, b) is non-decreasing in b (the gap to relu shrinks as b → 0)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyFinite), orderedPairs(fc.oneof(finite(0, 100), logUniform(-1000, 1000))), (x, [b1, b2]) => {
        const s1 = squareplus(x, b1);
        const s2 = squareplus(x, b2);
        check(s1 <= s2 + 4 * ulpNear(s1) + 4 * ulpNear(s2), () => `squareplus(${x}, ${b1}) = ${s1} > squareplus(${x}, ${b2}) = ${s2}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('squareplus is non-decreasing in x and squareplus′ ≥ 0', () => {
    fc.assert(
      fc.property(orderedPairs(fc.oneof(smoothInput, fc.double({ noNaN: true }))), bAny, ([x, y], b) => {
        const fx = squareplus(x, b);
        const fy = squareplus(y, b);
        check(fx <= fy + 4 * ulpNear(fx) + 4 * ulpNear(fy), () => `squareplus(${x}, ${b}) = ${fx} > squareplus(${y}, ${b}) = ${fy}`);
        check(squareplusDerivative(x, b) >= 0, () => `squareplusDerivative(${x}, ${b}) = ${squareplusDerivative(x, b)} < 0`);
      }),
      { numRuns: RUNS },
    );
  });

  // The exact value is ≥ b/(4(|x| + √b)) > 0; with |x| ≤ 1e100 and b ≥ 1e-100 that is ≥ 1e-201,
  // far inside the normal range, so no rounding can make it 0.
  it('squareplus(x, b) > 0 for b > 0', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-1e100, 1e100)), logUniform(-332, 332), (x, b) => {
        check(squareplus(x, b) > 0, () => `squareplus(${x}, ${b}) = ${squareplus(x, b)}`);
      }),
      { numRuns: RUNS },
    );
  });

  // x < 0: squareplus(x, b) = b/(2(√(x²+b) + |x|)) < b/(4|x|) → 0 as x → −∞. The computed bound
  // fl(b/(4|x|)) is ≥ (1 − u) times the exact one (4|x| is exact); add squareplus's 4 ulp.
  it('squareplus(x, b) ≤ b/(4|x|) for x < 0 (→ 0 as x → −∞)', () => {
    fc.assert(
      fc.property(fc.oneof(finite(-60, -1e-100), finite(-1e100, -1e-100)), logUniform(-30, 30), (x, b) => {
        const s = squareplus(x, b);
        const bound = b / (4 * -x);
        check(s <= bound * (1 + EPS) + 4 * ulpNear(s), () => `squareplus(${x}, ${b}) = ${s} > b/(4|x|) = ${bound}`);
      }),
      { numRuns: RUNS },
    );
  });

  // x > 0: squareplus(x, b) − x = b/(2(√(x²+b) + x)) ∈ (0, b/(4x)) → 0 as x → +∞. The computed
  // difference carries squareplus's 4 ulp (of ≈ x) plus ½ ulp for the subtraction.
  it('0 ≤ squareplus(x, b) − x ≤ b/(4x) for x > 0 (→ 0 as x → +∞)', () => {
    fc.assert(
      fc.property(fc.oneof(finite(1e-100, 60), logUniform(-300, 1000)), logUniform(-30, 30), (x, b) => {
        const s = squareplus(x, b);
        const gap = s - x;
        const bound = b / (4 * x);
        const tol = 4 * ulpNear(s) + ulp(gap) / 2;
        check(
          gap >= -tol && gap <= bound * (1 + EPS) + tol,
          () => `squareplus(${x}, ${b}) − x = ${gap} not in [0, b/(4x) = ${bound}] ± ${tol}`,
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('derivative', () => {
  centralDifferenceTest({
    title: 'squareplus′(x, b) agrees with a central difference (b ∈ [2⁻²⁰, 2²⁰])',
    param: fc.oneof(fc.constantFrom(4, 1, 0.25), logUniform(-20, 20)),
    f: (x, b) => squareplus(x, b),
    df: (x, b) => squareplusDerivative(x, b),
    scale: (b) => Math.sqrt(b),
    m3: (lo, hi, b) => {
      const d = dist0(lo, hi);
      return (3 * b * maxAbs(lo, hi)) / (2 * (d * d + b) ** 2.5);
    },
    derivUlps: 4,
    x: fc.oneof(smoothInput, finite(-1e-3, 1e-3), finite(-1e4, 1e4)),
  });
});
