// Regression tests for the issue "First contact you can trust": each block pins a contract that
// a defect broke, with expectations from the definitions (elu′(x) = 1 for x > 0, …), never from
// running the code.
import { describe, expect, it } from 'vitest';
import { eluBackwardF32, eluDerivative, eluDerivativeF32 } from '../src/index.js';

const F32_MAX = 3.4028234663852886e38;
const F32_TINY = 1.401298464324817e-45;
const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const same = (got: ArrayLike<number>, want: ArrayLike<number>): string[] => {
  const bad: string[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (!Object.is(got[i], want[i])) bad.push(`[${i}] got ${fmt(got[i])}, want ${fmt(want[i])}`);
  }
  return bad;
};

// ---- 1. elu′ = 1 for x > 0 whatever alpha ----------------------------------------------------
describe('eluDerivativeF32 / eluBackwardF32 for x > 0 and every valid alpha', () => {
  // Small and large positive x, in pairs that take the kernels' fast loop (|a| + |b| < 400) and
  // pairs that leave it (one of them ≥ 400 or +Infinity); an odd length leaves a last element alone.
  const X = Float32Array.of(F32_TINY, 1e-30, 0.5, 1, 3, 7, 150, 199, 500, 1e30, F32_MAX, Infinity, 2);
  const DY = Float32Array.of(1, -2.5, Infinity, -Infinity, 3e38, -0, 0, 7, -Infinity, Infinity, 1e-40, -3, 0.1);
  const ALPHAS = [0, 0.1, 1, 3.5, 2 ** 52, 2 ** 53, 2 ** 53 + 2, 2 ** 54, 2 ** 60, 1e20, 1e80, 1e81, 1e300, Number.MAX_VALUE];
  for (const alpha of ALPHAS) {
    it(`eluDerivativeF32 is 1 for x > 0 with alpha = ${alpha}`, () => {
      const out = eluDerivativeF32(new Float32Array(X.length), X, alpha);
      expect(same(out, new Float32Array(X.length).fill(1))).toEqual([]);
    });
    it(`eluBackwardF32 passes dy through unchanged (±Infinity, ±0 too) for x > 0 with alpha = ${alpha}`, () => {
      const dx = eluBackwardF32(new Float32Array(X.length), DY, X, alpha);
      expect(same(dx, DY)).toEqual([]);
    });
    it(`eluDerivative is 1 for x > 0 with alpha = ${alpha}`, () => {
      expect(same(Array.from(X, (x) => eluDerivative(x, alpha)), Array.from(X, () => 1))).toEqual([]);
    });
  }
  it('eluDerivativeF32 is 1 at x = 1 for 2000 alphas log-spaced from 1e-30 to 2**53 and just above', () => {
    const x = new Float32Array(2).fill(1);
    const bad: string[] = [];
    for (let k = 0; k <= 2000; k++) {
      const alpha = 1e-30 * (2 ** 53 / 1e-30) ** (k / 2000) * (k % 2 ? 1 : 1 + 2 ** -40);
      const out = eluDerivativeF32(new Float32Array(2), x, alpha);
      if (out[0] !== 1 || out[1] !== 1) bad.push(`alpha = ${alpha}: ${out[0]}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
