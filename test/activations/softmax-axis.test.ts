// The row-wise kernels along any axis (innerSize > 1: rows along the middle axis of a C-contiguous
// [outer, rowSize, inner] array) against the transpose route — move the axis to the end, run the
// innerSize = 1 kernel, move it back — bit for bit (every NaN counts as one: see bitsOf), forward
// and backward, for softmax, logSoftmax, logSumExp, softmin and hardmax, on seeded random shapes (blocks of 1024 rows
// crossed too) with NaN, ±Infinity, ±0, ties and the float32 extremes mixed in. Also in place,
// on partially overlapping views, and through rectified/simd.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as simd from '../../src/simd/index.js';

type Kernel = (out: Float32Array, ...rest: unknown[]) => Float32Array;
const root = api as unknown as Record<string, Kernel>;
const fast = simd as unknown as Record<string, Kernel>;
const status = simd.initSync();

/** A seeded generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPECIAL = [NaN, Infinity, -Infinity, 0, -0, 3.4028234663852886e38, -3.4028234663852886e38, 1e-45, 88.7, -103];

/** n values: mostly in [−30, 30], some repeated (ties), some special; `plain` leaves the specials out. */
function values(n: number, seed: number, plain = false): Float32Array {
  const r = rng(seed);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const u = r();
    x[i] = !plain && u < 0.06 ? SPECIAL[Math.floor(r() * SPECIAL.length)]! : u < 0.12 && i > 0 ? x[i - 1]! : (r() - 0.5) * 60;
  }
  return x;
}

/** [outer, size, inner] → [outer, inner, size] (the axis moved to the end), and back with `back`. */
function toLast(x: Float32Array, outer: number, size: number, inner: number, back = false): Float32Array {
  const t = new Float32Array(x.length);
  for (let o = 0; o < outer; o++)
    for (let r = 0; r < size; r++)
      for (let j = 0; j < inner; j++) {
        const a = (o * size + r) * inner + j;
        const b = (o * inner + j) * size + r;
        if (back) t[a] = x[b]!;
        else t[b] = x[a]!;
      }
  return t;
}

// Every NaN compares as one pattern: which operand's NaN payload (or the sign of the default NaN
// of ∞ − ∞) an operation keeps is up to the engine's instruction selection — V8 may commute the
// operands of + and ·, which are exactly commutative otherwise — so payloads are not part of the
// contract. Every other value, ±0 included, is compared bit for bit.
const bitsOf = (a: Float32Array) =>
  Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length), (b, i) => (a[i] !== a[i] ? 0x7fc00000 : b));

function expectBits(got: Float32Array, want: Float32Array, what: string): void {
  const g = bitsOf(got);
  const w = bitsOf(want);
  const at = g.findIndex((v, i) => v !== w[i]);
  expect(at, `${what}: first difference at ${at} (${got[at]} vs ${want[at]})`).toBe(-1);
  expect(got.length).toBe(want.length);
}

const SAME_SHAPE = ['softmax', 'logSoftmax', 'softmin', 'hardmax'];
const FROM_Y = new Set(SAME_SHAPE);

/** Seeded [outer, size, inner] shapes: small ones of every kind, and two that cross or fill a block of 1024 rows. */
function shapes(): [number, number, number][] {
  const r = rng(0xa715);
  const out: [number, number, number][] = [
    [1, 1, 5],
    [3, 1, 2],
    [2, 3, 1030],
    [1, 4, 1024],
    [1, 13, 1100],
    [2, 7, 1],
  ];
  for (let k = 0; k < 40; k++) out.push([1 + Math.floor(r() * 3), 1 + Math.floor(r() * 9), 2 + Math.floor(r() * 30)]);
  return out;
}

/** The transpose route and the along-axis call of every kernel of `name` on one shape. */
function routes(lib: Record<string, Kernel>, name: string, [outer, size, inner]: [number, number, number], seed: number) {
  const n = outer * size * inner;
  const rows = outer * inner;
  const x = values(n, seed);
  const xt = toLast(x, outer, size, inner);
  const back = (t: Float32Array) => toLast(t, outer, size, inner, true);
  const f = lib[`${name}F32`]!;
  const b = lib[`${name}BackwardF32`]!;
  if (!FROM_Y.has(name)) {
    const dy = values(rows, seed + 1, true);
    return {
      forward: [f(new Float32Array(rows), x, size, inner), f(new Float32Array(rows), xt, size)],
      backward: [b(new Float32Array(n), dy, x, size, inner), back(b(new Float32Array(n), dy, xt, size))],
    };
  }
  const y = f(new Float32Array(n), x, size, inner);
  const dy = values(n, seed + 1);
  return {
    forward: [y, back(f(new Float32Array(n), xt, size))],
    backward: [
      b(new Float32Array(n), dy, y, size, inner),
      back(b(new Float32Array(n), toLast(dy, outer, size, inner), toLast(y, outer, size, inner), size)),
    ],
  };
}

