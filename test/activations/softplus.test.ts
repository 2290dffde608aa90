// softplus: log(1 + e^{βx})/β. Its derivative is the sigmoid (softplus′ = σ, defined here).
// Property tests (fast-check) of its mathematical identities; the tolerances and their derivation
// are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { relu, sigmoid, sigmoidF32, softplus, softplusDerivative, softplusDerivativeF32 } from '../../src/index.js';
import { anyDouble, finite, float32In, logUniform, pow2, smoothInput, split26, ulp, ulp32, ulpNear } from '../arbitraries.js';
import { check, expOver, near, RUNS, tailTol, U } from '../helpers/identities.js';
import { centralDifferenceTest, dist0, monotoneTest, sigmoidSlopeBound } from '../helpers/identities-derivatives.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

describe('softplus′ = sigmoid', () => {
  // β = 1: β·x = x exactly, so both sides evaluate σ at the same argument. Each is a faithful
  // (≤ 1 ulp) evaluation of σ(x), hence the two are at most 2 ulp apart.
  it('softplus′(x) = sigmoid(x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyDouble), (x) => {
        const d = ulpDistance64(softplusDerivative(x), sigmoid(x));
        check(d <= 2, () => `softplusDerivative(${x}) = ${softplusDerivative(x)} vs sigmoid = ${sigmoid(x)}: ${d} ulp`);
      }),
      { numRuns: RUNS },
    );
  });

  // β and x rounded to 26 significant bits, so β·x has ≤ 52 bits and is exact: again both sides
  // are σ at the same exact argument, ≤ 2 ulp apart.
  it('softplus′(x, β) = sigmoid(β·x) for β ∈ [0.1, 10] (β·x exact)', () => {
    fc.assert(
      fc.property(finite(0.1, 10), fc.oneof(smoothInput, finite(-1e4, 1e4)), (b0, x0) => {
        const beta = split26(b0);
        const x = split26(x0);
        const y = beta * x;
        const d = ulpDistance64(softplusDerivative(x, beta), sigmoid(y));
        check(
          d <= 2,
          () => `softplusDerivative(${x}, ${beta}) = ${softplusDerivative(x, beta)} vs sigmoid(${y}) = ${sigmoid(y)}: ${d} ulp`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  // Arbitrary β·x: the test's y = fl(β·x) is off the exact product by ≤ u·|y|, which moves σ by
  // σ′(y)·u·|y| (σ′ changes by a factor e^{u|y|} ≈ 1 + 1e-12 between y and β·x). softplus′
  // evaluates σ(β·x) at the exact product, sigmoid(y) at the rounded one; add the 2 ulp above.
  it('softplus′(x, β) = sigmoid(β·x) for β ∈ [0.1, 10] (any x, up to the rounding of β·x)', () => {
    fc.assert(
      fc.property(finite(0.1, 10), fc.oneof(smoothInput, finite(-1e4, 1e4)), (beta, x) => {
        const y = beta * x;
        const ref = sigmoid(y);
        const e = Math.exp(-Math.abs(y));
        const slopeAtY = e / ((1 + e) * (1 + e));
        const tol = 2 * ulpNear(ref) + U * Math.abs(y) * slopeAtY * (1 + 1e-9);
        near(softplusDerivative(x, beta), ref, tol, `softplusDerivative(${x}, ${beta}) vs sigmoid(${y})`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('softplus_β → relu as β → ∞', () => {
  // softplus(x, β) − relu(x) = log(1 + e^{−β|x|})/β ∈ (0, ln2/β], largest at x = 0.
  // Upper side: 4 ulp of softplus (contract), ½ ulp of the gap, and 2 ulp of the bound
  // (Math.LN2 and the division each round by ≤ u relative).
  // Lower side: relu(x) is a double strictly below the exact value, so no faithful rounding of
  // softplus can go below it: gap ≥ 0 exactly. Strictly > 0 where the exact value is
  // representable: x ≤ 0 with β|x| ≤ 700 (softplus ≈ e^{−β|x|}/β ≥ 1e-316 > 0).
  it('0 < softplus(x, β) − relu(x) ≤ ln2/β for all x', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-1e6, 1e6)), logUniform(-4, 40), (x, beta) => {
        const s = softplus(x, beta);
        const gap = s - relu(x);
        const bound = Math.LN2 / beta;
        check(gap >= 0, () => `softplus(${x}, ${beta}) = ${s} < relu(${x})`);
        if (x <= 0 && beta * -x <= 700) check(gap > 0, () => `softplus(${x}, ${beta}) = ${s} is not > relu(${x}) = 0`);
        const tol = 4 * ulpNear(s) + ulp(gap) / 2 + 2 * ulp(bound);
        check(gap <= bound + tol, () => `softplus(${x}, ${beta}) − relu(x) = ${gap} > ln2/β = ${bound} (+ ${tol})`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'softplus′(x, β) agrees with a central difference (β ∈ [1/16, 64])',
    param: fc.oneof(fc.constantFrom(1, 0.5, 2, 10), logUniform(-4, 6)),
    f: (x, b) => softplus(x, b),
    df: (x, b) => softplusDerivative(x, b),
    scale: (b) => 1 / b,
    m3: (lo, hi, b) => b * b * sigmoidSlopeBound(b * dist0(lo, hi)),
    derivUlps: 4,
    x: smoothInput,
  });
  monotoneTest({
    name: 'softplus',
    f: (x, b) => softplus(x, b),
    df: (x, b) => softplusDerivative(x, b),
    param: fc.oneof(fc.constant(1), logUniform(-10, 10)),
    exact: false,
  });
});

describe('left tail', () => {
  // β and x rounded to 26 significant bits so that y = β·x is exact (the reference must not
  // inherit the ½-ulp rounding of y, worth |y|·u ≈ 400 ulp of e^y here).
  it('softplus(x, β) = e^{βx}/β for βx ≤ −60 (β ∈ [2⁻⁴⁰, 16])', () => {
    fc.assert(
      fc.property(logUniform(-40, 4), finite(-800, -60), (b0, y0) => {
        const beta = split26(b0);
        const x = split26(y0 / beta);
        const y = beta * x;
        const ref = expOver(y, beta);
        near(softplus(x, beta), ref, tailTol(ref, 4), `softplus(${x}, ${beta}) vs e^{${y}}/β`);
      }),
      { numRuns: RUNS, examples: [[pow2(-34), -720]] },
    );
  });
});

describe('Float32Array kernels satisfy the identities too', () => {
  // Both are fround(σ(x)) of float64 values ≤ 2 float64 ulp apart (β = 1: β·x exact), so they
  // round to the same or adjacent float32s: ≤ 1 float32 ulp.
  it('softplusDerivativeF32(x) = sigmoidF32(x) (≤ 1 float32 ulp)', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, maxLength: 64 }), (x) => {
        const a = softplusDerivativeF32(new Float32Array(x.length), x);
        const b = sigmoidF32(new Float32Array(x.length), x);
        for (let i = 0; i < x.length; i++) {
          const d = ulpDistance32(a[i], b[i]);
          check(d <= 1, () => `x = ${x[i]}: softplusDerivativeF32 ${a[i]} vs sigmoidF32 ${b[i]}: ${d} float32 ulp`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // A float32 scalar check of the same shape: fround(softplus′) vs fround(sigmoid) at float32 x.
  it('softplusDerivativeF32 = fround(sigmoid) at float32 inputs (≤ 1 float32 ulp)', () => {
    fc.assert(
      fc.property(float32In(-200, 200), (x) => {
        const k = softplusDerivativeF32(new Float32Array(1), Float32Array.of(x))[0];
        const d = ulpDistance32(k, Math.fround(sigmoid(x)));
        check(
          d <= 1,
          () => `softplusDerivativeF32(${x}) = ${k} vs fround(sigmoid) = ${Math.fround(sigmoid(x))}: ${d} ulp; ulp32 ${ulp32(k)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
