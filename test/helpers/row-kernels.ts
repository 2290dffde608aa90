// The Float32Array contract of the row-wise kernels (softmax, logSoftmax, logSumExp and their
// backward passes) on one 3 × 3 input with a −∞ entry: out returned, inputs untouched, in place,
// overlapping views, empty arrays and bad arguments. Each activation's file lists its kernels.
import { describe, expect, it } from 'vitest';
import { softmaxF32 } from '../../src/index.js';

/** Object.is on every entry, and the same length. */
export const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).every((v, i) => Object.is(v, b[i])) && a.length === b.length;
export const f32 = (...v: number[]) => Float32Array.from(v);

export type Kernel = (out: Float32Array, a: Float32Array, b: Float32Array) => Float32Array;
/** [name, kernel on (out, x or dy, y) with rowSize 3, out.length from the input length]. */
export type KernelEntry = [string, Kernel, (n: number) => number];
export const X = f32(0.5, -1, 2, -Infinity, 3, 0, 1e-3, -0.25, 7);
export const Y = softmaxF32(new Float32Array(9), X, 3);

export function rowKernelContractTests(kernels: KernelEntry[]): void {
  describe('Float32Array contract', () => {
    const x = X,
      y = Y;
    for (const [name, k, outLength] of kernels) {
      it(`${name} returns out, leaves inputs untouched, and works in place and on overlapping views`, () => {
        const [a, b] = [x.slice(), y.slice()];
        const out = new Float32Array(outLength(9));
        expect(k(out, a, b)).toBe(out);
        expect(same(a, x) && same(b, y)).toBe(true);
        if (outLength(9) !== 9) return;
        for (const [i, alias] of [
          [0, a],
          [1, b],
        ] as const) {
          const c = alias.slice();
          const args: [Float32Array, Float32Array] = i === 0 ? [c, b] : [a, c];
          expect(same(k(c, ...args), out), `${name} in place on argument ${i + 1}`).toBe(true);
          const buf = new Float32Array(10);
          buf.set(alias);
          const view = buf.subarray(0, 9);
          const shifted = buf.subarray(1);
          expect(same(k(shifted, ...((i === 0 ? [view, b] : [a, view]) as [Float32Array, Float32Array])), out)).toBe(true);
        }
      });
      it(`${name} accepts empty arrays and throws TypeError/RangeError naming the values`, () => {
        const e = new Float32Array(0);
        expect(k(e, e, e)).toBe(e);
        expect(() => k(new Float64Array(9) as unknown as Float32Array, x, y)).toThrow(TypeError);
        expect(() => k(new Float32Array(outLength(9)), [1, 2, 3] as unknown as Float32Array, y)).toThrow(TypeError);
        expect(() => k(new Float32Array(outLength(9) + 3), x, y)).toThrow(/length/);
      });
    }
  });
}
