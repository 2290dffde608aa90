// Shared tests of softshrink, hardshrink, sparsePlus and rrelu (and any kinked element-wise
// activation described as a Family): special values [x, f(x), f′(x)] with Object.is, the
// Float32Array contract table-driven over parameter sets, and derivatives against a central
// difference. Each activation's file supplies its own rows. Accuracy against the high-precision
// fixtures is test/accuracy.test.ts's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agrees32, bits, expectThrow, inputs, LENGTH, view } from './kernel-inputs.js';

export type Scalar = (x: number, ...p: number[]) => number;
export type Unary = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
export type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
export const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
export const BIG = 3.4e38;

/** [x, f(x), f′(x)] with default parameters, compared with Object.is. */
export function specialValueTests(name: string, f: Scalar, d: Scalar, rows: [number, number, number][]): void {
  describe('special values (Object.is)', () => {
    for (const [x, y, dy] of rows) {
      it(`${name}(${fmt(x)}) is ${fmt(y)} and ${name}Derivative(${fmt(x)}) is ${fmt(dy)}`, () => {
        expect(Object.is(f(x), y), `${name}(${fmt(x)}) = ${fmt(f(x))}`).toBe(true);
        expect(Object.is(d(x), dy), `${name}′(${fmt(x)}) = ${fmt(d(x))}`).toBe(true);
      });
    }
  });
}

/** softshrink and hardshrink at lambd = 0 and at the edges ±lambd of their dead zone. */
export function shrinkConventionTests(name: string, f: Scalar, d: Scalar): void {
  describe(`${name} conventions`, () => {
    it(`${name}(x, 0) is x except ±0 → +0`, () => {
      for (const x of [1e-300, -1e-300, 3, -3]) expect(f(x, 0)).toEqual(x);
      expect(Object.is(f(-0, 0), 0)).toBe(true);
    });
    it(`${name}′ is 0 at ±lambd (closed middle interval, PyTorch) and 1 just outside`, () => {
      for (const l of [0.5, 0.1, 2, 0]) {
        expect([d(l, l), d(-l, l)]).toEqual([0, 0]);
        const out = l === 0 ? 1e-300 : l * (1 + 2 ** -52);
        expect([d(out, l), d(-out, l)]).toEqual([1, 1]);
      }
    });
  });
}

// ---- the Float32Array contract ----------------------------------------------------------------
export interface Family {
  name: string;
  f: Unary;
  d: Unary;
  b: Backward;
  s: Scalar;
  ds: Scalar;
  params: number[][];
  bad: [number[], string][];
}
export const X = inputs(0x5eed1);
export const DY = inputs(0xd1ce5).map((v, i) => (i % 3 === 0 ? 1 : Math.fround(v / 1e3)));

function expectWithin1Ulp(got: Float32Array, want: (i: number) => number, xs: Float32Array): void {
  const bad: string[] = [];
  for (let i = 0; i < got.length; i++)
    if (!agrees32(got[i], want(i))) bad.push(`x=${fmt(xs[i])}: got ${fmt(got[i])}, want ${fmt(want(i))}`);
  expect(bad.slice(0, 8), `${bad.length} of ${got.length} differ`).toEqual([]);
}

