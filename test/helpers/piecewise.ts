// Shared tests of the piecewise-linear activations (relu6, hardTanh, hardSigmoid, hardSwish,
// threshold, shiftedRelu, heaviside): special values with Object.is, parameter errors of all five
// forms, the Float32Array contract on one seeded input set with every kink and its neighbours,
// monotonicity and derivatives against central differences. Each activation's file supplies its
// own rows; the expected values there come from the mathematics and the documented convention.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ulpDistance32 } from '../ulp.js';
import { uniform } from './random.js';

export type Scalar = (x: number, ...p: number[]) => number;
type Unary = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
const fn = <T>(name: string): T => (api as unknown as Record<string, T>)[name];
export const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
export const N = NaN,
  I = Infinity,
  T = 5e-324,
  H = 1e300,
  F = 3.4e38;

/** [name, params, [x, expected][]]: `name(x, ...params)` must be `expected` (Object.is). */
export type SpecialRows = [string, number[], [number, number][]][];
export function specialValueTests(special: SpecialRows): void {
  describe('special values and kink conventions (Object.is)', () => {
    for (const [name, params, rows] of special) {
      for (const [x, want] of rows) {
        it(`${name}(${[fmt(x), ...params.map(fmt)].join(', ')}) is ${fmt(want)}`, () => {
          expect(fn<Scalar>(name)(x, ...params)).toBe(want);
        });
      }
    }
  });
}

/** [name, params, message pattern]: every form of `name` must throw a RangeError matching it. */
export function badParameterTests(bad: [string, number[], RegExp][]): void {
  describe('bad parameters throw RangeError naming the parameter and value', () => {
    for (const [name, params, re] of bad) {
      for (const suffix of ['', 'Derivative', 'F32', 'DerivativeF32', 'BackwardF32']) {
        it(`${name}${suffix} with (${params.map(fmt).join(', ')})`, () => {
          const f = fn<(...a: unknown[]) => unknown>(name + suffix);
          const a = new Float32Array(2);
          const call =
            suffix === 'BackwardF32'
              ? () => f(a, a, a, ...params)
              : suffix.endsWith('F32')
                ? () => f(a, a, ...params)
                : () => f(0.5, ...params);
          expect(call).toThrow(RangeError);
          expect(call).toThrow(re);
        });
      }
    }
  });
}

// ---- the Float32Array contract ----------------------------------------------------------------
const r = uniform(0xa11ce);
const u = (lo: number, hi: number) => lo + (hi - lo) * r();
const KINKS = [
  0,
  -0,
  6,
  -1,
  1,
  -3,
  3,
  -1.5,
  0.5,
  -2.5,
  2.5,
  2,
  -0.5,
  1.4e-45,
  -1.4e-45,
  I,
  -I,
  N,
  3.4028234663852886e38,
  -3.4028234663852886e38,
];
const X = Float32Array.from([
  ...KINKS,
  ...KINKS.map((k) => k + 2 ** -20),
  ...KINKS.map((k) => k - 2 ** -20),
  ...Array.from({ length: 900 }, () => u(-8, 8)),
  ...Array.from({ length: 500 }, () => (r() < 0.5 ? -1 : 1) * 10 ** u(-45, 38.5)),
  ...Array.from({ length: 500 }, () => u(-120, 120)),
]);
const DY = Float32Array.from(X, (_, i) => (i % 50 === 0 ? -0 : u(-4, 4)));
function agree(got: Float32Array, want: (i: number) => number, xs: Float32Array): string[] {
  const badIdx: string[] = [];
  for (let i = 0; i < got.length; i++) {
    const w = Math.fround(want(i));
    const exactZero = xs[i] === 0 || !Number.isFinite(xs[i]) || w === 0;
    const ok = Number.isNaN(w) ? Number.isNaN(got[i]) : exactZero ? Object.is(got[i], w) : ulpDistance32(got[i], w) <= 1;
    if (!ok) badIdx.push(`x=${fmt(xs[i])}: got ${fmt(got[i])}, want ${fmt(w)}`);
  }
  return badIdx.slice(0, 8);
}

