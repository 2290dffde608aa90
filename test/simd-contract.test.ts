// The array contract for every kernel rectified/simd runs with WebAssembly SIMD (after
// initSync()), against the JavaScript kernel of the root: equal results at lengths around the
// vector width (4), the short-array threshold and the scratch chunk (4096), bit for bit for the
// piecewise-linear families (others: NaN, ±0, ±Infinity exactly, within 2 float32 ulps of each
// other, as each is within 1 of the exact value); returns out; leaves the inputs untouched; works
// in place and on partially overlapping views; accepts empty arrays; and any bad argument gives
// the JavaScript kernel's error type and message. Kernels without a SIMD form are the JavaScript
// functions themselves (test/simd-exports.test.ts); the row-wise ones have test/simd-rows.test.ts.
import { describe, expect, it } from 'vitest';
import { ROWWISE } from '../scripts/simd-kernels.mjs';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';
import { bits, disagreements, EXACT, familyOf, gradients, inputs, type Kernel, outcome, paramSets, show } from './simd-data.js';

const status = simd.initSync();
const SIZES = [0, 1, 3, 4, 5, 15, 16, 17, 47, 48, 49, 63, 64, 65, 4095, 4096, 4097, 10000];
const rootFn = (name: string) => (api as unknown as Record<string, Kernel>)[name]!;
const simdFn = (name: string) => (simd as unknown as Record<string, Kernel>)[name]!;
const F = (n: number) => new Float32Array(n);

it('initSync() makes the module ready here (Node has WebAssembly SIMD)', () => {
  expect(status).toBe('ready');
  expect(simd.simdStatus()).toBe('ready');
});

/** Arguments that the kernels must reject, or take, exactly as the JavaScript kernels do. */
const ODD_PARAMS: unknown[][] = [
  [NaN],
  [Infinity],
  [-1],
  [2],
  ['1'],
  [null],
  [-0],
  [1.5, 7],
  [0.1, 0],
  [0.1, NaN],
  [undefined, NaN],
  [NaN, NaN],
  [0, -0],
  [1, 2, 3],
  [F(3).fill(0.5)],
  [0.1, 1, F(1)],
  [0.1, 1, F(2)],
  [-Infinity, 1],
];