/** The three kernels of one family for every parameter set: contract, aliasing, overlap and errors. */
export function kernelTests(fm: Family): void {
  const kernels: [string, Unary, Scalar][] = [
    [`${fm.name}F32`, fm.f, fm.s],
    [`${fm.name}DerivativeF32`, fm.d, fm.ds],
  ];
  describe(`${fm.name} kernels`, () => {
    for (const p of fm.params) {
      const ps = p.map((v) => `, ${v}`).join('');
      for (const [label, run, ref] of kernels) {
        it(`${label}(out, x${ps}) returns out, leaves x untouched and equals Math.fround(scalar) within 1 ulp on ${LENGTH} inputs`, () => {
          const out = new Float32Array(LENGTH);
          const before = bits(X);
          expect(run(out, X, ...p)).toBe(out);
          expect(bits(X)).toEqual(before);
          expectWithin1Ulp(out, (i) => Math.fround(ref(X[i], ...p)), X);
        });
        it(`${label}(x, x${ps}) in place and on partially overlapping views equals the fresh result`, () => {
          const fresh = run(new Float32Array(LENGTH), X, ...p);
          const y = X.slice();
          expect(run(y, y, ...p)).toBe(y);
          expect(bits(y)).toEqual(bits(fresh));
          for (const [xAt, outAt] of [
            [0, 1],
            [1, 0],
          ]) {
            const [buf, x] = view(LENGTH + 1, xAt, X);
            const out = buf.subarray(outAt, outAt + LENGTH);
            expect(run(out, x, ...p)).toBe(out);
            expect(bits(out)).toEqual(bits(fresh));
          }
        });
      }
      it(`${fm.name}BackwardF32(dx, dy, x${ps}) is the IEEE product dy·f′(x) rounded once, also aliased to dy or x`, () => {
        const want = DY.map((g, i) => g * fm.ds(X[i], ...p)); // Float32Array.map rounds once
        const dx = new Float32Array(LENGTH);
        const dyBefore = bits(DY);
        expect(fm.b(dx, DY, X, ...p)).toBe(dx);
        expect(bits(dx)).toEqual(bits(want));
        expect(bits(DY)).toEqual(dyBefore);
        const g = DY.slice();
        expect(bits(fm.b(g, g, X, ...p))).toEqual(bits(want));
        const x = X.slice();
        expect(bits(fm.b(x, DY, x, ...p))).toEqual(bits(want));
      });
    }
    it(`${fm.name} kernels accept empty arrays and reject bad arguments`, () => {
      const e = new Float32Array(0);
      expect(fm.f(e, new Float32Array(0))).toBe(e);
      expect(fm.d(e, new Float32Array(0))).toBe(e);
      expect(fm.b(e, new Float32Array(0), new Float32Array(0))).toBe(e);
      for (const run of [fm.f, fm.d]) {
        expectThrow(() => run([1, 2] as unknown as Float32Array, new Float32Array(2)), TypeError, /out/);
        expectThrow(() => run(new Float32Array(2), new Float64Array(2) as unknown as Float32Array), TypeError, /x/);
        expectThrow(() => run(new Float32Array(7), new Float32Array(11)), RangeError, /7/, /11/);
        for (const [p, name] of fm.bad)
          expectThrow(() => run(new Float32Array(1), new Float32Array(1), ...p), RangeError, new RegExp(name));
      }
      expectThrow(() => fm.b(new Float32Array(3), new Float32Array(4), new Float32Array(3)), RangeError, /dy/, /4/);
      expectThrow(() => fm.b(new Float32Array(3), null as unknown as Float32Array, new Float32Array(3)), TypeError, /dy/);
      for (const [p, name] of fm.bad) {
        expectThrow(() => fm.s(1, ...p), RangeError, new RegExp(name));
        expectThrow(() => fm.ds(1, ...p), RangeError, new RegExp(name));
      }
      expectThrow(() => fm.s('1' as unknown as number), TypeError, /x/);
    });
  });
}

// ---- properties -------------------------------------------------------------------------------
export const anyX = fc.double({ noNaN: true, min: -1e6, max: 1e6 });
export const lam = fc.double({ noNaN: true, min: 0, max: 100 });
const central = (f: (x: number) => number, x: number, h: number) => (f(x + h) - f(x - h)) / (2 * h);

/** d(x, …p) agrees with a central difference (h = 1e−6) of f on [−5, 5], 1e−3 away from the kinks. */
export function centralDifference(cases: [Scalar, Scalar, number[], number[]][]): void {
  const h = 1e-6;
  fc.assert(
    fc.property(fc.double({ noNaN: true, min: -5, max: 5 }), (x) => {
      return cases.every(
        ([f, d, p, kinks]) =>
          kinks.some((k) => Math.abs(x - k) < 1e-3) ||
          Math.abs(central((v) => f(v, ...p), x, h) - d(x, ...p)) <= 1e-8 * Math.max(1, Math.abs(x)),
      );
    }),
  );
}
