// maxout: the max over groups of `pieces` consecutive values, routed backward. maxout
// is exact (the result is one of the inputs), so every comparison here is bit for bit. The scalar
// references are Math.max (which shares the NaN and +0 > −0 rules) and a hand-written table; the
// routed index is found independently as the first entry that is Object.is-equal to Math.max.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxout, maxoutBackwardF32, maxoutDerivative, maxoutDerivativeF32, maxoutF32 } from '../../src/index.js';
import { bits, expectThrow, inputs, LENGTH, view } from '../helpers/kernel-inputs.js';
import { uniform } from '../helpers/random.js';

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const show = (a: ArrayLike<number>): string => `[${Array.from(a, fmt).join(', ')}]`;
/** Reference routing: the first index whose value is (Object.is) Math.max of the group. */
const routedRef = (g: ArrayLike<number>): number => {
  const m = Math.max(...Array.from(g));
  return Array.from(g).findIndex((v) => Object.is(v, m));
};

/** Seeded float32 inputs rich in ties: zeros of both signs, repeats, ±Infinity and (optionally) NaN. */
function tieHeavy(seed: number, nan: boolean): Float32Array {
  const pool = [-0, 0, 0, -0, 1, 1, -1, 2.5, Infinity, -Infinity, -Infinity, 1e-45, -3];
  if (nan) pool.push(NaN);
  const r = uniform(seed);
  return Float32Array.from({ length: LENGTH }, () => pool[Math.floor(r() * pool.length)]);
}
const SOURCES: [string, Float32Array][] = [
  ['inputs(0x71) (specials and tails)', inputs(0x71)],
  ['tie-heavy values with NaN', tieHeavy(0x72, true)],
  ['tie-heavy values without NaN', tieHeavy(0x73, false)],
];
const PIECES = [1, 2, 3, 4, LENGTH];
const DY_FULL = inputs(0x74); // includes NaN, ±Infinity, ±0: dy is copied, never multiplied

describe('maxout scalars', () => {
  const rows: [number[], number, number[]][] = [
    // values, maxout, maxoutDerivative
    [[7], 7, [1]],
    [[1, 3, 2], 3, [0, 1, 0]],
    [[2, 2], 2, [1, 0]],
    [[1, 5, 5, 5], 5, [0, 1, 0, 0]],
    [[-4, -2, -3], -2, [0, 1, 0]],
    [[-0, 0], 0, [0, 1]],
    [[0, -0], 0, [1, 0]],
    [[-0, -0, 0, 0], 0, [0, 0, 1, 0]],
    [[-0, -0], -0, [1, 0]],
    [[-1, -0, -2], -0, [0, 1, 0]],
    [[-0], -0, [1]],
    [[5e-324, 0, -5e-324], 5e-324, [1, 0, 0]],
    [[NaN], NaN, [1]],
    [[NaN, 1], NaN, [1, 0]],
    [[1, NaN, NaN, 5], NaN, [0, 1, 0, 0]],
    [[Infinity, 2, NaN], NaN, [0, 0, 1]],
    [[-Infinity, -Infinity, -Infinity], -Infinity, [1, 0, 0]],
    [[-Infinity, -1e308], -1e308, [0, 1]],
    [[1, Infinity, Infinity], Infinity, [0, 1, 0]],
    [[-Infinity, 0, Infinity, -0], Infinity, [0, 0, 1, 0]],
  ];
  for (const [values, y, d] of rows) {
    it(`maxout(${show(values)}) is ${fmt(y)} and maxoutDerivative routes to [${d.join(', ')}]`, () => {
      const before = values.slice();
      expect(Object.is(maxout(values), y), `maxout = ${fmt(maxout(values))}`).toBe(true);
      expect(maxoutDerivative(values)).toEqual(d);
      expect(Object.is(maxoutDerivative(values)[d.indexOf(1)], 1)).toBe(true); // +1, and the zeros are +0
      expect(maxoutDerivative(values).every((v) => Object.is(v, 0) || v === 1)).toBe(true);
      expect(values.map((v, i) => Object.is(v, before[i]))).toEqual(values.map(() => true)); // not mutated
    });
  }
  it('maxout(values) = Math.max(...values) and maxoutDerivative is one-hot at the first index equal to it', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 12 }), (values) => {
        const d = maxoutDerivative(values);
        const k = routedRef(values);
        return Object.is(maxout(values), Math.max(...values)) && d.length === values.length && d.every((v, i) => v === (i === k ? 1 : 0));
      }),
    );
  });
  it('maxout([x]) = x and maxoutDerivative([x]) = [1] for every x (pieces = 1 is the identity)', () => {
    fc.assert(fc.property(fc.double(), (x) => Object.is(maxout([x]), x) && maxoutDerivative([x])[0] === 1));
  });
  it('maxout and maxoutDerivative accept typed arrays and other array-likes', () => {
    expect(maxout(Float32Array.of(1, 4, 2))).toBe(4);
    expect(maxoutDerivative(Float64Array.of(-1, -0, 0))).toEqual([0, 0, 1]);
    expect(maxout({ length: 2, 0: 3, 1: 8 })).toBe(8);
  });
  it('maxoutDerivative matches central differences of maxout where the max is unique', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 9 }), (ints) => {
        const values = ints.map((v) => v / 8); // gaps ≥ 1/8, so a step of 1/32 never changes the argmax
        const h = 1 / 32;
        const d = maxoutDerivative(values);
        return values.every((_, i) => {
          const up = values.slice(),
            down = values.slice();
          up[i] += h;
          down[i] -= h;
          return (maxout(up) - maxout(down)) / (2 * h) === d[i];
        });
      }),
    );
  });
  it('maxout and maxoutDerivative throw a TypeError for non-array-likes and non-numbers, a RangeError for an empty group', () => {
    for (const f of [maxout, maxoutDerivative] as ((v: unknown) => unknown)[]) {
      expectThrow(() => f(3), TypeError, /values/, /array-like/, /number 3/);
      expectThrow(() => f('12'), TypeError, /values/, /got string "12"/);
      expectThrow(() => f(null), TypeError, /values/, /null/);
      expectThrow(() => f(undefined), TypeError, /values/);
      expectThrow(() => f([1, '2']), TypeError, /values\[1\]/, /got string "2"/);
      expectThrow(() => f([1, 2, null]), TypeError, /values\[2\]/, /null/);
      expectThrow(() => f([]), RangeError, /values/, /at least one/, /length 0/);
      expectThrow(() => f(new Float32Array(0)), RangeError, /length 0/);
    }
  });
});

