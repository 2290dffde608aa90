// The zero-copy arrays of rectified/simd: allocF32 hands out zeroed, 16-byte-aligned,
// non-overlapping Float32Arrays in the module's memory, which the SIMD kernels compute in place
// (same results as on ordinary arrays, mixed with ordinary arrays and with subarrays too); an
// allocation that grows the memory leaves earlier arrays stale, which a kernel refuses with a
// TypeError naming refreshF32, and refreshF32 gives a view of the same block with the same
// contents; freeF32 returns a block for reuse, and a kernel refuses a freed array.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';
import { bits, gradients, inputs } from './simd-data.js';

simd.initSync();
const N = 5000; // more than one scratch chunk
const X = inputs(N, 21);
const DY = gradients(N, 22);
const RELU = bits(api.reluF32(new Float32Array(N), X));
const LEAKY_BACK = bits(api.leakyReluBackwardF32(new Float32Array(N), DY, X, 0.2));

/**
 * allocF32 arrays of the given lengths (or copies of the given arrays), by the rule: allocate
 * them all, then refresh each (an allocation may have grown the memory), then use them.
 */
function allocAll(...specs: (number | Float32Array)[]): Float32Array[] {
  const arrays = specs.map((s) => simd.allocF32(typeof s === 'number' ? s : s.length)).map((a) => simd.refreshF32(a));
  specs.forEach((s, i) => {
    if (typeof s !== 'number') arrays[i]!.set(s);
  });
  return arrays;
}
const alloc = (values: Float32Array): Float32Array => allocAll(values)[0]!;
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('allocF32', () => {
  it('returns zero-filled arrays of the length asked, 16-byte aligned, that never overlap', () => {
    const arrays = allocAll(0, 1, 3, 4, 5, 100, 4097);
    arrays.forEach((a, i) => {
      expect(a.length).toBe([0, 1, 3, 4, 5, 100, 4097][i]);
      expect(a.every((v) => v === 0)).toBe(true);
      expect(a.byteOffset % 16).toBe(0);
    });
    const ranges = arrays.map((a) => [a.byteOffset, a.byteOffset + Math.max(a.byteLength, 1)] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThanOrEqual(ranges[i - 1]![1]);
    arrays.forEach((a) => {
      simd.freeF32(a);
    });
  });

  it('throws a RangeError for a length that is not a non-negative integer', () => {
    for (const n of [-1, 1.5, NaN, Infinity, 2 ** 31]) expect(() => simd.allocF32(n)).toThrow(RangeError);
    expect(() => simd.allocF32('3' as unknown as number)).toThrow(RangeError);
  });
});

describe('kernels on allocF32 arrays', () => {
  it('reluF32(out, x) and reluF32(x, x) on allocF32 arrays compute in place the root kernel’s result', () => {
    const [x, out] = allocAll(X, N) as [Float32Array, Float32Array];
    expect(simd.reluF32(out, x)).toBe(out);
    expect(bits(out)).toEqual(RELU);
    expect(bits(x)).toEqual(bits(X));
    expect(simd.reluF32(x, x)).toBe(x);
    expect(bits(x)).toEqual(RELU);
    [x, out].forEach((a) => {
      simd.freeF32(a);
    });
  });

  it('leakyReluBackwardF32 on allocF32 arrays, with dx = dy, dx = x, or any of the three an ordinary array, gives the root kernel’s result', () => {
    const cases: [boolean, boolean, boolean][] = [
      [true, true, true],
      [true, false, true],
      [false, true, true],
      [true, true, false],
      [false, false, true],
    ];
    for (const [dxIn, dyIn, xIn] of cases) {
      const [dxA, dyA, xA] = allocAll(N, DY, X) as [Float32Array, Float32Array, Float32Array];
      const dy = dyIn ? dyA : DY.slice();
      const x = xIn ? xA : X.slice();
      const dx = dxIn ? dxA : new Float32Array(N);
      expect(bits(simd.leakyReluBackwardF32(dx, dy, x, 0.2)), `${dxIn} ${dyIn} ${xIn}`).toEqual(LEAKY_BACK);
      expect(bits(simd.leakyReluBackwardF32(dy, dy, x, 0.2))).toEqual(LEAKY_BACK);
      const x2 = xIn ? xA : X.slice();
      x2.set(X);
      expect(bits(simd.leakyReluBackwardF32(x2, DY, x2, 0.2))).toEqual(LEAKY_BACK);
      [dxA, dyA, xA].forEach((a) => {
        simd.freeF32(a);
      });
    }
  });

  it('subarrays of allocF32 arrays, overlapping by one element either way, give the non-overlapping result', () => {
    for (const [xAt, outAt] of [
      [0, 1],
      [1, 0],
    ] as const) {
      const block = allocAll(N + 1)[0]!;
      const x = block.subarray(xAt, xAt + N);
      x.set(X);
      const out = block.subarray(outAt, outAt + N);
      expect(bits(simd.reluF32(out, x))).toEqual(RELU);
      simd.freeF32(block);
    }
  });
});

describe('growing the memory', () => {
  it('leaves earlier arrays stale: a SIMD kernel given one throws a TypeError naming refreshF32; refreshF32 gives the same block with its contents', () => {
    const x = alloc(X);
    const before = x.buffer.byteLength;
    const big = simd.allocF32(before); // 4 bytes each: more than the memory holds
    expect(big.buffer.byteLength).toBeGreaterThan(before);
    expect(x.length).toBe(0); // detached
    const e = thrown(() => simd.reluF32(x, x));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toMatch(/\bout\b.*stale.*refreshF32\(out\)/);
    expect(thrown(() => simd.reluBackwardF32(new Float32Array(N), X, x))).toBeInstanceOf(TypeError);
    const y = simd.refreshF32(x);
    expect(y === x).toBe(false);
    expect(bits(y)).toEqual(bits(X));
    expect(simd.refreshF32(y)).toBe(y);
    expect(bits(simd.reluF32(y, y))).toEqual(RELU);
    simd.freeF32(big);
    simd.freeF32(y);
  });

  it('a stale array is refused by the short-array path too (length 0 after detaching)', () => {
    const x = alloc(X.subarray(0, 8));
    simd.allocF32(x.buffer.byteLength);
    expect(thrown(() => simd.reluF32(x, x))).toBeInstanceOf(TypeError);
    expect(simd.refreshF32(x).length).toBe(8);
  });
});

describe('freeF32', () => {
  it('returns the block for reuse: the next allocation of that size gets the same address', () => {
    const a = simd.allocF32(1000);
    const at = a.byteOffset;
    simd.freeF32(a);
    const b = simd.allocF32(1000);
    expect(b.byteOffset).toBe(at);
    simd.freeF32(b);
  });

  it('merges neighbouring free blocks: two freed neighbours hold one allocation of their joint size', () => {
    const [a, b] = allocAll(1000, 1000) as [Float32Array, Float32Array];
    expect(b.byteOffset).toBe(a.byteOffset + 4000);
    const at = a.byteOffset;
    simd.freeF32(a);
    simd.freeF32(b);
    const c = simd.allocF32(2000);
    expect(c.byteOffset).toBe(at);
    simd.freeF32(c);
  });

  it('a SIMD kernel given a freed array throws a TypeError (long and short arrays)', () => {
    for (const n of [N, 8]) {
      const x = alloc(X.subarray(0, n));
      simd.freeF32(x);
      const e = thrown(() => simd.reluF32(new Float32Array(n), x));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toMatch(/\bx\b was freed/);
    }
  });

  it('throws a TypeError for a second free, and for an array allocF32 did not return', () => {
    const a = simd.allocF32(10);
    simd.freeF32(a);
    expect(thrown(() => simd.freeF32(a))).toBeInstanceOf(TypeError);
    expect(thrown(() => simd.freeF32(new Float32Array(10)))).toBeInstanceOf(TypeError);
    expect(thrown(() => simd.freeF32(null as unknown as Float32Array))).toBeInstanceOf(TypeError);
    expect(thrown(() => simd.refreshF32(a))).toBeInstanceOf(TypeError);
  });
});