/** The three kernels of each [name, params] against fround of the scalars, aliasing, overlap and bad arrays. */
export function kernelTests(families: [string, number[]][]): void {
  describe('Float32Array kernels', () => {
    for (const [name, p] of families) {
      const f = fn<Scalar>(name),
        d = fn<Scalar>(`${name}Derivative`);
      const k = fn<Unary>(`${name}F32`),
        kd = fn<Unary>(`${name}DerivativeF32`),
        kb = fn<Backward>(`${name}BackwardF32`);
      const tag = `${name}(${p.map(fmt).join(', ')})`;
      it(`${tag}: F32, DerivativeF32, BackwardF32 return out, keep x and dy, equal fround(scalar) within 1 ulp`, () => {
        const x = X.slice(),
          dy = DY.slice(),
          out = new Float32Array(X.length);
        expect(k(out, x, ...p)).toBe(out);
        expect(agree(out, (i) => f(X[i], ...p), X)).toEqual([]);
        expect(kd(out, x, ...p)).toBe(out);
        expect(agree(out, (i) => d(X[i], ...p), X)).toEqual([]);
        expect(kb(out, dy, x, ...p)).toBe(out);
        expect(agree(out, (i) => DY[i] * Math.fround(d(X[i], ...p)), X)).toEqual([]);
        expect(x).toEqual(X);
        expect(dy).toEqual(DY);
      });
      it(`${tag}: in place, aliasing and partially overlapping views give the same results`, () => {
        const ref = k(new Float32Array(X.length), X, ...p),
          refD = kd(new Float32Array(X.length), X, ...p);
        const refB = kb(new Float32Array(X.length), DY, X, ...p);
        const same = (a: Float32Array, b: Float32Array) => expect(Array.from(a, fmt)).toEqual(Array.from(b, fmt));
        let y = X.slice();
        same(k(y, y, ...p), ref);
        y = X.slice();
        same(kd(y, y, ...p), refD);
        y = X.slice();
        same(kb(y, DY, y, ...p), refB);
        const g = DY.slice();
        same(kb(g, g, X, ...p), refB);
        for (const shift of [1, -1]) {
          const buf = new Float32Array(X.length + 1);
          const xs = buf.subarray(shift > 0 ? 0 : 1, (shift > 0 ? 0 : 1) + X.length);
          xs.set(X);
          const out = buf.subarray(shift > 0 ? 1 : 0, (shift > 0 ? 1 : 0) + X.length);
          same(k(out, xs, ...p), ref);
        }
        const e = new Float32Array(0);
        expect(k(e, new Float32Array(0), ...p)).toBe(e);
        expect(kb(e, new Float32Array(0), new Float32Array(0), ...p)).toBe(e);
      });
      it(`${tag}: bad arrays throw TypeError / RangeError naming them`, () => {
        const a = new Float32Array(3);
        expect(() => k(new Float64Array(3) as unknown as Float32Array, a, ...p)).toThrow(/out must be a Float32Array/);
        expect(() => kd(a, [1, 2, 3] as unknown as Float32Array, ...p)).toThrow(TypeError);
        expect(() => k(a, new Float32Array(4), ...p)).toThrow(/out\.length = 3.*x\.length = 4/);
        expect(() => kb(a, new Float32Array(2), a, ...p)).toThrow(/dy\.length = 2/);
        expect(() => kb(a, a, null as unknown as Float32Array, ...p)).toThrow(/x must be a Float32Array/);
      });
    }
  });
}

// ---- properties of the mathematics --------------------------------------------------------------
export const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
export const mid = fc.double({ min: -20, max: 20, noNaN: true });
export const run = (p: fc.IProperty<unknown>) => fc.assert(p, { numRuns: 500 });
export const relu = (x: number) => (x > 0 ? x : 0);

/** x ≤ y ⇒ f(x) ≤ f(y) for finite x ≥ lo. */
export const monotone = (f: (x: number) => number, lo = -Infinity) =>
  run(
    fc.property(finite, finite, (a, b) => {
      const [x, y] = a <= b ? [a, b] : [b, a];
      return x < lo || f(x) <= f(y);
    }),
  );

/** d(x, …p) against the central difference of f with h = 2^-20 on [−20, 20], more than 2h from every kink. */
export function centralDifference(f: Scalar, d: Scalar, p: number[], kinks: number[]): void {
  const h = 2 ** -20;
  run(
    fc.property(
      mid.filter((x) => kinks.every((k) => Math.abs(x - k) > 2 * h)),
      (x) => {
        const cd = (f(x + h, ...p) - f(x - h, ...p)) / (2 * h);
        // the functions are linear or quadratic on each piece: the difference is exact to rounding (2^-30 relative)
        return Math.abs(cd - d(x, ...p)) <= 2 ** -28 * Math.max(1, Math.abs(cd));
      },
    ),
  );
}