describe.each(['softmax', 'logSoftmax', 'logSumExp', 'softmin', 'hardmax'])('%s along the middle axis', (name) => {
  it(`${name}F32 and ${name}BackwardF32 with innerSize equal the transpose route bit for bit, on 46 shapes`, () => {
    shapes().forEach((shape, k) => {
      const { forward, backward } = routes(root, name, shape, 1000 + 7 * k);
      expectBits(forward[0]!, forward[1]!, `${name}F32 [${shape}]`);
      expectBits(backward[0]!, backward[1]!, `${name}BackwardF32 [${shape}]`);
    });
  });

  it(`${name}F32 with innerSize works in place and on partially overlapping views`, () => {
    const [outer, size, inner] = [2, 5, 9];
    const n = outer * size * inner;
    const x = values(n, 77);
    const len = SAME_SHAPE.includes(name) ? n : outer * inner;
    const f = root[`${name}F32`]!;
    const want = f(new Float32Array(len), x, size, inner);
    if (len === n) {
      const y = x.slice();
      expectBits(f(y, y, size, inner), want, 'in place');
    }
    for (const [xAt, outAt] of [
      [0, 1],
      [1, 0],
    ]) {
      const buf = new Float32Array(n + 1);
      buf.set(x, xAt);
      const out = buf.subarray(outAt, outAt + len);
      expectBits(f(out, buf.subarray(xAt, xAt + n), size, inner), want, `overlap ${xAt}/${outAt}`);
    }
  });

  it(`${name}F32 with innerSize = 1 is the default call`, () => {
    const x = values(24, 5);
    const len = SAME_SHAPE.includes(name) ? 24 : 4;
    const f = root[`${name}F32`]!;
    expectBits(f(new Float32Array(len), x, 6, 1), f(new Float32Array(len), x, 6), 'innerSize 1');
  });

  it(`rectified/simd's ${name}F32 and ${name}BackwardF32 take innerSize, with the JavaScript kernels' results`, () => {
    expect(status).toBe('ready');
    shapes()
      .slice(0, 12)
      .forEach((shape, k) => {
        const js = routes(root, name, shape, 3000 + k);
        const wasm = routes(fast, name, shape, 3000 + k);
        expectBits(wasm.forward[0]!, js.forward[0]!, `simd ${name}F32 [${shape}]`);
        expectBits(wasm.backward[0]!, js.backward[0]!, `simd ${name}BackwardF32 [${shape}]`);
      });
  });
});

describe('innerSize checks', () => {
  const x = new Float32Array(12);
  it.each(['softmaxF32', 'logSoftmaxF32', 'softminF32', 'hardmaxF32'])(
    '%s rejects bad innerSize values with the check messages',
    (name) => {
      const f = root[name]!;
      expect(() => f(new Float32Array(12), x, 3, 0)).toThrow(new RangeError('innerSize must be a positive integer, got number 0'));
      expect(() => f(new Float32Array(12), x, 3, 1.5)).toThrow(new RangeError('innerSize must be a positive integer, got number 1.5'));
      expect(() => f(new Float32Array(12), x, 3, '2')).toThrow(new TypeError('innerSize must be a positive integer, got string "2"'));
      expect(() => f(new Float32Array(12), x, 3, 8)).toThrow(new RangeError('innerSize = 8 must divide the length 12'));
      expect(() => f(new Float32Array(12), x, 3, 6)).toThrow(new RangeError('rowSize * innerSize = 18 must divide the length 12'));
      expect(() => f(new Float32Array(12), x, undefined, 5)).toThrow(new RangeError('innerSize = 5 must divide the length 12'));
    },
  );
  it.each(['softmaxF32', 'logSoftmaxF32', 'softminF32', 'hardmaxF32', 'sparsemaxF32'])(
    '%s without rowSize but with innerSize reads x as one block [1, x.length / innerSize, innerSize], as the gated units do',
    (name) => {
      const f = root[name]!;
      const v = Float32Array.from({ length: 12 }, (_, i) => Math.sin(i * 1.3) * 2);
      expect(f(new Float32Array(12), v, undefined, 2)).toEqual(f(new Float32Array(12), v, 6, 2));
    },
  );
  it('logSumExpF32 wants x.length / rowSize = outer·inner outputs', () => {
    expect(api.logSumExpF32(new Float32Array(4), x, 3, 2)).toHaveLength(4);
    expect(() => api.logSumExpF32(new Float32Array(2), x, 3, 2)).toThrow(
      new RangeError('out.length must be x.length / rowSize = 4, got 2'),
    );
    expect(() => api.logSumExpBackwardF32(new Float32Array(12), new Float32Array(4), x, 3, 5)).toThrow(
      new RangeError('innerSize = 5 must divide the length 12'),
    );
  });
});
