// snakeBeta (src/activations/snake-beta/snake-beta.ts) against the spot values of its manifest entry
// (scripts/manifest): x, f(x) and f′(x) from an independent high-precision computation (decimal.js),
// never from the code under test. Float64 forms within 4 ulp, Float32Array kernels within 1
// float32 ulp of the exact value rounded to float32, signed zeros and NaN exactly. The contract
// suite (test/contract-suite.test.ts) adds the array contract once the maths is written.
import { describe, expect, it } from 'vitest';
import { activation } from '../../scripts/manifest/index.js';
import { snakeBeta, snakeBetaBackwardF32, snakeBetaDerivative, snakeBetaDerivativeF32, snakeBetaF32 } from '../../src/index.js';
import { signedZeroMismatch, ulpDistance32, ulpDistance64 } from '../ulp.js';

const entry = activation('snakeBeta');
const cases = entry.fixtures.kind === 'spot' ? entry.fixtures.cases : [];
const near64 = (got: number, want: number): boolean => (Number.isNaN(want) ? Number.isNaN(got) : !signedZeroMismatch(got, want) && ulpDistance64(got, want) <= 4);
const near32 = (got: number, want: number): boolean => {
  const w = Math.fround(want);
  return Number.isNaN(w) ? Number.isNaN(got) : !signedZeroMismatch(got, w) && ulpDistance32(got, w) <= 1;
};

describe('snakeBeta', () => {
  it('has spot values in scripts/manifest (x, f(x), f′(x), from decimal.js)', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('snakeBeta(%s) = %s and snakeBetaDerivative = %s within 4 ulp', (x, f, df) => {
    expect(near64(snakeBeta(x), f), `snakeBeta(${x}) = ${snakeBeta(x)}`).toBe(true);
    expect(near64(snakeBetaDerivative(x), df), `snakeBetaDerivative(${x}) = ${snakeBetaDerivative(x)}`).toBe(true);
  });

  it('snakeBetaF32, snakeBetaDerivativeF32 and snakeBetaBackwardF32 (dy = 1) are within 1 float32 ulp of the spot values at float32 x', () => {
    const f32 = cases.filter(([x]) => Math.fround(x) === x || Number.isNaN(x));
    const x = Float32Array.from(f32.map(([v]) => v));
    const out = snakeBetaF32(new Float32Array(x.length), x);
    const slope = snakeBetaDerivativeF32(new Float32Array(x.length), x);
    const dx = snakeBetaBackwardF32(new Float32Array(x.length), new Float32Array(x.length).fill(1), x);
    const bad = f32.flatMap(([v, f, df], i) =>
      [near32(out[i], f), near32(slope[i], df), near32(dx[i], df)].every(Boolean) ? [] : [`x = ${v}: ${out[i]}, ${slope[i]}, ${dx[i]}`]);
    expect(f32.length, 'spot values at float32 inputs').toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