describe('maxout kernels', () => {
  for (const [name, X] of SOURCES) {
    for (const pieces of PIECES) {
      const groups = LENGTH / pieces;
      const group = (g: number) => Array.from(X.subarray(g * pieces, (g + 1) * pieces));
      const DY = DY_FULL.subarray(0, groups);
      it(`maxoutF32(out, x, ${pieces}) on ${name} returns out, leaves x untouched and equals maxout group by group, bit for bit`, () => {
        const out = new Float32Array(groups);
        const before = bits(X);
        expect(maxoutF32(out, X, pieces)).toBe(out);
        expect(bits(X)).toEqual(before);
        const want = Float32Array.from({ length: groups }, (_, g) => maxout(group(g)));
        expect(bits(out)).toEqual(bits(want));
        // exact: each result is the bit pattern of the routed input itself
        const src = bits(X);
        const routedBits = Uint32Array.from({ length: groups }, (_, g) => src[g * pieces + routedRef(group(g))]);
        expect(bits(out)).toEqual(routedBits);
      });
      it(`maxoutDerivativeF32(out, x, ${pieces}) on ${name} writes each group's one-hot mask (maxoutDerivative), also in place`, () => {
        const out = new Float32Array(LENGTH).fill(7);
        expect(maxoutDerivativeF32(out, X, pieces)).toBe(out);
        const want = Float32Array.from(Array.from({ length: groups }, (_, g) => maxoutDerivative(group(g))).flat());
        expect(bits(out)).toEqual(bits(want));
        const oneHot = new Float32Array(LENGTH); // independent: 1 at the first entry Object.is-equal to Math.max
        for (let g = 0; g < groups; g++) oneHot[g * pieces + routedRef(group(g))] = 1;
        expect(bits(out)).toEqual(bits(oneHot));
        const x = X.slice();
        expect(bits(maxoutDerivativeF32(x, x, pieces))).toEqual(bits(want));
      });
      it(`maxoutBackwardF32(dx, dy, x, ${pieces}) on ${name} = (one-hot mask) ⊗ (dy repeated): dy at the routed index, +0 elsewhere`, () => {
        const dx = new Float32Array(LENGTH).fill(7);
        const beforeX = bits(X),
          beforeDy = bits(DY);
        expect(maxoutBackwardF32(dx, DY, X, pieces)).toBe(dx);
        expect(bits(X)).toEqual(beforeX);
        expect(bits(DY)).toEqual(beforeDy);
        const mask = maxoutDerivativeF32(new Float32Array(LENGTH), X, pieces);
        const dyBits = bits(DY);
        const want = Uint32Array.from({ length: LENGTH }, (_, i) => (mask[i] === 1 ? dyBits[Math.floor(i / pieces)] : 0));
        expect(bits(dx)).toEqual(want);
        // for finite dy the same as the IEEE product mask·dy, up to the sign of zero
        for (let i = 0; i < LENGTH; i++) {
          const gy = DY[Math.floor(i / pieces)];
          if (Number.isFinite(gy) && dx[i] !== mask[i] * gy) throw new Error(`dx[${i}] = ${dx[i]}, mask·dy = ${mask[i] * gy}`);
        }
        const x = X.slice();
        expect(bits(maxoutBackwardF32(x, DY, x, pieces))).toEqual(want); // dx = x
      });
    }
  }
  it('maxoutF32(out, x, 1) copies x bit for bit; maxoutDerivativeF32 is all ones; maxoutBackwardF32 copies dy', () => {
    const [, X] = SOURCES[0];
    expect(bits(maxoutF32(new Float32Array(LENGTH), X, 1))).toEqual(bits(X));
    expect(Array.from(maxoutDerivativeF32(new Float32Array(LENGTH), X, 1)).every((v) => v === 1)).toBe(true);
    expect(bits(maxoutBackwardF32(new Float32Array(LENGTH), DY_FULL, X, 1))).toEqual(bits(DY_FULL));
  });
  it('maxoutBackwardF32 is the gradient of Σ dy·maxout: central differences where each group has a unique max', () => {
    const arb = fc.record({
      pieces: fc.constantFrom(1, 2, 3, 4),
      groups: fc.integer({ min: 1, max: 5 }),
      seed: fc.integer(),
      dyScale: fc.double({ min: -10, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ pieces, groups, seed, dyScale }) => {
        const n = pieces * groups;
        const r = uniform(seed);
        // distinct multiples of 1/8 (exact in float32): gaps ≥ 1/8, so a step of 1/32 never changes the argmax
        const pool = Array.from({ length: 2001 }, (_, i) => (i - 1000) / 8);
        for (let i = pool.length - 1; i > 0; i--) {
          const j = Math.floor(r() * (i + 1));
          [pool[i], pool[j]] = [pool[j], pool[i]];
        }
        const x = Float32Array.from(pool.slice(0, n));
        const dy = Float32Array.from({ length: groups }, () => dyScale * (r() - 0.5));
        const loss = (v: number[]) => {
          let s = 0;
          for (let g = 0; g < groups; g++) s += dy[g] * maxout(v.slice(g * pieces, (g + 1) * pieces));
          return s;
        };
        const dx = maxoutBackwardF32(new Float32Array(n), dy, x, pieces);
        const h = 1 / 32;
        for (let i = 0; i < n; i++) {
          const up = Array.from(x),
            down = Array.from(x);
          up[i] += h;
          down[i] -= h;
          const cd = (loss(up) - loss(down)) / (2 * h);
          if (!(Math.abs(cd - dx[i]) <= 1e-9 * (1 + Math.abs(dx[i])))) return false;
        }
        return true;
      }),
    );
  });
  it('maxoutF32, maxoutDerivativeF32 and maxoutBackwardF32 give the same bits when out / dx / dy share memory with x or dx', () => {
    const X = SOURCES[1][1];
    for (const pieces of [2, 3]) {
      const groups = LENGTH / pieces;
      const want = maxoutF32(new Float32Array(groups), X, pieces);
      for (const at of [0, 1, groups, LENGTH - groups, LENGTH]) {
        // out at x's start, overlapping, at its end, past it
        const [buf, x] = view(LENGTH + groups, 0, X);
        expect(bits(maxoutF32(buf.subarray(at, at + groups), x, pieces)), `out at ${at}`).toEqual(bits(want));
      }
      const [buf0, x0] = view(LENGTH + 1, 1, X); // out starts before x
      expect(bits(maxoutF32(buf0.subarray(0, groups), x0, pieces))).toEqual(bits(want));

      const wantMask = maxoutDerivativeF32(new Float32Array(LENGTH), X, pieces);
      for (const [outAt, xAt] of [
        [0, 1],
        [1, 0],
        [0, 0],
      ]) {
        const [buf, x] = view(LENGTH + 1, xAt, X);
        expect(bits(maxoutDerivativeF32(buf.subarray(outAt, outAt + LENGTH), x, pieces)), `out at ${outAt}, x at ${xAt}`).toEqual(
          bits(wantMask),
        );
      }

      const DY = DY_FULL.subarray(0, groups);
      const wantDx = maxoutBackwardF32(new Float32Array(LENGTH), DY, X, pieces);
      for (const [dxAt, xAt] of [
        [0, 1],
        [1, 0],
        [0, 0],
      ]) {
        // dx partly over x, and dx = x
        const [buf, x] = view(LENGTH + 1, xAt, X);
        expect(bits(maxoutBackwardF32(buf.subarray(dxAt, dxAt + LENGTH), DY, x, pieces)), `dx at ${dxAt}, x at ${xAt}`).toEqual(
          bits(wantDx),
        );
      }
      for (const dyAt of [0, 5, LENGTH - groups]) {
        // dy inside dx
        const [buf, dx] = view(LENGTH, 0, new Float32Array(LENGTH));
        const dy = buf.subarray(dyAt, dyAt + groups);
        dy.set(DY);
        expect(bits(maxoutBackwardF32(dx, dy, X, pieces)), `dy at ${dyAt}`).toEqual(bits(wantDx));
      }
    }
  });
  it('maxout kernels accept empty arrays and reject bad pieces, lengths and types with clear messages', () => {
    const e = new Float32Array(0);
    expect(maxoutF32(e, new Float32Array(0), 3)).toBe(e);
    expect(maxoutDerivativeF32(e, new Float32Array(0), 1)).toBe(e);
    expect(maxoutBackwardF32(e, new Float32Array(0), new Float32Array(0), 2)).toBe(e);
    const x6 = new Float32Array(6);
    expectThrow(() => maxoutF32(new Float32Array(1), x6, 4), RangeError, /pieces = 4/, /divide/, /6/);
    expectThrow(() => maxoutDerivativeF32(new Float32Array(6), x6, 5), RangeError, /pieces = 5/, /6/);
    expectThrow(() => maxoutBackwardF32(new Float32Array(6), new Float32Array(1), x6, 7), RangeError, /pieces = 7/, /6/);
    for (const bad of [0, -2, 1.5, NaN, Infinity]) {
      expectThrow(
        () => maxoutF32(new Float32Array(3), x6, bad),
        RangeError,
        /pieces must be a positive integer/,
        new RegExp(`got number ${String(bad)}$`),
      );
      expectThrow(() => maxoutDerivativeF32(x6, x6, bad), RangeError, /pieces/);
      expectThrow(() => maxoutBackwardF32(x6, new Float32Array(3), x6, bad), RangeError, /pieces/);
    }
    // A non-number is the wrong type: TypeError.
    expectThrow(
      () => maxoutF32(new Float32Array(3), x6, '2' as unknown as number),
      TypeError,
      /pieces must be a positive integer, got string "2"$/,
    );
    expectThrow(() => maxoutDerivativeF32(x6, x6, '2' as unknown as number), TypeError, /pieces/);
    expectThrow(() => maxoutBackwardF32(x6, new Float32Array(3), x6, '2' as unknown as number), TypeError, /pieces/);
    expectThrow(
      () => (maxoutF32 as (o: Float32Array, x: Float32Array) => Float32Array)(new Float32Array(6), x6),
      TypeError,
      /pieces must be a positive integer, got undefined \(missing\)$/,
    );
    expectThrow(() => maxoutF32(new Float32Array(6), x6, 2), RangeError, /out\.length must be x\.length \/ pieces = 3, got 6/);
    expectThrow(() => maxoutF32(x6, x6, 3), RangeError, /out\.length/, /= 2, got 6/);
    expectThrow(() => maxoutDerivativeF32(new Float32Array(3), x6, 2), RangeError, /out\.length must be x\.length = 6, got 3/);
    expectThrow(
      () => maxoutBackwardF32(new Float32Array(3), new Float32Array(3), x6, 2),
      RangeError,
      /dx\.length must be x\.length = 6, got 3/,
    );
    expectThrow(
      () => maxoutBackwardF32(new Float32Array(6), new Float32Array(6), x6, 2),
      RangeError,
      /dy\.length must be x\.length \/ pieces = 3, got 6/,
    );
    const f64 = new Float64Array(6) as unknown as Float32Array;
    expectThrow(() => maxoutF32([0, 0, 0] as unknown as Float32Array, x6, 2), TypeError, /out must be a Float32Array/, /Array/);
    expectThrow(() => maxoutF32(new Float32Array(3), f64, 2), TypeError, /x must be a Float32Array/, /Float64Array/);
    expectThrow(() => maxoutDerivativeF32(f64, x6, 2), TypeError, /out must be a Float32Array/);
    expectThrow(() => maxoutDerivativeF32(x6, null as unknown as Float32Array, 2), TypeError, /x must be a Float32Array/, /null/);
    expectThrow(() => maxoutBackwardF32(f64, new Float32Array(3), x6, 2), TypeError, /dx must be a Float32Array/);
    expectThrow(() => maxoutBackwardF32(x6, [1, 2, 3] as unknown as Float32Array, x6, 2), TypeError, /dy must be a Float32Array/);
    expectThrow(() => maxoutBackwardF32(x6, new Float32Array(3), f64, 2), TypeError, /x must be a Float32Array/);
  });
});
