// maxout's kernels in rectified/simd (WebAssembly SIMD through src/simd/rows.ts, groups of
// `pieces` as rows): bit for bit the JavaScript kernels at group sizes 1–16 (groups of 4 take
// the vector path), with zeros of both signs, NaN and ties among the inputs; in place, on
// overlapping views and on allocF32 memory; and the JavaScript kernels' errors.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';
import { bits, gradients, inputs, type Kernel, outcome } from './simd-data.js';

const status = simd.initSync();
const F = (n: number) => new Float32Array(n);
const root = api as unknown as Record<string, Kernel>;
const fast = simd as unknown as Record<string, Kernel>;

it("initSync() makes the module ready, and simdKernels() lists maxout's three kernels", () => {
  expect(status).toBe('ready');
  for (const k of ['maxoutF32', 'maxoutDerivativeF32', 'maxoutBackwardF32']) expect(simd.simdKernels()).toContain(k);
});

describe('maxout (groups of pieces): bit for bit the JavaScript kernels', () => {
  const MAXOUT = ['maxoutF32', 'maxoutDerivativeF32', 'maxoutBackwardF32'];
  /** [out, x] or [dx, dy, x] for `groups` groups of `pieces`; zeros of both signs and NaN among x. */
  const args = (name: string, pieces: number, groups: number, seed: number): Float32Array[] => {
    const x = inputs(pieces * groups, seed);
    for (let i = 0; i < x.length; i += 7) x[i] = i % 14 === 0 ? -0 : 0;
    if (name === 'maxoutBackwardF32') return [F(x.length), gradients(groups, seed + 1), x];
    return [F(name === 'maxoutF32' ? groups : x.length), x];
  };
  const fresh = (a: Float32Array[]) => a.map((v, i) => (i === 0 ? F(v.length) : v));

  for (const name of MAXOUT) {
    it(`${name} at pieces 1, 2, 3, 4, 5, 8, 16 and 12–3000 groups, in place, overlapping and from allocF32`, () => {
      for (const pieces of [1, 2, 3, 4, 5, 8, 16]) {
        for (const groups of [12, 13, 100, 1025, 3000]) {
          const a = args(name, pieces, groups, pieces * 31 + groups);
          const want = bits(root[name]!(...fresh(a), pieces));
          expect(fast[name]!(...a, pieces)).toBe(a[0]);
          expect(bits(a[0]!), `pieces ${pieces}, ${groups} groups`).toEqual(want);
          const x = a[a.length - 1]!;
          if (name !== 'maxoutF32') {
            const b = fresh(a).map((v) => v.slice());
            b[0] = b[b.length - 1]!; // dx = x
            expect(bits(fast[name]!(...b, pieces)), 'in place').toEqual(want);
          }
          const buf = F(x.length + 1); // x one element after the start of out (or dx)
          buf.set(x, 1);
          const c = fresh(a);
          c[0] = buf.subarray(0, c[0]!.length);
          c[c.length - 1] = buf.subarray(1);
          expect(bits(fast[name]!(...c, pieces)), 'overlapping').toEqual(want);
        }
      }
      const a = args(name, 4, 500, 77);
      const live = a.map((v) => simd.allocF32(v.length)).map((h) => simd.refreshF32(h));
      live.forEach((h, i) => {
        h.set(a[i]!);
      });
      expect(bits(fast[name]!(...live, 4)), 'allocF32').toEqual(bits(root[name]!(...fresh(a), 4)));
      live.forEach((h) => {
        simd.freeF32(h);
      });
    });

    it(`${name}: bad pieces or lengths throw the JavaScript kernel's error`, () => {
      const a = args(name, 4, 100, 3);
      for (const pieces of [0, 3, -4, 4.5, NaN, '4', undefined, -0]) {
        expect(
          outcome(() => fast[name]!(...a, pieces)),
          String(pieces),
        ).toBe(outcome(() => root[name]!(...a, pieces)));
      }
      const wrong = [F(a[0]!.length + 1), ...a.slice(1)];
      expect(outcome(() => fast[name]!(...wrong, 4))).toBe(outcome(() => root[name]!(...wrong, 4)));
    });
  }
});
