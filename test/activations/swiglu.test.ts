// swiglu(a, b, β) = a·swish(b, β) (β = 1: a·silu(b)), the Swish-gated linear unit on rows split
// into halves a | b: float64 scalars and partials against decimal.js, special values, partials
// against central differences, identities, the kernels against decimal.js and against the scalars,
// overlap and argument checks (beta included). The shared machinery is
// test/helpers/gated-units.ts and test/helpers/gated-kernels.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  silu,
  swiglu,
  swigluBackwardF32,
  swigluDerivative,
  swigluDerivativeF32,
  swigluF32,
  swish,
  swishDerivative,
} from '../../src/index.js';
import { kernelAccuracyTests, kernelUnit, scalarAgreementTest, swigluBetaKernelTest } from '../helpers/gated-kernels.js';
import {
  agreesWithProduct,
  overlapAndErrorTests,
  partialsTest,
  SWIGLU,
  scalarAccuracyTests,
  smoothRows,
  specialValueTests,
  swigluWith,
} from '../helpers/gated-units.js';
import { expectThrow } from '../helpers/kernel-inputs.js';

scalarAccuracyTests(SWIGLU, [
  [-700, 40],
  [-6, 6],
  [-1.48, -1.08],
]);
scalarAccuracyTests(swigluWith(1.702), [
  [-400, 40],
  [-6, 6],
  [-0.87, -0.63],
]);
scalarAccuracyTests(swigluWith(-0.5), [
  [-40, 1400],
  [-6, 6],
  [2.16, 2.96],
]);

specialValueTests(SWIGLU, smoothRows(silu));
specialValueTests(swigluWith(-1), [
  [3, Infinity, 0, 0, -0],
  [3, -Infinity, -Infinity, -Infinity, 3],
  [Infinity, Infinity, NaN, 0, NaN],
  [2, -0, -0, -0, 1],
]);
specialValueTests(swigluWith(0), [
  [3, Infinity, Infinity, Infinity, 1.5],
  [3, -Infinity, -Infinity, -Infinity, 1.5],
  [3, NaN, NaN, NaN, NaN],
  [2, -0, -0, -0, 1],
  [-Infinity, 0, NaN, 0, -Infinity],
]);

describe('partials and identities', () => {
  for (const unit of [SWIGLU, swigluWith(1.702), swigluWith(-0.5), swigluWith(0)]) partialsTest(unit);
  it('swiglu(a, b) and swiglu(a, b, 1) equal a·silu(b) exactly; swiglu(a, b, β) = a·swish(b, β) with partials [swish, a·swish′]', () => {
    // ∂/∂b rounds a·swish′ once from a double-double: it agrees with a·swishDerivative to its rounding
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -5, max: 5 }),
        (a, b, beta) =>
          Object.is(swiglu(a, b), a * silu(b)) &&
          Object.is(swiglu(a, b, 1), a * silu(b)) &&
          Object.is(swiglu(a, b, beta), a * swish(b, beta)) &&
          Object.is(swigluDerivative(a, b, beta)[0], swish(b, beta)) &&
          agreesWithProduct(swigluDerivative(a, b, beta)[1], a, swishDerivative(b, beta)),
      ),
    );
  });
});

for (const unit of [SWIGLU, swigluWith(2)]) overlapAndErrorTests(unit);
describe('beta', () => {
  it('swiglu and its kernels reject a beta that is not a finite number', () => {
    const x = new Float32Array(4);
    for (const beta of [NaN, Infinity, -Infinity]) {
      expectThrow(() => swiglu(1, 1, beta), RangeError, /beta/, new RegExp(String(beta)));
      expectThrow(() => swigluDerivative(1, 1, beta), RangeError, /beta/);
      expectThrow(() => swigluF32(new Float32Array(2), x, 4, beta), RangeError, /beta/, new RegExp(String(beta)));
      expectThrow(() => swigluDerivativeF32(new Float32Array(4), x, undefined, beta), RangeError, /beta/);
      expectThrow(() => swigluBackwardF32(new Float32Array(4), new Float32Array(2), x, 2, beta), RangeError, /beta/);
    }
    expectThrow(() => swiglu(1, 1, '2' as unknown as number), TypeError, /beta/);
    expectThrow(() => swigluF32(new Float32Array(2), x, undefined, '2' as unknown as number), TypeError, /beta/);
  });
});

kernelAccuracyTests(kernelUnit(SWIGLU));
for (const beta of [1.702, -0.5, 0]) swigluBetaKernelTest(beta);
for (const u of [SWIGLU, swigluWith(-0.5)]) scalarAgreementTest(kernelUnit(u));
