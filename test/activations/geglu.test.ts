// geglu(a, b) = a·gelu(b) and gegluTanh(a, b) = a·geluTanh(b), the GELU-gated linear units on
// rows split into halves a | b: float64 scalars and partials against decimal.js, special values,
// partials against central differences, the kernels against decimal.js and against the scalars,
// overlap and argument checks. The shared machinery is test/helpers/gated-units.ts and
// test/helpers/gated-kernels.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  geglu,
  gegluDerivative,
  gegluTanh,
  gegluTanhDerivative,
  gelu,
  geluDerivative,
  geluTanh,
  geluTanhDerivative,
} from '../../src/index.js';
import { kernelAccuracyTests, kernelUnit, scalarAgreementTest } from '../helpers/gated-kernels.js';
import {
  agreesWithProduct,
  GEGLU,
  GEGLU_TANH,
  overlapAndErrorTests,
  partialsTest,
  scalarAccuracyTests,
  smoothRows,
  specialValueTests,
} from '../helpers/gated-units.js';

scalarAccuracyTests(GEGLU, [
  [-37, 8],
  [-3, 3],
  [-0.95, -0.55],
]);
scalarAccuracyTests(GEGLU_TANH, [
  [-21, 8],
  [-3, 3],
  [-0.95, -0.55],
]);

specialValueTests(GEGLU, smoothRows(gelu));
specialValueTests(GEGLU_TANH, smoothRows(geluTanh));

describe('partials and identities', () => {
  partialsTest(GEGLU);
  partialsTest(GEGLU_TANH);
  it('geglu(1, b) = gelu(b) and gegluTanh(1, b) = geluTanh(b) with partials [g(b), g′(b)]', () => {
    // ∂/∂b rounds g′'s double-double once where g′(b) rounds its own sum: at a = 1 the two agree
    // to their roundings (each is held to the exact value elsewhere), special values exactly
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        (a, b) =>
          Object.is(geglu(1, b), gelu(b)) &&
          Object.is(gegluTanh(1, b), geluTanh(b)) &&
          agreesWithProduct(gegluDerivative(1, b)[1], 1, geluDerivative(b)) &&
          agreesWithProduct(gegluTanhDerivative(1, b)[1], 1, geluTanhDerivative(b)) &&
          Object.is(gegluDerivative(a, b)[0], gelu(b)) &&
          Object.is(gegluTanhDerivative(a, b)[0], geluTanh(b)),
      ),
    );
  });
});

overlapAndErrorTests(GEGLU);
overlapAndErrorTests(GEGLU_TANH);
for (const u of [GEGLU, GEGLU_TANH]) kernelAccuracyTests(kernelUnit(u));
for (const u of [GEGLU, GEGLU_TANH]) scalarAgreementTest(kernelUnit(u));
