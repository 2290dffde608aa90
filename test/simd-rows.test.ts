// The row-wise kernels rectified/simd runs with WebAssembly SIMD (softmax, logSoftmax, logSumExp
// and their backward passes): accuracy against decimal.js (the exact rows of
// test/catalog-softmax.helpers.ts, ≤ 1 float32 ulp), agreement with the JavaScript kernels at row
// sizes around the vector width and the 4096-element chunk (NaN, ±0 and ±Infinity exactly, else
// within 2 ulps of each other as each is within 1 of the exact value), special rows, aliasing
// (in place, partial overlaps, allocF32 memory) and the JavaScript kernels' errors.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';
import { exactDot, exactRow, exactSum, randomRows, toDecimal, ulpErr } from './helpers/softmax-exact.js';
import { bits, disagreements, fmt, gradients, inputs, type Kernel, outcome } from './simd-data.js';

const status = simd.initSync();
const F = (n: number) => new Float32Array(n);
const root = api as unknown as Record<string, Kernel>;
const fast = simd as unknown as Record<string, Kernel>;
const FORWARD = ['softmaxF32', 'logSoftmaxF32', 'logSumExpF32'];
const BACKWARD = ['softmaxBackwardF32', 'logSoftmaxBackwardF32', 'logSumExpBackwardF32'];
const reduces = (name: string) => name.startsWith('logSumExp');

/** Inputs of n = rows·size: random rows (catalog helpers), one in three rows from inputs() (specials). */
function rowsOf(size: number, rows: number, seed: number): Float32Array {
  const x = F(size * rows);
  const plain = randomRows(seed, rows, size, true);
  for (let r = 0; r < rows; r++) x.set(r % 3 === 2 ? inputs(size, seed + r) : plain[r]!, r * size);
  return x;
}

/** The arguments of kernel `name` for x: [out, x] or [dx, dy, y or x], y the forward output. */
function argsOf(name: string, x: Float32Array, size: number, seed: number): Float32Array[] {
  const n = x.length;
  const rows = size === 0 ? 0 : n / size;
  if (FORWARD.includes(name)) return [F(reduces(name) ? rows : n), x];
  const y = name === 'logSumExpBackwardF32' ? x : root[name.replace('Backward', '')]!(F(n), x, size);
  return [F(n), gradients(reduces(name) ? rows : n, seed), y];
}

it('initSync() makes the module ready, and simdKernels() lists the six row-wise kernels', () => {
  expect(status).toBe('ready');
  for (const k of [...FORWARD, ...BACKWARD]) expect(simd.simdKernels()).toContain(k);
});

