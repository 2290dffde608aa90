// exp64 (src/internal/fast-exp.ts), softmaxCrossEntropy's exponential, against the 80-digit
// decimal.js reference: within 1.4 ulp of the exact e^x on [−400, 0], uniformly (fastExp's
// single-constant reduction loses |x|·2⁻⁵⁴ relative, which is why the loss does not use it).
import { describe, expect, it } from 'vitest';
import { exp64 } from '../../src/internal/fast-exp.js';
import { toDecimal } from '../fixtures/reference.mjs';
import { uniform } from '../helpers/random.js';
import { ulpErr } from '../helpers/softmax-exact.js';

describe('exp64', () => {
  it('is within 1.4 ulp of e^x on [−400, 0]: uniform points, log-spaced small ones, differences of float32 values, and the ends', () => {
    const r = uniform(0xe64);
    const xs = [0, -0, -400, -Number.MIN_VALUE, -1e-300, -Math.LN2, -64 * Math.LN2];
    for (let k = 0; k < 3000; k++) xs.push(-400 * (r() + r() * 2 ** -32));
    for (let k = 0; k < 1000; k++) xs.push(-(10 ** (-12 + 14.6 * r())));
    for (let k = 0; k < 1000; k++) xs.push(Math.fround(8 * r() - 4) - Math.fround(40 * r() + 4));
    let worst = 0;
    let at = 0;
    for (const x of xs) {
      const e = ulpErr(exp64(x), toDecimal(x).exp(), 'f64');
      if (e > worst) [worst, at] = [e, x];
    }
    expect(worst, `at x = ${at}`).toBeLessThanOrEqual(1.4);
    expect(exp64(0)).toBe(1);
    expect(exp64(-0)).toBe(1);
  });
});
