// hardmax (ONNX Hardmax): the one-hot of each row's first maximum. The rule is argmax's as
// torch.argmax and numpy.argmax define it — the first index among equal maxima, and a NaN counts
// as the maximum (the first NaN wins) — checked here against an independent argmax written from
// that definition, with its special rows; its backward passes write +0. The kernel contract is in
// test/contract-suite-layouts.test.ts, the along-axis form in softmax-axis.test.ts.
import { describe, expect, it } from 'vitest';
import { hardmax, hardmaxBackward, hardmaxBackwardF32, hardmaxF32 } from '../../src/index.js';

/** numpy.argmax's index: the first NaN if any, else the first index whose value no other entry exceeds. */
function argmax(x: readonly number[]): number {
  const nan = x.findIndex((v) => Number.isNaN(v));
  if (nan >= 0) return nan;
  return x.findIndex((v) => x.every((w) => !(w > v)));
}
const oneHot = (n: number, k: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));

describe('hardmax', () => {
  it('is the one-hot of argmax (first maximum, first NaN) on seeded rows with ties, ±0, ±∞ and NaN', () => {
    const pool = [0, -0, 1, 1, -1, 2.5, Infinity, -Infinity, NaN, 1e-300, -7];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let t = 0; t < 400; t++) {
      const n = 1 + Math.floor(next() * 6);
      const x = Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]!);
      expect(hardmax(x), `hardmax(${x})`).toEqual(oneHot(n, argmax(x)));
      const x32 = Float32Array.from(x); // 1e-300 rounds to 0 in float32: the argmax of the rounded row
      expect(Array.from(hardmaxF32(new Float32Array(n), x32)), `hardmaxF32(${x})`).toEqual(oneHot(n, argmax(Array.from(x32))));
    }
  });

  it('states its rules: ties to the first, NaN wins, −∞ rows one-hot at 0, ±0 tie, empty row', () => {
    expect(hardmax([2, 5, 5])).toEqual([0, 1, 0]);
    expect(hardmax([1, NaN, Infinity, NaN])).toEqual([0, 1, 0, 0]);
    expect(hardmax([NaN, 3])).toEqual([1, 0]);
    expect(hardmax([-Infinity, -Infinity])).toEqual([1, 0]);
    expect(hardmax([-0, 0])).toEqual([1, 0]);
    expect(hardmax([0, -0])).toEqual([1, 0]);
    expect(hardmax([-Infinity, 3, Infinity])).toEqual([0, 0, 1]);
    expect(hardmax([])).toEqual([]);
  });

  it('writes 0 and 1 only (never −0), also in place', () => {
    const x = Float32Array.of(-0, -1, -0, -2);
    hardmaxF32(x, x, 2);
    expect(Array.from(x).map((v) => Object.is(v, -0))).toEqual([false, false, false, false]);
    expect(Array.from(x)).toEqual([1, 0, 1, 0]);
  });

  it('backward passes give +0 for every entry, whatever dy holds (NaN and ±∞ included)', () => {
    expect(hardmaxBackward([NaN, -Infinity, -0], [0, 1, 0]).map((v) => Object.is(v, 0))).toEqual([true, true, true]);
    const dx = hardmaxBackwardF32(new Float32Array(4).fill(9), Float32Array.of(NaN, Infinity, -0, -3), Float32Array.of(1, 0, 0, 1), 2);
    expect(Array.from(dx).map((v) => Object.is(v, 0))).toEqual([true, true, true, true]);
  });

  it('checks its arguments like the other row-wise functions', () => {
    expect(() => hardmax('ab' as unknown as number[])).toThrow(TypeError);
    expect(() => hardmaxBackward([1, 2], [1])).toThrow(
      new RangeError('dy and y must have the same length, got dy.length = 2 and y.length = 1'),
    );
    expect(() => hardmaxF32(new Float32Array(6), new Float32Array(6), 4)).toThrow(new RangeError('rowSize = 4 must divide the length 6'));
    expect(() => hardmaxBackwardF32(new Float32Array(6), new Float32Array(6), new Float32Array(6), 3, 4)).toThrow(
      new RangeError('innerSize = 4 must divide the length 6'),
    );
  });
});