describe('accuracy against decimal.js (exact inputs): ≤ 1 float32 ulp', () => {
  for (const n of [1, 2, 5, 13, 64, 100, 1000]) {
    const count = Math.max(4, Math.ceil(96 / n)); // ≥ 96 elements per call: the SIMD path
    const groups = n >= 1000 ? 1 : n >= 100 ? 3 : 6;
    it(`forward kernels and logSumExpBackwardF32, ${groups} × ${count} rows of ${n} per call`, { timeout: 60_000 }, () => {
      const rows = randomRows(300 + n, groups * count, n, true);
      let worst = 0;
      for (let r = 0; r + count <= rows.length; r += count) {
        const group = rows.slice(r, r + count);
        const x = Float32Array.from(group.flat());
        const dy = Float32Array.from({ length: count }, (_, j) => [1, -2, 0.5, 3][j % 4]!);
        const sm = fast.softmaxF32!(F(x.length), x, n);
        const ls = fast.logSoftmaxF32!(F(x.length), x, n);
        const lse = fast.logSumExpF32!(F(count), x, n);
        const lb = fast.logSumExpBackwardF32!(F(x.length), dy, x, n);
        group.forEach((row, j) => {
          const ex = exactRow(row);
          worst = Math.max(worst, ulpErr(lse[j]!, ex.logSumExp, 'f32'));
          row.forEach((_, i) => {
            const e = ex.logSoftmax[i];
            worst = Math.max(
              worst,
              ulpErr(sm[j * n + i]!, ex.softmax[i]!, 'f32'),
              ulpErr(lb[j * n + i]!, ex.softmax[i]!.times(dy[j]!), 'f32'),
            );
            worst = Math.max(worst, e === null ? (ls[j * n + i] === -Infinity ? 0 : Infinity) : ulpErr(ls[j * n + i]!, e, 'f32'));
          });
        });
      }
      expect(worst).toBeLessThanOrEqual(1);
    });
  }

  for (const n of [9, 100, 1000]) {
    it(`softmaxBackwardF32 and logSoftmaxBackwardF32 from the outputs, rows of ${n}`, { timeout: 60_000 }, () => {
      let worst = 0;
      const count = Math.max(1, Math.ceil(96 / n));
      for (const [k, x] of randomRows(7 + n, n >= 1000 ? 3 : n >= 100 ? 6 : 12, n, true).entries()) {
        const xf = Float32Array.from(Array.from({ length: count }, () => x).flat());
        const dy = Float32Array.from({ length: xf.length }, (_, i) => (i % 2 ? 1 : -1) * Math.fround(Math.sin(i + k) / 7));
        const y = api.softmaxF32(F(xf.length), xf, n);
        const ly = api.logSoftmaxF32(F(xf.length), xf, n);
        const ds = fast.softmaxBackwardF32!(F(xf.length), dy, y, n);
        const dl = fast.logSoftmaxBackwardF32!(F(xf.length), dy, ly, n);
        for (let r = 0; r < count; r++) {
          const [g, yr, lyr] = [dy.subarray(r * n, r * n + n), y.subarray(r * n, r * n + n), ly.subarray(r * n, r * n + n)];
          const dot = exactDot(g, yr);
          const sum = exactSum(g);
          for (let i = 0; i < n; i++) {
            worst = Math.max(worst, ulpErr(ds[r * n + i]!, toDecimal(yr[i]!).times(toDecimal(g[i]!).minus(dot)), 'f32'));
            if (lyr[i] !== -Infinity)
              worst = Math.max(worst, ulpErr(dl[r * n + i]!, toDecimal(g[i]!).minus(toDecimal(lyr[i]!).exp().times(sum)), 'f32'));
          }
        }
      }
      expect(worst).toBeLessThanOrEqual(1);
    });
  }

  // Here the float32 contract is out of reach for float64 arithmetic too (the JavaScript kernel is
  // 70 ulp off on these rows): what is checked is float64-level error of the terms, ≤ 2⁻⁴⁰ of
  // |dy₀| + |e^{y₀}·Σdy| (an e^y to 2⁻³² alone, uncorrected, is 10⁶ ulp off), else ≤ 1 ulp.
  it('logSoftmaxBackwardF32 where dy − e^y·Σdy cancels (both branches: y above and below −ln2)', () => {
    const n = 64;
    const x = Float32Array.from({ length: 8 * n }, (_, i) => (i % (2 * n) === 0 ? 8 : Math.sin(i) / 2));
    const y = api.logSoftmaxF32(F(x.length), x, n);
    const dy = Float32Array.from({ length: x.length }, (_, i) => Math.fround(Math.cos(i) / 3));
    for (let r = 0; r < 8; r++) {
      let rest = 0;
      for (let i = 1; i < n; i++) rest += dy[r * n + i]!;
      const e = Math.exp(y[r * n]!);
      dy[r * n] = Math.fround((e * rest) / (1 - e)); // dy₀ ≈ e^{y₀}·(dy₀ + rest): dx₀ cancels
    }
    const dx = fast.logSoftmaxBackwardF32!(F(x.length), dy, y, n);
    let worst = 0;
    for (let r = 0; r < 8; r++) {
      const g = dy.subarray(r * n, r * n + n);
      const term = toDecimal(y[r * n]!)
        .exp()
        .times(exactSum(g));
      const exact = toDecimal(g[0]!).minus(term);
      const terms = Math.abs(g[0]!) + Math.abs(term.toNumber());
      const abs = toDecimal(dx[r * n]!)
        .minus(exact)
        .abs()
        .toNumber();
      worst = Math.max(worst, Math.min(ulpErr(dx[r * n]!, exact, 'f32'), abs / (terms * 2 ** -40)));
    }
    expect(y[0]).toBeGreaterThan(-Math.LN2);
    expect(y[n]).toBeLessThan(-Math.LN2);
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('logSumExpF32 where m + log1p(s) cancels: rows [m, m − d] with m ≈ −log1p(e^{−d})', () => {
    const rows = Array.from({ length: 24 }, (_, i) => {
      const m = Math.fround(-Math.log1p(Math.exp(-(0.5 + i / 10))));
      return [m, Math.fround(m - (0.5 + i / 10))];
    });
    const got = fast.logSumExpF32!(F(24), Float32Array.from(rows.flat()), 2);
    rows.forEach((row, i) => {
      expect(ulpErr(got[i]!, exactRow(row).logSumExp, 'f32'), String(row)).toBeLessThanOrEqual(1);
    });
  });
});

describe('against the JavaScript kernels', () => {
  const SHAPES: [number, number][] = [
    [1, 48],
    [1, 5000],
    [2, 24],
    [3, 100],
    [4, 12],
    [5, 10],
    [7, 9],
    [8, 50],
    [17, 30],
    [48, 1],
    [64, 64],
    [100, 41],
    [1000, 5],
    [1365, 4],
    [2048, 2],
    [4095, 2],
    [4096, 3],
    [4097, 2],
    [9000, 1],
    [12, 1000],
  ];
  for (const name of [...FORWARD, ...BACKWARD]) {
    it(`${name} at rowSize × rows = ${SHAPES.map(([s, r]) => `${s}×${r}`).join(', ')}`, () => {
      for (const [size, rows] of SHAPES) {
        const x = rowsOf(size, rows, size + rows);
        const args = argsOf(name, x, size, size);
        const want = root[name]!(...args.map((a, i) => (i === 0 ? F(a.length) : a)), size);
        const got = fast[name]!(...args, size);
        const bad = disagreements(got, want, false, x);
        expect(bad.slice(0, 6), `${size}×${rows}: ${bad.length} differ`).toEqual([]);
      }
    });
  }

  it('special rows: NaN, +∞, only −∞, −∞ entries, ±0 ties, a max whose others underflow (Object.is)', () => {
    const specials = [
      [NaN, 1, 2, 3],
      [1, Infinity, 2, -Infinity],
      [-Infinity, -Infinity, -Infinity, -Infinity],
      [0, -Infinity, -Infinity, -Infinity],
      [-0, 0, -0, 0],
      [-0, -Infinity, -Infinity, -Infinity],
      [0, -200, -3e38, -Infinity],
      [Infinity, NaN, 0, 0],
      [3e38, -3e38, 3e38, 1],
      [-Infinity, 5, -Infinity, 5],
      [1e-45, -1e-45, 0, -0],
    ];
    const x = Float32Array.from(Array.from({ length: 6 }, () => specials.flat()).flat()); // 264 elements, rows of 4
    for (const name of [...FORWARD, ...BACKWARD]) {
      const args = argsOf(name, x, 4, 9);
      if (args.length === 3) args[1]!.set(Array.from({ length: args[1]!.length }, (_, i) => [1, -0, Infinity, 0.5, NaN, -2][i % 6]!));
      const want = root[name]!(...args.map((a, i) => (i === 0 ? F(a.length) : a)), 4);
      const got = fast[name]!(...args, 4);
      expect(Array.from(got, fmt), name).toEqual(Array.from(want, fmt));
    }
  });
});

describe('arrays', () => {
  for (const name of [...FORWARD, ...BACKWARD]) {
    it(`${name}: returns its output, leaves the inputs untouched, works in place and on partial overlaps (rows of 3, 100, 5000)`, () => {
      for (const [size, rows] of [
        [3, 700],
        [100, 50],
        [5000, 2],
      ] as const) {
        const x = rowsOf(size, rows, 11);
        const args = argsOf(name, x, size, 12);
        const before = args.slice(1).map(bits);
        const fresh = fast[name]!(...args, size);
        expect(fresh).toBe(args[0]);
        expect(args.slice(1).map(bits)).toEqual(before);
        const n = x.length;
        // in place: out = x; dx = dy (not for logSumExp, whose dy is shorter) and dx = x or y
        for (const k of reduces(name) ? (args.length === 3 ? [2] : []) : args.length === 3 ? [1, 2] : [1]) {
          const a = args.map((v) => v.slice());
          a[0] = a[k]!;
          expect(bits(fast[name]!(...a, size)), `aliasing argument ${k}`).toEqual(bits(fresh));
        }
        // partial overlap, one element apart both ways, with the argument of the same length as out
        for (const k of args.length === 3 && !reduces(name) ? [1, 2] : args.length === 3 ? [2] : reduces(name) ? [] : [1]) {
          for (const [inAt, outAt] of [
            [0, 1],
            [1, 0],
          ] as const) {
            const buf = F(n + 1);
            const a = args.map((v) => v.slice());
            a[0] = buf.subarray(outAt, outAt + n);
            a[k] = buf.subarray(inAt, inAt + n);
            a[k].set(args[k]!);
            expect(bits(fast[name]!(...a, size)), `argument ${k} at ${inAt}, out at ${outAt}`).toEqual(bits(fresh));
          }
        }
      }
    });
  }

  it('logSumExpF32 with out overlapping x, and logSumExpBackwardF32 with dy overlapping dx, read the inputs first', () => {
    const x = rowsOf(50, 20, 3);
    const want = fast.logSumExpF32!(F(20), x, 50);
    const buf = F(1000);
    buf.set(x);
    expect(bits(fast.logSumExpF32!(buf.subarray(10, 30), buf, 50))).toEqual(bits(want));
    const dy = gradients(20, 4);
    const wantB = fast.logSumExpBackwardF32!(F(1000), dy, x, 50);
    const b2 = F(1000);
    b2.set(dy, 500);
    expect(bits(fast.logSumExpBackwardF32!(b2, b2.subarray(500, 520), x, 50))).toEqual(bits(wantB));
  });

  it('arrays from allocF32: computed in place, any row length (rows of 6000, which copying arrays run in JavaScript)', () => {
    for (const name of [...FORWARD, ...BACKWARD]) {
      for (const [size, rows] of [
        [6000, 2],
        [10, 30],
      ] as const) {
        const x = rowsOf(size, rows, 21);
        const args = argsOf(name, x, size, 22);
        const copied = fast[name]!(...args.map((a, i) => (i === 0 ? F(a.length) : a)), size);
        const js = root[name]!(...args.map((a, i) => (i === 0 ? F(a.length) : a)), size);
        const heap = args.map((a) => simd.allocF32(a.length));
        const live = heap.map((h) => simd.refreshF32(h));
        live.forEach((h, i) => {
          h.set(args[i]!);
        });
        expect(fast[name]!(...live, size)).toBe(live[0]);
        if (size < 4096) expect(bits(live[0]!), `${name} ${size}×${rows}`).toEqual(bits(copied));
        expect(bits(copied), 'the copying path runs the JavaScript kernel').toEqual(size < 4096 ? bits(copied) : bits(js));
        const bad = disagreements(live[0]!, js, false, x);
        expect(bad.slice(0, 6), `${name} ${size}×${rows}: ${bad.length} differ`).toEqual([]);
        live.forEach((h) => {
          simd.freeF32(h);
        });
      }
    }
  });
});

describe('errors', () => {
  for (const name of [...FORWARD, ...BACKWARD]) {
    it(`${name}: bad rowSize or lengths throw the JavaScript kernel's error type and message`, () => {
      const x = rowsOf(10, 30, 5);
      const args = argsOf(name, x, 10, 6);
      for (const rowSize of [0, -10, 7, 10.5, NaN, '10', null, Infinity, -0, 301]) {
        expect(
          outcome(() => fast[name]!(...args, rowSize)),
          String(rowSize),
        ).toBe(outcome(() => root[name]!(...args, rowSize)));
      }
      const wrong = args.map((a, i) => (i === 0 ? F(a.length + 1) : a));
      const o = outcome(() => fast[name]!(...wrong, 10));
      expect(o).toBe(outcome(() => root[name]!(...wrong, 10)));
      expect(o).toMatch(/^threw RangeError: /);
      expect(outcome(() => fast[name]!(...args.slice(0, -1), Array.from(x), 10))).toBe(
        outcome(() => root[name]!(...args.slice(0, -1), Array.from(x), 10)),
      );
      // one row of all 300 (rowSize omitted), where the lengths allow it
      if (!reduces(name)) {
        const bad = disagreements(fast[name]!(...args), root[name]!(...args.map((v, i) => (i === 0 ? F(v.length) : v))), false, x);
        expect(bad.slice(0, 6), `${bad.length} differ`).toEqual([]);
      }
    });
  }
});