for (const name of simd.simdKernels().filter((k) => !Object.hasOwn(ROWWISE, familyOf(k)))) {
  const backward = name.endsWith('BackwardF32');
  const exact = EXACT.has(familyOf(name));
  const js = rootFn(name);
  const run = simdFn(name);
  /** The kernel over fresh copies of x (and dy): [result, x, dy]. */
  const call = (f: Kernel, n: number, p: unknown[], seed = n + 7): Float32Array => {
    const x = inputs(n, seed);
    return backward ? f(F(n), gradients(n, seed + 1), x, ...p) : f(F(n), x, ...p);
  };

  describe(name, () => {
    for (const p of paramSets(name)) {
      const label = backward ? `${name}(dx, dy, x${show(p)})` : `${name}(out, x${show(p)})`;

      it(`${label} equals the JavaScript kernel${exact ? ' bit for bit' : ''} at n = ${SIZES.join(', ')}`, () => {
        for (const n of SIZES) {
          const x = inputs(n, n + 7);
          let want: Float32Array;
          try {
            want = call(js, n, p);
          } catch {
            expect(
              outcome(() => call(run, n, p)),
              `n = ${n}`,
            ).toBe(outcome(() => call(js, n, p)));
            continue;
          }
          const bad = disagreements(call(run, n, p), want, exact, x);
          expect(bad.slice(0, 6), `n = ${n}: ${bad.length} of ${n} differ`).toEqual([]);
        }
      });

      it(`${label} returns exactly its output array and leaves the inputs bitwise untouched (n = 300, 10000)`, () => {
        for (const n of [300, 10000]) {
          const x = inputs(n);
          const dy = gradients(n);
          const before = [bits(x), bits(dy)];
          const out = F(n);
          expect(backward ? run(out, dy, x, ...p) : run(out, x, ...p)).toBe(out);
          expect([bits(x), bits(dy)]).toEqual(before);
        }
      });

      it(`${label} in place (${backward ? 'dx = dy, dx = x' : 'out = x'}) equals the result into a fresh array (n = 100, 4100, 10000)`, () => {
        for (const n of [100, 4100, 10000]) {
          const fresh = bits(call(run, n, p, 3));
          if (backward) {
            const dy = gradients(n, 4);
            expect(bits(run(dy, dy, inputs(n, 3), ...p))).toEqual(fresh);
            const x = inputs(n, 3);
            expect(bits(run(x, gradients(n, 4), x, ...p))).toEqual(fresh);
          } else {
            const x = inputs(n, 3);
            expect(run(x, x, ...p)).toBe(x);
            expect(bits(x)).toEqual(fresh);
          }
        }
      });

      it(`${label} on partially overlapping views (one element apart, both ways) equals the non-overlapping result (n = 1000, 4100, 10000)`, () => {
        for (const n of [1000, 4100, 10000]) {
          const fresh = bits(call(run, n, p, 5));
          for (const [inAt, outAt] of [
            [0, 1],
            [1, 0],
          ] as const) {
            const buf = F(n + 1);
            const out = buf.subarray(outAt, outAt + n);
            const view = buf.subarray(inAt, inAt + n);
            if (!backward) {
              view.set(inputs(n, 5));
              expect(run(out, view, ...p)).toBe(out);
              expect(bits(out), `x at ${inAt}, out at ${outAt}`).toEqual(fresh);
              continue;
            }
            view.set(gradients(n, 6)); // dx overlapping dy
            expect(run(out, view, inputs(n, 5), ...p)).toBe(out);
            expect(bits(out), `dy at ${inAt}, dx at ${outAt}`).toEqual(fresh);
            const buf2 = F(n + 1);
            const dx = buf2.subarray(outAt, outAt + n);
            buf2.subarray(inAt, inAt + n).set(inputs(n, 5)); // dx overlapping x
            expect(run(dx, gradients(n, 6), buf2.subarray(inAt, inAt + n), ...p)).toBe(dx);
            expect(bits(dx), `x at ${inAt}, dx at ${outAt}`).toEqual(fresh);
          }
        }
      });
    }

    it(`${name} on empty arrays returns its output array`, () => {
      const p = paramSets(name)[0]!;
      const out = F(0);
      expect(backward ? run(out, F(0), F(0), ...p) : run(out, F(0), ...p)).toBe(out);
    });

    it(`${name} with bad or unusual parameters throws what the JavaScript kernel throws, or returns what it returns${exact ? ' bit for bit' : ' (to 2 ulps)'} (n = 300)`, () => {
      for (const p of ODD_PARAMS) {
        let want: Float32Array;
        try {
          want = call(js, 300, p);
        } catch {
          expect(
            outcome(() => call(run, 300, p)),
            show(p),
          ).toBe(outcome(() => call(js, 300, p)));
          continue;
        }
        const bad = disagreements(call(run, 300, p), want, exact, inputs(300, 307));
        expect(bad.slice(0, 6), `${show(p)}: ${bad.length} of 300 differ`).toEqual([]);
      }
    });

    it(`${name} with arrays of the wrong type or length throws the JavaScript kernel's error type and message`, () => {
      const p = paramSets(name)[0]!;
      const bad: unknown[][] = backward
        ? [
            [new Float64Array(300), F(300), F(300)],
            [F(300), null, F(300)],
            [F(300), F(300), [1, 2]],
            [F(300), F(299), F(300)],
            [F(299), F(300), F(300)],
            [F(300), F(300), F(301)],
            [F(300), 'abc', F(300)],
          ]
        : [
            [new Float64Array(300), F(300)],
            [F(300), null],
            [F(300), Array.from(F(300))],
            [F(299), F(300)],
            [F(300), F(7)],
            [undefined, F(300)],
          ];
      for (const args of bad) {
        const o = outcome(() => run(...args, ...p));
        expect(o, args.map((a) => (a as { constructor?: { name: string } })?.constructor?.name).join()).toBe(
          outcome(() => js(...args, ...p)),
        );
        expect(o).toMatch(/^threw (TypeError|RangeError): /);
      }
    });
  });
}
