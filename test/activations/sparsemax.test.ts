// sparsemax: the projection onto the simplex. References are exact projections in decimal.js
// (test/helpers/sparsemax-exact.ts, written from the definition, never from the library), the
// properties come from the mathematics, and the along-axis kernels are compared bit for bit with
// transposing the axis last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax, sparsemax, sparsemaxBackward, sparsemaxBackwardF32, sparsemaxF32 } from '../../src/index.js';
import { ulpErr } from '../helpers/softmax-exact.js';
import { exactSparsemax, exactSparsemaxBackward, sparsemaxRows } from '../helpers/sparsemax-exact.js';
import { fromLastAxis, toLastAxis } from '../helpers/transpose.js';

const F64_ROWS = sparsemaxRows(7, 60, false);
const F32_ROWS = sparsemaxRows(8, 60, true);

describe('sparsemax (float64) against the exact projection', () => {
  it.each(F64_ROWS.map((x, i) => [i, x.length, x] as const))('row %i (n = %i) within 4 ulp, zeros exact', (_, __, x) => {
    const exact = exactSparsemax(x);
    const got = sparsemax(x);
    const bad = got.flatMap((v, i) =>
      exact[i].isZero() ? (Object.is(v, 0) ? [] : [`y[${i}] = ${v}, want +0`]) : ulpErr(v, exact[i], 'f64') <= 4 ? [] : [`y[${i}] = ${v}`],
    );
    expect(bad).toEqual([]);
  });

  it.each(F64_ROWS.map((x, i) => [i, x] as const))('sparsemaxBackward row %i within 4 ulp of the exact VJP at the rounded y', (i, x) => {
    const y = sparsemax(x);
    const dy = x.map((_, j) => Math.sin(7 * j + i) * 3);
    const exact = exactSparsemaxBackward(dy, y);
    const got = sparsemaxBackward(dy, y);
    const bad = got.flatMap((v, j) =>
      exact[j].isZero() ? (v === 0 ? [] : [`dx[${j}] = ${v}`]) : ulpErr(v, exact[j], 'f64') <= 4 ? [] : [`dx[${j}] = ${v}`],
    );
    expect(bad).toEqual([]);
  });
});

describe('sparsemaxF32 and sparsemaxBackwardF32 against the exact projection', () => {
  const lengths = [...new Set(F32_ROWS.map((r) => r.length))];
  it.each(lengths)('rows of %i: within 1 float32 ulp, zeros exact', (n) => {
    const rows = F32_ROWS.filter((r) => r.length === n);
    const x = Float32Array.from(rows.flat());
    const y = sparsemaxF32(new Float32Array(x.length), x, n);
    const dy = x.map((_, j) => Math.fround(Math.cos(3 * j) * 2));
    const dx = sparsemaxBackwardF32(new Float32Array(x.length), dy, y, n);
    const bad: string[] = [];
    rows.forEach((row, r) => {
      const exact = exactSparsemax(row);
      const back = exactSparsemaxBackward(Array.from(dy.subarray(r * n, r * n + n)), Array.from(y.subarray(r * n, r * n + n)));
      for (let j = 0; j < n; j++) {
        const k = r * n + j;
        const okY = exact[j].isZero() ? Object.is(y[k], 0) : ulpErr(y[k], exact[j], 'f32') <= 1;
        const okDx = back[j].isZero() ? dx[k] === 0 : ulpErr(dx[k], back[j], 'f32') <= 1;
        if (!okY || !okDx) bad.push(`row ${r}, j = ${j}: y ${y[k]}, dx ${dx[k]}`);
      }
    });
    expect(bad).toEqual([]);
  });
});

describe('sparsemax special rows', () => {
  it('NaN or +Infinity anywhere, or only −Infinity: all NaN; −Infinity entries get +0', () => {
    expect(sparsemax([1, NaN, 2]).every(Number.isNaN)).toBe(true);
    expect(sparsemax([1, Infinity, 2]).every(Number.isNaN)).toBe(true);
    expect(sparsemax([-Infinity, -Infinity]).every(Number.isNaN)).toBe(true);
    expect(sparsemax([0.5, -Infinity, 0.25])).toEqual([0.625, 0, 0.375]);
    expect(Object.is(sparsemax([3, -Infinity])[1], 0)).toBe(true);
    const out = sparsemaxF32(new Float32Array(6), Float32Array.of(1, NaN, -Infinity, -Infinity, 0, -Infinity), 2);
    expect([...out]).toEqual([NaN, NaN, NaN, NaN, 1, 0]);
  });
  it('one entry gives [1]; an empty row gives []; ties share equally', () => {
    expect(sparsemax([-7])).toEqual([1]);
    expect(sparsemax([])).toEqual([]);
    expect(sparsemax([2, 2, -5])).toEqual([0.5, 0.5, 0]);
  });
  it('the backward of a NaN row is NaN; off-support entries are +0 whatever dy holds', () => {
    expect(sparsemaxBackward([1, 2], [NaN, NaN]).every(Number.isNaN)).toBe(true);
    expect(sparsemaxBackward([1, NaN, 3], [0.5, 0, 0.5])).toEqual([-1, 0, 1]);
  });
  it('throws for bad arguments with the value in the message', () => {
    expect(() => sparsemax(5 as unknown as number[])).toThrow(TypeError);
    expect(() => sparsemaxBackward([1], [0.5, 0.5])).toThrow(
      new RangeError('dy and y must have the same length, got dy.length = 1 and y.length = 2'),
    );
    expect(() => sparsemaxF32(new Float32Array(6), new Float32Array(6), 4)).toThrow(new RangeError('rowSize = 4 must divide the length 6'));
    expect(() => sparsemaxF32(new Float32Array(6), new Float32Array(6), 3, 4)).toThrow(RangeError);
    expect(() => sparsemaxBackwardF32(new Float32Array(6), new Float32Array(6), new Float32Array(6), 3, 0)).toThrow(
      new RangeError('innerSize must be a positive integer, got number 0'),
    );
  });
});

