// sigmoid: σ(x) = 1/(1 + e^{−x}). Property tests (fast-check) of its mathematical identities; the
// tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sigmoid, sigmoidDerivative, sigmoidDerivativeF32, sigmoidF32 } from '../../src/index.js';
import { EPS, finite, float32ArrayIn, smoothInput, ulp32Near } from '../arbitraries.js';
import { near, RUNS } from '../helpers/identities.js';
import { centralDifferenceTest, dist0, monotoneTest, sigmoidSlopeBound } from '../helpers/identities-derivatives.js';

describe('identities', () => {
  // σ(x) + σ(−x) = 1. Within 1 ulp of 1 (EPS): each side is ≤ 1 in magnitude, a faithful σ is off
  // by < 1 ulp (≤ 2⁻⁵³ for σ ∈ [½, 1], ≤ 2⁻⁵⁴ for σ ≤ ½) and the sum rounds by ≤ ½ ulp(1):
  // total < 2⁻⁵³ + 2⁻⁵⁴ + 2⁻⁵³ < 2⁻⁵².
  it('sigmoid(x) + sigmoid(−x) = 1', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, fc.double({ noNaN: true })), (x) => {
        near(sigmoid(x) + sigmoid(-x), 1, EPS, `sigmoid(${x}) + sigmoid(${-x})`);
      }),
      { numRuns: RUNS },
    );
  });

  // σ′ = σ(x)·σ(−x), relatively: σ′ (4 ulp), σ(x) and σ(−x) (4 ulp each) and the product (½ ulp):
  // ≤ 12.5·EPS relative. |x| ≤ 700 keeps everything normal.
  it('sigmoid′(x) = sigmoid(x)·sigmoid(−x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-700, 700)), (x0) => {
        const x = Math.max(-700, Math.min(700, x0));
        const ref = sigmoid(x) * sigmoid(-x);
        near(sigmoidDerivative(x), ref, 12.5 * EPS * ref, `sigmoidDerivative(${x}) vs sigmoid(x)·sigmoid(−x)`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'sigmoid′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => sigmoid(x),
    df: (x) => sigmoidDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => sigmoidSlopeBound(dist0(lo, hi)),
    derivUlps: 4,
    x: smoothInput,
  });
  monotoneTest({ name: 'sigmoid', f: (x) => sigmoid(x), df: (x) => sigmoidDerivative(x), param: fc.constant(0), exact: false });
});

describe('Float32Array kernels satisfy the identities too', () => {
  // Each value within 1 float32 ulp (contract); the float64 sum of two float32s rounds by ≤ ½
  // float64 ulp of ≈ 1.
  it('sigmoidF32(x) + sigmoidF32(−x) = 1 (≤ 1 float32 ulp of each)', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, maxLength: 64 }), (x) => {
        const a = sigmoidF32(new Float32Array(x.length), x);
        const b = sigmoidF32(
          new Float32Array(x.length),
          Float32Array.from(x, (v) => -v),
        );
        for (let i = 0; i < x.length; i++) near(a[i] + b[i], 1, ulp32Near(a[i]) + ulp32Near(b[i]) + EPS / 2, `sigmoidF32(±${x[i]})`);
      }),
      { numRuns: RUNS },
    );
  });

  // σ′ (1 float32 ulp ≤ 2⁻²³ relative) vs σ(x)·σ(−x) from two float32 values (1 ulp each) and a
  // float64 product (negligible u): ≤ 3·2⁻²³ relative. |x| ≤ 80 keeps σ′ ≥ 1.8e-35, a normal float32.
  it('sigmoidDerivativeF32(x) = sigmoidF32(x)·sigmoidF32(−x) (≤ 3 float32 ulp)', () => {
    fc.assert(
      fc.property(float32ArrayIn(-80, 80, 64), (x) => {
        const d = sigmoidDerivativeF32(new Float32Array(x.length), x);
        const a = sigmoidF32(new Float32Array(x.length), x);
        const b = sigmoidF32(
          new Float32Array(x.length),
          Float32Array.from(x, (v) => -v),
        );
        for (let i = 0; i < x.length; i++) {
          const ref = a[i] * b[i];
          near(d[i], ref, 3 * 2 ** -23 * ref * (1 + EPS), `sigmoidDerivativeF32(${x[i]})`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
