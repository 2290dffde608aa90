// The accuracy contract (test/contract.ts: every Float32Array kernel within 1 float32 ulp of the
// exact value, NaN, ±Infinity and signed zeros exact) for the kernels rectified/simd runs with
// WebAssembly SIMD, over the float32 part of the dense fixtures test/fixtures/accuracy/*.json: the
// measurement of test/accuracy-report.ts (measureAll) with the SIMD kernels swapped in. Every
// fixture has ≥ 1000 points, so the kernels run in WebAssembly (above the short-array threshold).
// The row-wise kernels (softmax, logSoftmax, logSumExp) are measured in test/simd-rows.test.ts.
import { describe, expect, it } from 'vitest';
import { ROWWISE } from '../scripts/simd-kernels.mjs';
import * as simd from '../src/simd/index.js';
import { loadFixtures, measureAll } from './accuracy-report.js';
import { F32_ULP } from './contract.js';

const status = simd.initSync();
const kernels = simd.simdKernels().filter((k) => !Object.hasOwn(ROWWISE, k.replace(/(Derivative|Backward)?F32$/, '')));
const family = (name: string) => name.replace(/Derivative$/, '');
// The fixtures whose Float32Array kernel, or backward pass (derivative fixtures), is a SIMD one.
const fixtures = loadFixtures().filter(
  (c) =>
    c.f32.x.length > 0 &&
    (kernels.includes(`${c.name}F32`) || (c.name.endsWith('Derivative') && kernels.includes(`${family(c.name)}BackwardF32`))),
);
const measures =
  status === 'ready'
    ? measureAll(fixtures, { gated: [], rows: null }, simd as unknown as Record<string, unknown>).filter((m) => m.precision === 'float32')
    : [];

describe('rectified/simd kernels against the accuracy fixtures (float32)', () => {
  it('cover every SIMD kernel: a forward and a derivative fixture for each family, ≥ 1000 points each', () => {
    expect(status).toBe('ready');
    const names = new Set(fixtures.map((c) => c.name));
    for (const k of kernels) {
      const f = k.replace(/(Derivative|Backward)?F32$/, '');
      expect(names, k).toContain(k.includes('Derivative') || k.includes('Backward') ? `${f}Derivative` : f);
    }
    for (const c of fixtures) expect(c.f32.x.length, c.name).toBeGreaterThanOrEqual(1000);
  });

  for (const m of measures) {
    it(`${m.call}, ${m.kind}, ${m.n} points: max ${m.max.toFixed(3)} ulp ≤ ${F32_ULP}`, () => {
      expect(m.failures.slice(0, 25), `${m.failures.length} failures`).toEqual([]);
      expect(m.max).toBeLessThanOrEqual(F32_ULP);
    });
  }
});