const row = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 40 });

describe('sparsemax properties', () => {
  it('outputs are ≥ 0 (never −0) and sum to 1 up to the rounding of n terms', () => {
    fc.assert(
      fc.property(row, (x) => {
        const y = sparsemax(x);
        const sum = y.reduce((a, v) => a + v, 0);
        return y.every((v) => v > 0 || Object.is(v, 0)) && Math.abs(sum - 1) <= 2 * x.length * 2 ** -52;
      }),
    );
  });
  it('a dominant entry (ahead of the rest by ≥ 2, so by ≥ 1 after rounding) gives the one-hot of softmax’s argmax', () => {
    fc.assert(
      fc.property(row, fc.nat(), (x, at) => {
        const k = at % x.length;
        const z = x.map((v, i) => (i === k ? Math.max(...x) + 2 + Math.abs(v) : v));
        const s = softmax(z);
        const arg = s.indexOf(Math.max(...s));
        return sparsemax(z).every((v, i) => v === (i === arg ? 1 : 0));
      }),
    );
  });
  it('adding a constant to a row changes nothing (dyadic rows, where x + c is exact)', () => {
    const dyadic = fc.array(fc.integer({ min: -4096, max: 4096 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(dyadic, fc.integer({ min: -1000, max: 1000 }), (q, c) => {
        const x = q.map((v) => v / 1024);
        const y = sparsemax(x);
        const shifted = sparsemax(x.map((v) => v + c));
        return shifted.every((v, i) => Math.abs(v - y[i]) <= 2 ** -40);
      }),
    );
  });
  it('the support is where x exceeds τ, and sparsemaxBackward sums to 0 over it', () => {
    fc.assert(
      fc.property(row, (x) => {
        const y = sparsemax(x);
        const dy = x.map((v) => Math.cos(v));
        const dx = sparsemaxBackward(dy, y);
        const support = dx.filter((_, i) => y[i] > 0);
        const scale = dy.reduce((a, v) => a + Math.abs(v), 0);
        return Math.abs(support.reduce((a, v) => a + v, 0)) <= 4 * x.length * 2 ** -52 * scale;
      }),
    );
  });
});

describe('sparsemax along any axis equals the transpose route bit for bit', () => {
  const shape = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 7 }));
  it('forward and backward, random [outer, axis, inner] shapes', () => {
    fc.assert(
      fc.property(shape, fc.integer(), ([outer, size, inner], seed) => {
        const n = outer * size * inner;
        const x = Float32Array.from({ length: n }, (_, i) => Math.fround(Math.sin(seed + i * 1.7) * 3));
        const dy = Float32Array.from({ length: n }, (_, i) => Math.fround(Math.cos(seed - i) * 2));
        const y = sparsemaxF32(new Float32Array(n), x, size, inner);
        const dx = sparsemaxBackwardF32(new Float32Array(n), dy, y, size, inner);
        const t = (a: Float32Array) => toLastAxis(a, outer, size, inner);
        const yT = fromLastAxis(sparsemaxF32(new Float32Array(n), t(x), size), outer, size, inner);
        const dxT = fromLastAxis(sparsemaxBackwardF32(new Float32Array(n), t(dy), t(y), size), outer, size, inner);
        return y.every((v, i) => Object.is(v, yT[i])) && dx.every((v, i) => Object.is(v, dxT[i]));
      }),
    );
  });
  it('in place (out = x, dx = dy) gives the same as separate arrays', () => {
    const x = Float32Array.from({ length: 24 }, (_, i) => Math.fround(Math.sin(i) * 2));
    const want = sparsemaxF32(new Float32Array(24), x, 3, 4);
    const inPlace = Float32Array.from(x);
    expect(sparsemaxF32(inPlace, inPlace, 3, 4)).toEqual(want);
  });
});
