// squaredRelu (src/activations/squared-relu/squared-relu.ts) against the spot values of its manifest entry
// (scripts/manifest): x, f(x) and f′(x) from an independent high-precision computation (decimal.js),
// never from the code under test. Float64 forms within 4 ulp, Float32Array kernels within 1
// float32 ulp of the exact value rounded to float32, signed zeros and NaN exactly. The contract
// suite (test/contract-suite.test.ts) adds the array contract once the maths is written.
import { describe } from 'vitest';
import { spotValueTests } from '../helpers/spot-values.js';

describe('squaredRelu', () => {
  spotValueTests('squaredRelu');
});
