// elu: x for x > 0, α(eˣ − 1) otherwise. Property tests (fast-check) of its mathematical
// identities; the tolerances and their derivation are in test/helpers/identities.ts.
import fc from 'fast-check';
import { describe } from 'vitest';
import { elu, eluDerivative } from '../../src/index.js';
import { finite, smoothInput } from '../arbitraries.js';
import { centralDifferenceTest, monotoneTest } from '../helpers/identities-derivatives.js';

describe('derivative and monotonicity', () => {
  centralDifferenceTest({
    title: 'elu′(x, α) agrees with a central difference (α ∈ {1} ∪ [0, 5]; away from 0 unless α = 1)',
    param: fc.oneof(fc.constant(1), finite(0, 5)),
    f: (x, a) => elu(x, a),
    df: (x, a) => eluDerivative(x, a),
    scale: () => 1,
    m3: (_lo, hi, a) => (hi <= 0 ? a * Math.exp(hi) : 0),
    kink: (a, _lo, hi) => (a === 1 ? Math.exp(Math.min(hi, 0)) : undefined),
    derivUlps: 4,
    x: fc.oneof(smoothInput, finite(-1e-3, 1e-3)),
  });
  monotoneTest({
    name: 'elu',
    f: (x, a) => elu(x, a),
    df: (x, a) => eluDerivative(x, a),
    param: fc.oneof(fc.constant(1), finite(0, 5)),
    exact: false,
  });
});
